package java.io;

import myos.rt.Os;

/** Bytes from a file descriptor, unbuffered: each read is one read(2). */
public class FileInputStream extends InputStream {
    private static final int O_RDONLY = 0, O_CLOEXEC = 02000000;
    private static final int EINTR = 4, S_IFMT = 0170000, S_IFREG = 0100000, S_IFDIR = 0040000;
    private static final int SEEK_CUR = 1, SEEK_END = 2;

    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        if (name == null) throw new NullPointerException();
        if (file.isInvalid()) throw new FileNotFoundException("Invalid file path");
        int r = Os.open(Errno.path(name), O_RDONLY | O_CLOEXEC, 0);
        if (r < 0) throw new FileNotFoundException(name + " (" + Errno.message(r) + ")");
        // Like the JDK: opening a directory succeeds in open(2) but is reported here.
        long[] st = new long[3];
        if (Os.fstat(r, st) == 0 && (st[0] & S_IFMT) == S_IFDIR) {
            Os.close(r);
            throw new FileNotFoundException(name + " (Is a directory)");
        }
        this.fd = new FileDescriptor(r);
        this.path = name;
    }

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) throw new NullPointerException();
        this.fd = fdObj;
        this.path = null;
    }

    private void ensureOpen() throws IOException {
        if (closed || fd.fd < 0) throw new IOException("Stream Closed");
    }

    @Override
    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = read(b, 0, 1);
        return n <= 0 ? -1 : b[0] & 0xff;
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        ensureOpen();
        int n;
        do {
            n = Os.read(fd.fd, b, off, len);
        } while (n == -EINTR);
        if (n < 0) throw new IOException(Errno.message(n));
        return n == 0 ? -1 : n;
    }

    /** Regular files seek; other descriptors (pipes, terminals) read and discard. */
    @Override
    public long skip(long n) throws IOException {
        ensureOpen();
        if (n <= 0) return 0;
        long[] st = new long[3];
        if (Os.fstat(fd.fd, st) == 0 && (st[0] & S_IFMT) == S_IFREG) {
            long cur = Os.lseek(fd.fd, 0, SEEK_CUR);
            if (cur >= 0) {
                long r = Os.lseek(fd.fd, n, SEEK_CUR);
                if (r < 0) throw new IOException(Errno.message((int) r));
                return r - cur;
            }
        }
        return super.skip(n);
    }

    /** For regular files the bytes left before the end; 0 where it cannot be known. */
    @Override
    public int available() throws IOException {
        ensureOpen();
        long[] st = new long[3];
        if (Os.fstat(fd.fd, st) == 0 && (st[0] & S_IFMT) == S_IFREG) {
            long cur = Os.lseek(fd.fd, 0, SEEK_CUR);
            if (cur >= 0) return (int) Math.max(0, Math.min(Integer.MAX_VALUE, st[1] - cur));
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        int r = Os.close(fd.fd);
        fd.fd = -1;
        if (r < 0) throw new IOException(Errno.message(r));
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
