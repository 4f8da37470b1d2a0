package java.io;

/**
 * Text to a byte stream (UTF-8 unless a charset name is given). Never throws IOException:
 * failures set the error flag read by checkError(). With autoflush, as in the JDK, every
 * print/println/write that reaches the underlying stream is flushed before returning.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private final String charsetName; // null = UTF-8
    private boolean trouble;
    private boolean closing;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
        this.charsetName = null;
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        super(requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
        "".getBytes(requireNonNull(encoding, "charsetName")); // rejects unknown charsets now
        this.charsetName = encoding;
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(new FileOutputStream(fileName), false);
    }

    public PrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(new FileOutputStream(fileName), false, csn);
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(new FileOutputStream(file), false);
    }

    public PrintStream(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(new FileOutputStream(file), false, csn);
    }

    private static <T> T requireNonNull(T obj, String message) {
        if (obj == null) throw new NullPointerException(message);
        return obj;
    }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    if (out != null) out.close();
                } catch (IOException x) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    public boolean checkError() {
        if (out != null) flush();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if ((b == '\n') && autoFlush) out.flush();
            }
        } catch (InterruptedIOException x) {
            Thread.currentThread().interrupt();
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) out.flush();
            }
        } catch (InterruptedIOException x) {
            Thread.currentThread().interrupt();
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    private byte[] encode(String s) {
        if (charsetName == null) return s.getBytes();
        try {
            return s.getBytes(charsetName);
        } catch (UnsupportedEncodingException e) {
            throw new InternalError(e); // checked in the constructor
        }
    }

    /**
     * The JDK encodes text through a writer that lands in this.write(byte[], int, int), so
     * subclasses overriding that method see all printed text; this does the same.
     */
    private void writeText(String s) {
        byte[] b = encode(s);
        write(b, 0, b.length);
    }

    private void newLine() {
        writeText("\n");
    }

    /**
     * println: one write of text + newline for PrintStream itself; for subclasses,
     * print(x) then newLine(), since they may override print (the JDK's rule).
     */
    private boolean plain() {
        return getClass() == PrintStream.class;
    }

    public void print(boolean b) { writeText(String.valueOf(b)); }
    public void print(char c) { writeText(String.valueOf(c)); }
    public void print(int i) { writeText(String.valueOf(i)); }
    public void print(long l) { writeText(String.valueOf(l)); }
    public void print(float f) { writeText(String.valueOf(f)); }
    public void print(double d) { writeText(String.valueOf(d)); }
    public void print(char[] s) { writeText(new String(s)); }
    public void print(String s) { writeText(String.valueOf(s)); }
    public void print(Object obj) { writeText(String.valueOf(obj)); }

    public void println() { newLine(); }

    public void println(boolean x) {
        if (plain()) writeText(String.valueOf(x) + "\n");
        else synchronized (this) { print(x); newLine(); }
    }

    public void println(char x) {
        if (plain()) writeText(String.valueOf(x) + "\n");
        else synchronized (this) { print(x); newLine(); }
    }

    public void println(int x) {
        if (plain()) writeText(String.valueOf(x) + "\n");
        else synchronized (this) { print(x); newLine(); }
    }

    public void println(long x) {
        if (plain()) writeText(String.valueOf(x) + "\n");
        else synchronized (this) { print(x); newLine(); }
    }

    public void println(float x) {
        if (plain()) writeText(String.valueOf(x) + "\n");
        else synchronized (this) { print(x); newLine(); }
    }

    public void println(double x) {
        if (plain()) writeText(String.valueOf(x) + "\n");
        else synchronized (this) { print(x); newLine(); }
    }

    public void println(char[] x) {
        if (plain()) writeText(new String(x) + "\n");
        else synchronized (this) { print(x); newLine(); }
    }

    public void println(String x) {
        if (plain()) writeText(String.valueOf(x) + "\n");
        else synchronized (this) { print(x); newLine(); }
    }

    /** String.valueOf first, as the JDK: toString() runs outside the stream's lock. */
    public void println(Object x) {
        String s = String.valueOf(x);
        if (plain()) writeText(s + "\n");
        else synchronized (this) { print(s); newLine(); }
    }

    public PrintStream printf(String format, Object... args) {
        return format(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT), format, args);
    }

    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        return format(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT), format, args);
    }

    /**
     * The JDK's Formatter appends each piece to this stream as it goes, so the text before
     * a specifier that fails at run time (a missing argument, a mismatched type) is printed
     * before the exception propagates; formatting into a buffer and writing what was made,
     * in the finally block, prints the same bytes with one write.
     */
    public PrintStream format(java.util.Locale l, String format, Object... args) {
        StringBuilder sb = new StringBuilder();
        try {
            new java.util.Formatter(sb, l).format(l, format, args);
        } finally {
            if (sb.length() > 0) writeText(sb.toString());
        }
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) csq = "null";
        return append(csq.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
