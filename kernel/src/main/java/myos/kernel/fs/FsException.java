package myos.kernel.fs;

/**
 * A file-system error carrying the Linux errno it maps to (the syscall layer returns
 * {@code -errno}; the host image builder prints the message). Numbers are Linux x86-64's
 * (asm-generic/errno-base.h, errno.h).
 */
public final class FsException extends RuntimeException {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EIO = 5;
    public static final int EEXIST = 17;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int EFBIG = 27;
    public static final int ENOSPC = 28;
    public static final int EROFS = 30;
    public static final int EMLINK = 31;
    public static final int ENAMETOOLONG = 36;
    public static final int ENOTEMPTY = 39;
    public static final int EUCLEAN = 117;

    private final int errno;

    public FsException(int errno, String message) {
        super(message);
        this.errno = errno;
    }

    /** The positive Linux errno value. */
    public int errno() {
        return errno;
    }
}
