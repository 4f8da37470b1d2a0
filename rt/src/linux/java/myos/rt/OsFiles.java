package myos.rt;

/**
 * File-system system calls for {@link Os} (linux-user). Paths arrive as UTF-8 byte arrays
 * that already end with a 0 byte (docs/abi.md), so their element address is passed to the
 * kernel as it is. Struct offsets are those of x86-64 Linux (struct stat: st_mode at 24,
 * st_size at 48, st_mtim at 88; struct linux_dirent64: d_reclen at 16, d_name at 19 — see
 * stat(2) and getdents64(2) and asm/stat.h).
 */
final class OsFiles {
    private OsFiles() {}

    private static final int SYS_STAT = 4, SYS_FSTAT = 5, SYS_ACCESS = 21, SYS_GETCWD = 79;
    private static final int SYS_RENAME = 82, SYS_MKDIR = 83, SYS_RMDIR = 84, SYS_UNLINK = 87;
    private static final int SYS_GETDENTS64 = 217, SYS_OPENAT = 257;
    private static final int AT_FDCWD = -100;
    private static final int O_RDONLY_DIRECTORY_CLOEXEC = 0x10000 | 0x80000;
    private static final int STAT_SIZE = 144;

    static int open(byte[] path, int flags, int mode) {
        // Opening a FIFO or a terminal can block until the other side appears.
        Safepoint.enterBlocking();
        long r = Syscall.syscall4(SYS_OPENAT, AT_FDCWD, Os.at(path, 0), flags, mode);
        Safepoint.leaveBlocking();
        return (int) r;
    }

    static int stat(byte[] path, long[] out) {
        byte[] buf = new byte[STAT_SIZE];
        long r = Syscall.syscall2(SYS_STAT, Os.at(path, 0), Os.at(buf, 0));
        if (r == 0) unpackStat(buf, out);
        return (int) r;
    }

    static int fstat(int fd, long[] out) {
        byte[] buf = new byte[STAT_SIZE];
        long r = Syscall.syscall2(SYS_FSTAT, fd, Os.at(buf, 0));
        if (r == 0) unpackStat(buf, out);
        return (int) r;
    }

    private static void unpackStat(byte[] buf, long[] out) {
        long a = Os.at(buf, 0);
        out[0] = Mem.load32(a + 24) & 0xFFFFFFFFL;
        out[1] = Mem.load64(a + 48);
        out[2] = Mem.load64(a + 88) * 1000 + Mem.load64(a + 96) / 1_000_000;
    }

    static int access(byte[] path, int mode) {
        return (int) Syscall.syscall2(SYS_ACCESS, Os.at(path, 0), mode);
    }

    static int unlink(byte[] path) {
        return (int) Syscall.syscall1(SYS_UNLINK, Os.at(path, 0));
    }

    static int rmdir(byte[] path) {
        return (int) Syscall.syscall1(SYS_RMDIR, Os.at(path, 0));
    }

    static int mkdir(byte[] path, int mode) {
        return (int) Syscall.syscall2(SYS_MKDIR, Os.at(path, 0), mode);
    }

    static int rename(byte[] from, byte[] to) {
        return (int) Syscall.syscall2(SYS_RENAME, Os.at(from, 0), Os.at(to, 0));
    }

    /** getcwd(2) returns the length including the terminating 0 byte. */
    static byte[] cwd() {
        for (int size = 256; ; size *= 2) {
            byte[] buf = new byte[size];
            long r = Syscall.syscall2(SYS_GETCWD, Os.at(buf, 0), size);
            if (r > 0) return Os.cString(Os.at(buf, 0));
            if (r != -34 || size > (1 << 20)) return new byte[] {'/'}; // -ERANGE: grow
        }
    }

    static byte[][] listDirectory(byte[] path) {
        int fd = (int) Syscall.syscall4(SYS_OPENAT, AT_FDCWD, Os.at(path, 0), O_RDONLY_DIRECTORY_CLOEXEC, 0);
        if (fd < 0) return null;
        byte[][] names = new byte[16][];
        int count = 0;
        byte[] buf = new byte[8192];
        while (true) {
            long n = Syscall.syscall3(SYS_GETDENTS64, fd, Os.at(buf, 0), buf.length);
            if (n < 0) { Os.close(fd); return null; }
            if (n == 0) break;
            for (int pos = 0; pos < n; pos += Mem.load16(Os.at(buf, pos + 16)) & 0xFFFF) {
                byte[] name = Os.cString(Os.at(buf, pos + 19));
                if (isDotOrDotDot(name)) continue;
                if (count == names.length) names = resize(names, count * 2);
                names[count++] = name;
            }
        }
        Os.close(fd);
        return resize(names, count);
    }

    private static byte[][] resize(byte[][] a, int n) {
        byte[][] r = new byte[n][];
        for (int i = 0; i < n && i < a.length; i++) r[i] = a[i];
        return r;
    }

    private static boolean isDotOrDotDot(byte[] n) {
        return (n.length == 1 && n[0] == '.') || (n.length == 2 && n[0] == '.' && n[1] == '.');
    }
}
