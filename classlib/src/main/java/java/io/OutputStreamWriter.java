package java.io;

/**
 * Chars to bytes (UTF-8 by default, or any charset String supports by name), buffered
 * like the JDK's StreamEncoder: bytes reach the stream when 8192 have accumulated or on
 * flush/close. A high surrogate at the end of one write waits for its low surrogate.
 */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    private final String charsetName; // null = UTF-8
    private final byte[] buf = new byte[8192];
    private int count;
    private char pendingHigh;
    private boolean closed;

    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
        this.charsetName = null;
    }

    public OutputStreamWriter(OutputStream out, java.nio.charset.Charset cs) {
        super(out);
        if (cs == null) throw new NullPointerException("charset");
        this.out = out;
        this.charsetName = cs.name();
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) throw new NullPointerException("charsetName");
        "".getBytes(charsetName); // rejects unknown charsets now
        this.out = out;
        this.charsetName = charsetName;
    }

    public String getEncoding() {
        if (closed) return null;
        if (charsetName == null || InputStreamReader.isUtf8(charsetName)) return "UTF8";
        String n = charsetName.toUpperCase();
        if (n.contains("8859") || n.contains("LATIN1") || n.equals("L1") || n.contains("819")) return "ISO8859_1";
        return "ASCII";
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream closed");
    }

    private void put(byte[] b) throws IOException {
        if (b.length > buf.length - count) flushBuffer();
        if (b.length >= buf.length) {
            out.write(b, 0, b.length);
            return;
        }
        System.arraycopy(b, 0, buf, count, b.length);
        count += b.length;
    }

    private byte[] encode(String s) throws UnsupportedEncodingException {
        return charsetName == null ? s.getBytes() : s.getBytes(charsetName);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            OutputStream.checkFromIndexSize(off, len, cbuf.length);
            ensureOpen();
            if (len == 0) return;
            StringBuilder sb = new StringBuilder(len + 1);
            if (pendingHigh != 0) {
                sb.append(pendingHigh);
                pendingHigh = 0;
            }
            sb.append(cbuf, off, len);
            char last = sb.charAt(sb.length() - 1);
            if (Character.isHighSurrogate(last)) {
                pendingHigh = last;
                sb.setLength(sb.length() - 1);
            }
            if (sb.length() > 0) put(encode(sb.toString()));
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (len < 0) throw new StringIndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + str.length());
        char[] c = new char[len];
        str.getChars(off, off + len, c, 0);
        write(c, 0, len);
    }

    void flushBuffer() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (count > 0) {
                out.write(buf, 0, count);
                count = 0;
            }
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            flushBuffer();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) return;
            try {
                if (pendingHigh != 0) {
                    put(encode(String.valueOf(pendingHigh))); // a lone surrogate encodes as '?'
                    pendingHigh = 0;
                }
                flushBuffer();
                out.close();
            } finally {
                closed = true;
            }
        }
    }
}
