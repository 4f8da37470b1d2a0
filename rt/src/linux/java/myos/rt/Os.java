package myos.rt;

/**
 * The system-call layer of the linux-user target: the services of docs/abi.md ("myos.rt.Os")
 * for the class library, plus the few primitives the target-independent runtime needs
 * (futex, raw write, exit, yield). Every call is one raw {@code syscall} (no libc); results
 * are {@code >= 0} or {@code -errno} and nothing here throws.
 *
 * <p>Calls that can block for a long time (read, write to a pipe, open of a FIFO) run
 * between {@link Safepoint#enterBlocking()} and {@link Safepoint#leaveBlocking()}, so a
 * collection in another thread does not wait for them. The arrays passed in stay reachable
 * from the caller's frame (their element address is a live interior pointer on the stack),
 * and the collector never moves objects, so the kernel may write into them meanwhile.
 * File-system calls are in {@link OsFiles}.
 */
public final class Os {
    private Os() {}

    static final int SYS_READ = 0, SYS_WRITE = 1, SYS_CLOSE = 3, SYS_LSEEK = 8;
    static final int SYS_SCHED_YIELD = 24, SYS_EXIT_GROUP = 231, SYS_FUTEX = 202;
    static final int SYS_CLOCK_GETTIME = 228, SYS_SCHED_GETAFFINITY = 204;
    static final int FUTEX_WAIT_PRIVATE = 0 | 128, FUTEX_WAKE_PRIVATE = 1 | 128;
    static final int ETIMEDOUT = 110;

    /** Address of the process's envp array, set once by {@link Start#main}. */
    static long envp;

    /** Address of element {@code off} of a byte array (header 24 bytes, docs/abi.md). */
    static long at(byte[] b, int off) {
        return Mem.addressOf(b) + 24 + off;
    }

    public static int write(int fd, byte[] b, int off, int len) {
        Safepoint.enterBlocking();
        long r = Syscall.syscall3(SYS_WRITE, fd, at(b, off), len);
        Safepoint.leaveBlocking();
        return (int) r;
    }

    public static int read(int fd, byte[] b, int off, int len) {
        Safepoint.enterBlocking();
        long r = Syscall.syscall3(SYS_READ, fd, at(b, off), len);
        Safepoint.leaveBlocking();
        return (int) r;
    }

    public static int close(int fd) {
        return (int) Syscall.syscall1(SYS_CLOSE, fd);
    }

    public static long lseek(int fd, long offset, int whence) {
        return Syscall.syscall3(SYS_LSEEK, fd, offset, whence);
    }

    public static int open(byte[] path, int flags, int mode) { return OsFiles.open(path, flags, mode); }
    public static int stat(byte[] path, long[] out) { return OsFiles.stat(path, out); }
    public static int fstat(int fd, long[] out) { return OsFiles.fstat(fd, out); }
    public static int access(byte[] path, int mode) { return OsFiles.access(path, mode); }
    public static int unlink(byte[] path) { return OsFiles.unlink(path); }
    public static int rmdir(byte[] path) { return OsFiles.rmdir(path); }
    public static int mkdir(byte[] path, int mode) { return OsFiles.mkdir(path, mode); }
    public static int rename(byte[] from, byte[] to) { return OsFiles.rename(from, to); }
    public static byte[][] listDirectory(byte[] path) { return OsFiles.listDirectory(path); }
    public static byte[] cwd() { return OsFiles.cwd(); }

    /** Every NAME=value string of the raw environment block, in order. */
    public static byte[][] environment() {
        int n = 0;
        while (envp != 0 && Mem.load64(envp + 8L * n) != 0) n++;
        byte[][] r = new byte[n][];
        for (int i = 0; i < n; i++) r[i] = cString(Mem.load64(envp + 8L * i));
        return r;
    }

    /** Copies the NUL-terminated string at {@code p} into a new array (without the NUL). */
    static byte[] cString(long p) {
        int len = cStringLength(p);
        byte[] b = new byte[len];
        Mem.copy(at(b, 0), p, len);
        return b;
    }

    @NoAllocation(reason = "used by Start before the heap exists")
    static int cStringLength(long p) {
        int len = 0;
        while (Mem.load8(p + len) != 0) len++;
        return len;
    }

    /** clock_gettime(2) into the thread block's scratch words; the result in nanoseconds. */
    @NoAllocation(reason = "clocks are read by the collector's statistics")
    static long clockNanos(int clock) {
        long ts = Mem.threadBlock() + Tb.TIMESPEC;
        Syscall.syscall2(SYS_CLOCK_GETTIME, clock, ts);
        return Mem.load64(ts) * 1_000_000_000L + Mem.load64(ts + 8);
    }

    @NoAllocation(reason = "clock")
    public static long nanoTime() {
        return clockNanos(1); // CLOCK_MONOTONIC
    }

    @NoAllocation(reason = "clock")
    public static long currentTimeMillis() {
        return clockNanos(0) / 1_000_000L; // CLOCK_REALTIME
    }

    /** sched_getaffinity(2) with a 1024-CPU mask; counts the bits. */
    public static int availableProcessors() {
        long[] mask = new long[16];
        long r = Syscall.syscall3(SYS_SCHED_GETAFFINITY, 0, 8L * mask.length, Mem.addressOf(mask) + 24);
        if (r <= 0) return 1;
        int n = 0;
        for (long w : mask) n += Long.bitCount(w);
        return n > 0 ? n : 1;
    }

    /** exit_group(2): ends every thread of the process; flushes nothing. */
    @NoAllocation(reason = "fatal paths")
    public static void exit(int status) {
        Syscall.syscall1(SYS_EXIT_GROUP, status);
        Rt.abort();
    }

    // ---- primitives for the target-independent runtime (same signatures in the kernel) ----

    /** write(2) of raw memory, for fatal messages of the runtime; no safepoint handling. */
    @NoAllocation(reason = "fatal paths")
    static long writeRaw(int fd, long address, long len) {
        return Syscall.syscall3(SYS_WRITE, fd, address, len);
    }

    /**
     * futex(2) FUTEX_WAIT: sleeps while the int at {@code address} equals {@code expected},
     * at most {@code timeoutNanos} (negative: no timeout; the timeout is relative for
     * FUTEX_WAIT). Returns 0 when woken, -EAGAIN when the value differed, -ETIMEDOUT,
     * -EINTR. The caller must be in the blocked state if it may sleep across a collection.
     */
    @NoAllocation(reason = "locks and safepoints")
    static long futexWait(long address, int expected, long timeoutNanos) {
        long ts = 0;
        if (timeoutNanos >= 0) {
            ts = Mem.threadBlock() + Tb.TIMESPEC;
            Mem.store64(ts, timeoutNanos / 1_000_000_000L);
            Mem.store64(ts + 8, timeoutNanos % 1_000_000_000L);
        }
        return Syscall.syscall4(SYS_FUTEX, address, FUTEX_WAIT_PRIVATE, expected, ts);
    }

    /** futex(2) FUTEX_WAKE: wakes up to {@code count} waiters on {@code address}. */
    @NoAllocation(reason = "locks and safepoints")
    static void futexWake(long address, int count) {
        Syscall.syscall3(SYS_FUTEX, address, FUTEX_WAKE_PRIVATE, count);
    }

    @NoAllocation(reason = "spinning")
    static void yieldCpu() {
        Syscall.syscall0(SYS_SCHED_YIELD);
    }
}
