package java.io;

import myos.rt.Os;

/**
 * A file opened for random access through myos.rt.Os (read/write/lseek). setLength and
 * getChannel are not provided (Os has no ftruncate; there is no java.nio.channels).
 */
public class RandomAccessFile implements DataOutput, DataInput, Closeable {
    private static final int O_RDONLY = 0, O_RDWR = 2, O_CREAT = 0100, O_SYNC = 04010000, O_DSYNC = 010000;
    private static final int O_CLOEXEC = 02000000, SEEK_SET = 0, SEEK_CUR = 1, EINTR = 4;
    private static final int S_IFMT = 0170000, S_IFDIR = 0040000;

    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;
    private final byte[] one = new byte[8];

    public RandomAccessFile(String name, String mode) throws FileNotFoundException {
        this(name != null ? new File(name) : null, mode);
    }

    public RandomAccessFile(File file, String mode) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        int flags;
        switch (mode) {
            case "r": flags = O_RDONLY; break;
            case "rw": flags = O_RDWR | O_CREAT; break;
            case "rws": flags = O_RDWR | O_CREAT | O_SYNC; break;
            case "rwd": flags = O_RDWR | O_CREAT | O_DSYNC; break;
            default:
                throw new IllegalArgumentException("Illegal mode \"" + mode
                        + "\" must be one of \"r\", \"rw\", \"rws\", or \"rwd\"");
        }
        if (name == null) throw new NullPointerException();
        if (file.isInvalid()) throw new FileNotFoundException("Invalid file path");
        int r = Os.open(Errno.path(name), flags | O_CLOEXEC, 0666);
        if (r < 0) throw new FileNotFoundException(name + " (" + Errno.message(r) + ")");
        long[] st = new long[3];
        if (Os.fstat(r, st) == 0 && (st[0] & S_IFMT) == S_IFDIR) {
            Os.close(r);
            throw new FileNotFoundException(name + " (Is a directory)");
        }
        this.fd = new FileDescriptor(r);
        this.path = name;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream Closed");
    }

    public int read() throws IOException {
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
    }

    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) return 0;
        int n;
        do {
            n = Os.read(fd.fd, b, off, len);
        } while (n == -EINTR);
        if (n < 0) throw new IOException(Errno.message(n));
        return n == 0 ? -1 : n;
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    public final void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int count = read(b, off + n, len - n);
            if (count < 0) throw new EOFException();
            n += count;
        }
    }

    public int skipBytes(int n) throws IOException {
        if (n <= 0) return 0;
        long pos = getFilePointer(), len = length();
        long newpos = Math.min(pos + n, len);
        seek(newpos);
        return (int) (newpos - pos);
    }

    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        while (len > 0) {
            int n = Os.write(fd.fd, b, off, len);
            if (n == -EINTR) continue;
            if (n < 0) throw new IOException(Errno.message(n));
            off += n;
            len -= n;
        }
    }

    public long getFilePointer() throws IOException {
        ensureOpen();
        long r = Os.lseek(fd.fd, 0, SEEK_CUR);
        if (r < 0) throw new IOException(Errno.message((int) r));
        return r;
    }

    public void seek(long pos) throws IOException {
        if (pos < 0) throw new IOException("Negative seek offset");
        ensureOpen();
        long r = Os.lseek(fd.fd, pos, SEEK_SET);
        if (r < 0) throw new IOException(Errno.message((int) r));
    }

    public long length() throws IOException {
        ensureOpen();
        long[] st = new long[3];
        int r = Os.fstat(fd.fd, st);
        if (r < 0) throw new IOException(Errno.message(r));
        return st[1];
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        int r = Os.close(fd.fd);
        fd.fd = -1;
        if (r < 0) throw new IOException(Errno.message(r));
    }

    // ---- DataInput ----

    public final boolean readBoolean() throws IOException { return readUnsignedByte() != 0; }
    public final byte readByte() throws IOException { return (byte) readUnsignedByte(); }

    public final int readUnsignedByte() throws IOException {
        int ch = read();
        if (ch < 0) throw new EOFException();
        return ch;
    }

    public final short readShort() throws IOException { return (short) readUnsignedShort(); }

    public final int readUnsignedShort() throws IOException {
        readFully(one, 0, 2);
        return ((one[0] & 0xff) << 8) | (one[1] & 0xff);
    }

    public final char readChar() throws IOException { return (char) readUnsignedShort(); }

    public final int readInt() throws IOException {
        readFully(one, 0, 4);
        return ((one[0] & 0xff) << 24) | ((one[1] & 0xff) << 16) | ((one[2] & 0xff) << 8) | (one[3] & 0xff);
    }

    public final long readLong() throws IOException {
        return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
    }

    public final float readFloat() throws IOException { return Float.intBitsToFloat(readInt()); }
    public final double readDouble() throws IOException { return Double.longBitsToDouble(readLong()); }

    /** Bytes as Latin-1 chars up to \n, \r or \r\n (as the JDK). */
    public final String readLine() throws IOException {
        StringBuilder input = new StringBuilder();
        int c = -1;
        boolean eol = false;
        while (!eol) {
            switch (c = read()) {
                case -1:
                case '\n':
                    eol = true;
                    break;
                case '\r':
                    eol = true;
                    long cur = getFilePointer();
                    if ((read()) != '\n') seek(cur);
                    break;
                default:
                    input.append((char) c);
                    break;
            }
        }
        if ((c == -1) && (input.length() == 0)) return null;
        return input.toString();
    }

    public final String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }

    // ---- DataOutput ----

    public final void writeBoolean(boolean v) throws IOException { write(v ? 1 : 0); }
    public final void writeByte(int v) throws IOException { write(v); }

    public final void writeShort(int v) throws IOException {
        one[0] = (byte) (v >>> 8);
        one[1] = (byte) v;
        write(one, 0, 2);
    }

    public final void writeChar(int v) throws IOException { writeShort(v); }

    public final void writeInt(int v) throws IOException {
        one[0] = (byte) (v >>> 24);
        one[1] = (byte) (v >>> 16);
        one[2] = (byte) (v >>> 8);
        one[3] = (byte) v;
        write(one, 0, 4);
    }

    public final void writeLong(long v) throws IOException {
        for (int i = 0; i < 8; i++) one[i] = (byte) (v >>> (56 - 8 * i));
        write(one, 0, 8);
    }

    public final void writeFloat(float v) throws IOException { writeInt(Float.floatToIntBits(v)); }
    public final void writeDouble(double v) throws IOException { writeLong(Double.doubleToLongBits(v)); }

    public final void writeBytes(String s) throws IOException {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        write(b, 0, b.length);
    }

    public final void writeChars(String s) throws IOException {
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            b[2 * i] = (byte) (s.charAt(i) >>> 8);
            b[2 * i + 1] = (byte) s.charAt(i);
        }
        write(b, 0, b.length);
    }

    public final void writeUTF(String str) throws IOException {
        DataOutputStream.writeUTF(str, this);
    }
}
