package java.io;

/**
 * Bytes to chars. UTF-8 by default; any charset String supports by name (UTF-8,
 * ISO-8859-1, US-ASCII). Decoding goes through String's decoder (the JDK's replacement
 * rules), applied to the buffered bytes up to the last complete UTF-8 sequence; an
 * incomplete sequence waits for more bytes (or is replaced at end of input).
 */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final String charsetName; // null = UTF-8
    private final boolean utf8;
    private final byte[] bytes = new byte[8192];
    private int bpos, blim;
    private char[] chars = new char[0];
    private int cpos, clim;
    private boolean eof;
    private boolean closed;

    public InputStreamReader(InputStream in) {
        super(in);
        this.in = in;
        this.charsetName = null;
        this.utf8 = true;
    }

    public InputStreamReader(InputStream in, java.nio.charset.Charset cs) {
        super(in);
        if (cs == null) throw new NullPointerException("charset");
        this.in = in;
        this.charsetName = cs.name();
        this.utf8 = isUtf8(cs.name());
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        super(in);
        if (charsetName == null) throw new NullPointerException("charsetName");
        new String(new byte[0], charsetName); // rejects unknown charsets now
        this.in = in;
        this.charsetName = charsetName;
        this.utf8 = isUtf8(charsetName);
    }

    static boolean isUtf8(String name) {
        String n = name.toUpperCase();
        return n.equals("UTF-8") || n.equals("UTF8") || n.equals("UNICODE-1-1-UTF-8");
    }

    /** The historical name, as the JDK returns it. */
    public String getEncoding() {
        if (closed) return null;
        if (utf8) return "UTF8";
        String n = charsetName.toUpperCase();
        if (n.contains("8859") || n.contains("LATIN1") || n.equals("L1") || n.contains("819")) return "ISO8859_1";
        return "ASCII";
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream closed");
    }

    /** Length of the prefix of bytes[bpos, blim) that ends on a UTF-8 sequence boundary. */
    private int completeEnd() {
        if (!utf8 || eof) return blim;
        int back = Math.max(bpos, blim - 3);
        for (int p = blim - 1; p >= back; p--) {
            int b = bytes[p] & 0xff;
            if (b < 0x80) return blim;
            if (b >= 0xC0) {
                int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return p + need > blim ? p : blim;
            }
        }
        return blim;
    }

    /** Decodes more chars into chars[]; false at end of input. May block once per call. */
    private boolean fill() throws IOException {
        while (true) {
            int end = completeEnd();
            if (end > bpos) {
                String s = charsetName == null ? new String(bytes, bpos, end - bpos)
                        : new String(bytes, bpos, end - bpos, charsetName);
                chars = s.toCharArray();
                cpos = 0;
                clim = chars.length;
                bpos = end;
                return true;
            }
            if (eof) return false;
            if (bpos > 0) {
                System.arraycopy(bytes, bpos, bytes, 0, blim - bpos);
                blim -= bpos;
                bpos = 0;
            }
            int n = in.read(bytes, blim, bytes.length - blim);
            if (n < 0) eof = true;
            else blim += n;
        }
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (cpos >= clim && !fill()) return -1;
            return chars[cpos++];
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            OutputStream.checkFromIndexSize(off, len, cbuf.length);
            ensureOpen();
            if (len == 0) return 0;
            if (cpos >= clim && !fill()) return -1;
            int n = Math.min(len, clim - cpos);
            System.arraycopy(chars, cpos, cbuf, off, n);
            cpos += n;
            return n;
        }
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return cpos < clim || blim > bpos || in.available() > 0;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) return;
            closed = true;
            in.close();
        }
    }
}
