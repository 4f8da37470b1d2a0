package java.io;

import myos.rt.Os;

/** Bytes to a file descriptor, unbuffered: every write is write(2) calls until all is out. */
public class FileOutputStream extends OutputStream {
    private static final int O_WRONLY = 1, O_CREAT = 0100, O_TRUNC = 01000, O_APPEND = 02000, O_CLOEXEC = 02000000;
    private static final int EINTR = 4;

    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        if (name == null) throw new NullPointerException();
        if (file.isInvalid()) throw new FileNotFoundException("Invalid file path");
        int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC);
        int r = Os.open(Errno.path(name), flags, 0666);
        if (r < 0) throw new FileNotFoundException(name + " (" + Errno.message(r) + ")");
        this.fd = new FileDescriptor(r);
        this.path = name;
    }

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) throw new NullPointerException();
        this.fd = fdObj;
        this.path = null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        if (closed || fd.fd < 0) throw new IOException("Stream Closed");
        while (len > 0) {
            int n = Os.write(fd.fd, b, off, len);
            if (n == -EINTR) continue;
            if (n < 0) throw new IOException(Errno.message(n));
            off += n;
            len -= n;
        }
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
