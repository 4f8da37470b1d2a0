package java.util;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;

/**
 * A basic Scanner: tokens separated by whitespace (the JDK's default delimiter), lines, and
 * decimal int/long/short/byte/double/float/boolean tokens. Custom delimiters, radixes,
 * patterns and locale-specific group separators are not provided (a program that uses
 * them fails at build time with a missing-member error).
 */
public final class Scanner implements Iterator<String>, Closeable {
    private final Reader source;
    private char[] buf = new char[1024];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean closed;
    private IOException lastException;
    private int tokenEnd;

    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")));
    }

    public Scanner(String source) {
        this(new StringReader(source));
    }

    public Scanner(File source) throws FileNotFoundException {
        this(new InputStreamReader(new FileInputStream(source)));
    }

    private Scanner(Reader source) {
        this.source = source;
    }

    private void ensureOpen() {
        if (closed)
            throw new IllegalStateException("Scanner closed");
    }

    /** Makes buf[pos + rel] available; false at end of input. */
    private boolean need(int rel) {
        while (pos + rel >= limit) {
            if (eof)
                return false;
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length)
                buf = Arrays.copyOf(buf, buf.length * 2);
            int n;
            try {
                n = source.read(buf, limit, buf.length - limit);
            } catch (IOException e) {
                lastException = e;
                n = -1;
            }
            if (n == -1)
                eof = true;
            else
                limit += n;
        }
        return true;
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c);
    }

    /** The next token without consuming it (tokenEnd = its end, relative to pos), or null. */
    private String peekToken() {
        int i = 0;
        while (need(i) && isDelimiter(buf[pos + i]))
            i++;
        if (!need(i))
            return null;
        int start = i;
        while (need(i) && !isDelimiter(buf[pos + i]))
            i++;
        tokenEnd = i;
        return new String(buf, pos + start, i - start);
    }

    private String takeToken() {
        String t = peekToken();
        if (t == null)
            throw new NoSuchElementException();
        return t;
    }

    public boolean hasNext() {
        ensureOpen();
        return peekToken() != null;
    }

    public String next() {
        ensureOpen();
        String t = takeToken();
        pos += tokenEnd;
        return t;
    }

    public boolean hasNextLine() {
        ensureOpen();
        return need(0);
    }

    public String nextLine() {
        ensureOpen();
        if (!need(0))
            throw new NoSuchElementException("No line found");
        int i = 0;
        while (need(i)) {
            char c = buf[pos + i];
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085')
                break;
            i++;
        }
        String line = new String(buf, pos, i);
        int term = 0;
        if (need(i)) {
            term = 1;
            if (buf[pos + i] == '\r' && need(i + 1) && buf[pos + i + 1] == '\n')
                term = 2;
        }
        pos += i + term;
        return line;
    }

    private static boolean isInteger(String s) {
        int i = 0, n = s.length();
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+'))
            i++;
        if (i == n)
            return false;
        for (; i < n; i++)
            if (s.charAt(i) < '0' || s.charAt(i) > '9')
                return false;
        return true;
    }

    private static boolean isFloat(String s) {
        int i = 0, n = s.length();
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+'))
            i++;
        String rest = s.substring(i);
        if (rest.equals("NaN") || rest.equals("Infinity"))
            return true;
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0)
            return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+'))
                i++;
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0)
                return false;
        }
        return i == n;
    }

    private static String stripPlus(String s) {
        return s.startsWith("+") ? s.substring(1) : s;
    }

    private String integerToken() {
        ensureOpen();
        String t = takeToken();
        if (!isInteger(t))
            throw new InputMismatchException();
        return t;
    }

    public boolean hasNextInt() {
        ensureOpen();
        String t = peekToken();
        if (t == null || !isInteger(t))
            return false;
        try {
            Integer.parseInt(stripPlus(t));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public int nextInt() {
        String t = integerToken();
        try {
            int v = Integer.parseInt(stripPlus(t));
            pos += tokenEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextLong() {
        ensureOpen();
        String t = peekToken();
        if (t == null || !isInteger(t))
            return false;
        try {
            Long.parseLong(stripPlus(t));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public long nextLong() {
        String t = integerToken();
        try {
            long v = Long.parseLong(stripPlus(t));
            pos += tokenEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public short nextShort() {
        String t = integerToken();
        try {
            short v = Short.parseShort(stripPlus(t));
            pos += tokenEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public byte nextByte() {
        String t = integerToken();
        try {
            byte v = Byte.parseByte(stripPlus(t));
            pos += tokenEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextDouble() {
        ensureOpen();
        String t = peekToken();
        return t != null && isFloat(t);
    }

    public double nextDouble() {
        ensureOpen();
        String t = takeToken();
        if (!isFloat(t))
            throw new InputMismatchException();
        double v = Double.parseDouble(t);
        pos += tokenEnd;
        return v;
    }

    public float nextFloat() {
        ensureOpen();
        String t = takeToken();
        if (!isFloat(t))
            throw new InputMismatchException();
        float v = Float.parseFloat(t);
        pos += tokenEnd;
        return v;
    }

    public boolean hasNextBoolean() {
        ensureOpen();
        String t = peekToken();
        return t != null && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"));
    }

    public boolean nextBoolean() {
        ensureOpen();
        String t = takeToken();
        if (!(t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")))
            throw new InputMismatchException();
        pos += tokenEnd;
        return Boolean.parseBoolean(t);
    }

    public IOException ioException() {
        return lastException;
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    public void close() {
        if (closed)
            return;
        try {
            source.close();
        } catch (IOException e) {
            lastException = e;
        }
        closed = true;
    }

    public String toString() {
        return "java.util.Scanner[delimiters=\\p{javaWhitespace}+][position=" + pos + "]";
    }
}
