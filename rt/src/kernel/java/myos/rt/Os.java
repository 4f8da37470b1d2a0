package myos.rt;

/**
 * The services of docs/abi.md ("myos.rt.Os") for code running inside the kernel. There is
 * no file system or process environment at this level (the kernel's VFS serves user
 * processes, not its own Java code), so file calls answer -ENOSYS or -EBADF honestly.
 *
 * <ul>
 * <li>fd 1 and 2 are the serial console: the 16550 at the port the kernel published in the
 *     boot-info block (COM1 from the first instruction), polled: wait for THRE in the Line
 *     Status Register, write the Transmit Holding Register (PC16550D data sheet, §8.4, §8.6).
 *     A "\n" goes out as "\r\n" for terminals.</li>
 * <li>nanoTime counts TSC ticks since reset at the frequency the kernel calibrated (0 until
 *     it has); currentTimeMillis adds the wall-clock base read from the CMOS RTC.</li>
 * <li>exit is ACPI S5 through the PM1 control registers the kernel took from the FADT
 *     (ACPI 6.5 §16.1.7); if there are none, the CPU halts with interrupts off.</li>
 * <li>futexWait/futexWake/yieldCpu, the primitives of the runtime's locks, monitors and
 *     Thread.sleep, go to the kernel's scheduler (myos.kernel.KernelThreads, reached through
 *     {@code @Extern}) once it runs; before that the kernel is a single thread.</li>
 * </ul>
 */
public final class Os {
    private Os() {}

    static final int EBADF = 9, EAGAIN = 11, ENOSYS = 38, ETIMEDOUT = 110;
    private static final int LSR = 5, LSR_THRE = 0x20;

    static long at(byte[] b, int off) {
        return Mem.addressOf(b) + 24 + off;
    }

    public static int write(int fd, byte[] b, int off, int len) {
        if (fd != 1 && fd != 2) return -EBADF;
        return (int) writeRaw(fd, at(b, off), len);
    }

    public static int read(int fd, byte[] b, int off, int len) {
        return -EBADF;
    }

    public static int close(int fd) {
        return fd >= 0 && fd <= 2 ? 0 : -EBADF;
    }

    public static long lseek(int fd, long offset, int whence) {
        return -EBADF;
    }

    public static int open(byte[] path, int flags, int mode) { return -ENOSYS; }
    public static int stat(byte[] path, long[] out) { return -ENOSYS; }
    public static int fstat(int fd, long[] out) { return -EBADF; }
    public static int access(byte[] path, int mode) { return -ENOSYS; }
    public static int unlink(byte[] path) { return -ENOSYS; }
    public static int rmdir(byte[] path) { return -ENOSYS; }
    public static int mkdir(byte[] path, int mode) { return -ENOSYS; }
    public static int rename(byte[] from, byte[] to) { return -ENOSYS; }
    public static byte[][] listDirectory(byte[] path) { return null; }

    public static byte[] cwd() {
        return new byte[] {'/'};
    }

    public static byte[][] environment() {
        return new byte[0][];
    }

    /** Nanoseconds since reset from the TSC (which QEMU and hardware start at 0 on reset). */
    @NoAllocation(reason = "clock")
    public static long nanoTime() {
        long hz = KernelInfo.get(KernelInfo.TSC_HZ);
        if (hz <= 0) return 0;
        long t = Cpu.rdtsc();
        // t / hz seconds, split so that (t % hz) * 1e9 cannot overflow for hz < 9.2 GHz.
        return (t / hz) * 1_000_000_000L + (t % hz) * 1_000_000_000L / hz;
    }

    @NoAllocation(reason = "clock")
    public static long currentTimeMillis() {
        return (KernelInfo.get(KernelInfo.WALL_EPOCH_NS) + nanoTime()) / 1_000_000L;
    }

    /** The other CPUs are parked (issue 4). */
    public static int availableProcessors() {
        return 1;
    }

    /** ACPI soft-off; never returns. The status has nowhere to go on a powered-off machine. */
    @NoAllocation(reason = "fatal paths")
    public static void exit(int status) {
        long a = KernelInfo.get(KernelInfo.PM1A_CNT);
        long b = KernelInfo.get(KernelInfo.PM1B_CNT);
        if (a != 0) Cpu.outw((int) a, (int) KernelInfo.get(KernelInfo.PM1A_S5));
        if (b != 0) Cpu.outw((int) b, (int) KernelInfo.get(KernelInfo.PM1B_S5));
        for (;;) {
            Cpu.cli();
            Cpu.hlt();
        }
    }

    // ---- primitives for the target-independent runtime (same signatures as linux-user) ----

    /** Writes raw bytes to the serial console (fd 1 and 2 alike). */
    @NoAllocation(reason = "fatal paths")
    static long writeRaw(int fd, long address, long len) {
        int port = (int) KernelInfo.get(KernelInfo.CONSOLE_PORT);
        if (port == 0) return len;
        for (long i = 0; i < len; i++) {
            int c = Mem.loadVolatile8(address + i) & 0xff;
            if (c == '\n') putSerial(port, '\r');
            putSerial(port, c);
        }
        return len;
    }

    @NoAllocation(reason = "fatal paths")
    private static void putSerial(int port, int c) {
        while ((Cpu.inb(port + LSR) & LSR_THRE) == 0) Mem.pause();
        Cpu.outb(port, c);
    }

    @Extern("myos_kthreads_ready")
    private static native boolean kernelThreadsReady();

    @Extern("myos_futex_wait")
    private static native long kernelFutexWait(long address, int expected, long timeoutNanos);

    @Extern("myos_futex_wake")
    private static native void kernelFutexWake(long address, int count);

    @Extern("myos_kthread_yield")
    private static native void kernelYield();

    /**
     * Through the kernel's scheduler (myos.kernel.KernelThreads) once it runs. Before that
     * the kernel is one thread: nothing could change the word, so an untimed wait is a fatal
     * deadlock and a timed one waits out its time.
     */
    @NoAllocation(reason = "locks and safepoints")
    static long futexWait(long address, int expected, long timeoutNanos) {
        if (kernelThreadsReady()) return kernelFutexWait(address, expected, timeoutNanos);
        if (Mem.loadVolatile32(address) != expected) return -EAGAIN;
        if (timeoutNanos < 0) Log.fatal("futex wait before the scheduler runs (deadlock)");
        long end = nanoTime() + timeoutNanos;
        while (nanoTime() < end) {
            if (Mem.loadVolatile32(address) != expected) return 0;
            Mem.pause();
        }
        return -ETIMEDOUT;
    }

    @NoAllocation(reason = "locks and safepoints")
    static void futexWake(long address, int count) {
        if (kernelThreadsReady()) kernelFutexWake(address, count);
    }

    @NoAllocation(reason = "spinning")
    static void yieldCpu() {
        if (kernelThreadsReady()) kernelYield();
        else Mem.pause();
    }
}
