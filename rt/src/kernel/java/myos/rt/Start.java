package myos.rt;

/**
 * Start of the kernel's Java world (kernel target). The assembly entry
 * (kernel/src/main/asm/entry64.S) has already set a stack, %gs = the boot thread's block
 * (self and stack bounds filled in) and the boot-info block; the compiler's C glue
 * {@code myos_kernel_entry(magic, info, bootInfo)} calls {@link #kernelMain} with the
 * block's address.
 *
 * <p>Order, as in the linux-user Start: frame pool and heap (nothing may allocate before),
 * the main Thread object, then the kernel's main. GC switches come from the kernel command
 * line, read raw because nothing can be allocated yet: {@code myos.gcstress=<n>} and
 * {@code myos.gcverify=1} (the MYOS_GC_STRESS / MYOS_GC_VERIFY of user programs). When the
 * kernel's main returns or throws, the machine powers off through System.exit.
 */
public final class Start {
    private Start() {}

    private static final int KERNEL_THREAD_ID = 1;
    /** "myos.gcstress=" and "myos.gcverify=" as little-endian words (first 8 bytes, rest). */
    private static final long GCSTRESS_LO = 0x7363672e736f796dL, GCSTRESS_HI = 0x3d7373657274L;
    private static final long GCVERIFY_LO = 0x7663672e736f796dL, GCVERIFY_HI = 0x3d7966697265L;

    public static void kernelMain(long bootInfo) {
        long tb = Mem.threadBlock();
        Mem.storeVolatile32(tb + ThreadBlock.ID, KERNEL_THREAD_ID);
        Mem.storeVolatile32(tb + Tb.FLAGS, Tb.FLAG_MAIN);
        PageSource.init();
        long cmdline = KernelInfo.commandLine();
        int stress = (int) option(cmdline, GCSTRESS_LO, GCSTRESS_HI, 14);
        boolean verify = option(cmdline, GCVERIFY_LO, GCVERIFY_HI, 14) != 0;
        if (!Safepoint.init() || !Threads.init() || !Heap.init(Rt.defaultHeapMax(), stress, verify)) {
            Log.fatal("cannot set up the kernel heap");
        }
        Threads.registerRunning(tb);
        Heap.initLate();
        Mem.storeVolatile64(tb + ThreadBlock.THREAD, Mem.addressOf(Thread.newMainThread()));
        int status = 0;
        try {
            Rt.callMain(new String[0]);
        } catch (Throwable e) {
            uncaught(e);
            status = 1;
        }
        System.exit(status);
        Os.exit(status);
    }

    /**
     * The decimal value after the {@code n}-byte option name whose bytes are {@code lo}
     * (first 8, little-endian) and {@code hi} (the rest), at the start of a blank-separated
     * word of the command line at physical address {@code cmdline}; 0 if absent. Compared
     * byte by byte against constants because nothing may allocate or throw yet.
     */
    @NoAllocation(reason = "runs before the heap exists")
    private static long option(long cmdline, long lo, long hi, int n) {
        if (cmdline == 0) return 0;
        long s = KernelInfo.DIRECT_MAP_BASE + cmdline;
        for (long p = s; Mem.loadVolatile8(p) != 0; p++) {
            if (p != s && Mem.loadVolatile8(p - 1) != ' ') continue;
            int i = 0;
            while (i < n && (Mem.loadVolatile8(p + i) & 0xff) == (((i < 8 ? lo : hi) >>> (8 * (i & 7))) & 0xff)) i++;
            if (i < n) continue;
            long v = 0;
            for (long q = p + n; ; q++) {
                int c = Mem.loadVolatile8(q) & 0xff;
                if (c < '0' || c > '9' || v > 1_000_000_000L) return v;
                v = v * 10 + (c - '0');
            }
        }
        return 0;
    }

    /** An exception escaped the kernel's main or a thread's run: the JDK's report. */
    public static void uncaught(Throwable e) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, e);
        Mem.storeVolatile64(Mem.threadBlock() + ThreadBlock.PENDING_EXCEPTION, 0);
    }

    /** Entry of threads made by Threads.start: the kernel's myos_task_first_kernel calls it. */
    @Export("myos_rt_thread_main")
    public static void threadMain() {
        long tb = Mem.threadBlock();
        Safepoint.leaveBlocking();
        Thread t = (Thread) Mem.objectAt(Mem.loadVolatile64(tb + ThreadBlock.THREAD));
        try {
            t.runFromRuntime();
        } catch (Throwable ignored) {
            // runFromRuntime reports uncaught exceptions itself; the thread must still leave.
        }
        Threads.exitCurrent();
    }
}
