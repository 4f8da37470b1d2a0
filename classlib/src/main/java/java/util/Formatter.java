package java.util;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import myos.classlib.fmt.FormatEngine;

/**
 * An interpreter for printf-style format strings (javadoc "Format String Syntax") writing
 * to an Appendable. The parsing, checks and conversions are myos.classlib.fmt.FormatEngine,
 * which is tested against JDK 25 on the host; this class holds the destination, the locale
 * and the JDK's bookkeeping (the last IOException, close). Date/time conversions (%t) and
 * BigInteger/BigDecimal arguments are not supported (docs/CAVEATS.md).
 */
public final class Formatter implements Closeable, Flushable {
    /** JDK API (unused here: there is no BigDecimal in this library). */
    public enum BigDecimalLayoutForm { SCIENTIFIC, DECIMAL_FLOAT }

    private Appendable a;
    private final Locale l;
    private IOException lastException;

    public Formatter() {
        this(new StringBuilder(), Locale.getDefault(Locale.Category.FORMAT));
    }

    public Formatter(Appendable a) {
        this(a == null ? new StringBuilder() : a, Locale.getDefault(Locale.Category.FORMAT));
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    /** A null Appendable means a new StringBuilder; a null Locale means no localization. */
    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.l = l;
    }

    public Formatter(PrintStream ps) {
        this((Appendable) Objects.requireNonNull(ps), Locale.getDefault(Locale.Category.FORMAT));
    }

    // Files and byte streams: a BufferedWriter over an OutputStreamWriter, as in the JDK, so
    // the text reaches the destination on flush() or close(). The charset name is checked
    // before the file is opened (the JDK's order).

    public Formatter(String fileName) throws FileNotFoundException {
        this(bufferedWriter(new FileOutputStream(fileName), null), Locale.getDefault(Locale.Category.FORMAT));
    }

    public Formatter(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(fileName, csn, Locale.getDefault(Locale.Category.FORMAT));
    }

    public Formatter(String fileName, String csn, Locale l) throws FileNotFoundException, UnsupportedEncodingException {
        this(toCharset(csn), l, new FileOutputStream(fileName));
    }

    public Formatter(String fileName, Charset charset, Locale l) throws IOException {
        this(Objects.requireNonNull(charset, "charset"), l, new FileOutputStream(fileName));
    }

    public Formatter(File file) throws FileNotFoundException {
        this(bufferedWriter(new FileOutputStream(file), null), Locale.getDefault(Locale.Category.FORMAT));
    }

    public Formatter(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(file, csn, Locale.getDefault(Locale.Category.FORMAT));
    }

    public Formatter(File file, String csn, Locale l) throws FileNotFoundException, UnsupportedEncodingException {
        this(toCharset(csn), l, new FileOutputStream(file));
    }

    public Formatter(File file, Charset charset, Locale l) throws IOException {
        this(Objects.requireNonNull(charset, "charset"), l, new FileOutputStream(file));
    }

    public Formatter(OutputStream os) {
        this(bufferedWriter(Objects.requireNonNull(os), null), Locale.getDefault(Locale.Category.FORMAT));
    }

    public Formatter(OutputStream os, String csn) throws UnsupportedEncodingException {
        this(os, csn, Locale.getDefault(Locale.Category.FORMAT));
    }

    public Formatter(OutputStream os, String csn, Locale l) throws UnsupportedEncodingException {
        this(toCharset(csn), l, Objects.requireNonNull(os));
    }

    public Formatter(OutputStream os, Charset charset, Locale l) {
        this(Objects.requireNonNull(charset, "charset"), l, Objects.requireNonNull(os));
    }

    private Formatter(Charset charset, Locale l, OutputStream os) {
        this(bufferedWriter(os, charset), l);
    }

    private static Appendable bufferedWriter(OutputStream os, Charset charset) {
        return new BufferedWriter(charset == null ? new OutputStreamWriter(os) : new OutputStreamWriter(os, charset));
    }

    private static Charset toCharset(String csn) throws UnsupportedEncodingException {
        Objects.requireNonNull(csn, "charsetName");
        try {
            return Charset.forName(csn);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unused) {
            throw new UnsupportedEncodingException(csn);
        }
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable f) {
            try {
                f.flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    @Override
    public void close() {
        if (a == null) return;
        try {
            if (a instanceof Closeable c) c.close();
        } catch (IOException e) {
            lastException = e;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    /**
     * Writes the formatted arguments; an IOException of the destination stops the output
     * and is kept for ioException(), as in the JDK.
     */
    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        try {
            FormatEngine.format(new Owner(), a, l, format, args);
        } catch (IOException e) {
            lastException = e;
        }
        return this;
    }

    private void ensureOpen() {
        if (a == null) throw new FormatterClosedException();
    }

    /** The engine's access to what only java.util can do. */
    private final class Owner implements FormatEngine.Owner {
        @Override
        public IllegalArgumentException illegalArgumentIndex(int index) {
            return new IllegalFormatArgumentIndexException(index);
        }

        /** JDK: the Formattable gets this Formatter, or a new one on out() if the locale differs. */
        @Override
        public void formatTo(Formattable arg, Locale locale, int flags, int width, int precision) {
            Formatter f = locale == l ? Formatter.this : new Formatter(a, locale);
            arg.formatTo(f, flags, width, precision);
        }
    }
}
