package java.io;

/** A BufferedReader that counts lines (\n, \r and \r\n each end one line). */
public class LineNumberReader extends BufferedReader {
    private int lineNumber = 0;
    private boolean skipLF;

    public LineNumberReader(Reader in) {
        super(in);
    }

    public LineNumberReader(Reader in, int sz) {
        super(in, sz);
    }

    public void setLineNumber(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            int c = super.read();
            if (skipLF) {
                if (c == '\n') c = super.read();
                skipLF = false;
            }
            switch (c) {
                case '\r':
                    skipLF = true;
                    lineNumber++;
                    return '\n';
                case '\n':
                    lineNumber++;
                    return '\n';
                default:
                    return c;
            }
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            int n = super.read(cbuf, off, len);
            if (n == -1) return -1;
            for (int i = off; i < off + n; i++) {
                int c = cbuf[i];
                if (skipLF) {
                    skipLF = false;
                    if (c == '\n') continue;
                }
                switch (c) {
                    case '\r':
                        skipLF = true;
                        lineNumber++;
                        break;
                    case '\n':
                        lineNumber++;
                        break;
                    default:
                        break;
                }
            }
            return n;
        }
    }

    @Override
    public String readLine() throws IOException {
        synchronized (lock) {
            boolean[] term = new boolean[1];
            String l = super.readLine(skipLF, term);
            skipLF = false;
            if (l != null) lineNumber++;
            return l;
        }
    }
}
