package myos.rt;

/**
 * Program start and thread entry for the linux-user target.
 *
 * <p>{@link #main} is called by {@code _start} (rt/src/linux/native) with the initial stack's
 * argc, argv and envp. Until the heap exists nothing may allocate and no class with a static
 * initialiser may be touched (initialising it would allocate), so the first steps read the
 * raw environment with plain loads: the MYOS_* switches are matched byte by byte against
 * constants, not against String literals.
 *
 * <p>Order: the thread block (already installed in %fs by the C entry), runtime tables and the
 * heap, the main Thread object, {@code String[] args}, the program's main; then, as the JVM
 * does, report an exception that escaped main, wait for the non-daemon threads, and leave
 * through System.exit (status 1 when main threw), which flushes System.out/err.
 */
public final class Start {
    private Start() {}

    /** The main stack's limit when RLIMIT_STACK is unlimited or larger (as on Linux, it can grow). */
    private static final long MAIN_STACK_MAX = 1L << 30;
    private static final long PAGE = 4096;

    public static void main(long argc, long argv, long envp) {
        long tb = mainThreadBlock(argv, envp);
        Os.envp = envp;
        long heapMax = sizeSwitch(envp, 0x4145485f534f594dL, 0x3d58414d5f50L, 14, Rt.defaultHeapMax());
        int stress = (int) sizeSwitch(envp, 0x5f43475f534f594dL, 0x3d535345525453L, 15, 0);
        boolean verify = sizeSwitch(envp, 0x5f43475f534f594dL, 0x3d594649524556L, 15, 0) != 0;
        if (!Safepoint.init() || !Threads.init() || !Heap.init(heapMax, stress, verify)) {
            Log.fatal("cannot reserve the heap (MYOS_HEAP_MAX too large?)");
        }
        Heap.log = sizeSwitch(envp, 0x5f43475f534f594dL, 0x3d474f4cL, 12, 0) != 0; // MYOS_GC_LOG
        Threads.registerRunning(tb);
        Mem.store64(tb + ThreadBlock.THREAD, Mem.addressOf(Thread.newMainThread()));
        Heap.initLate(); // after the main Thread exists: Throwable's constructor may ask for it
        int status = 0;
        try {
            Rt.callMain(arguments((int) argc, argv));
        } catch (Throwable e) {
            uncaught(e);
            status = 1;
        }
        Threads.awaitNonDaemonThreads();
        System.exit(status);
        Os.exit(status); // not reached: System.exit ends the process
    }

    /**
     * Completes the main thread's block. rt_start_c (rt/src/linux/native/support.c) has
     * already pointed %fs at a static block (arch_prctl(2) ARCH_SET_FS) and stored its self
     * pointer and the initial stack pointer, before any Java code could read the block.
     */
    @NoAllocation(reason = "runs before the heap exists")
    private static long mainThreadBlock(long argv, long envp) {
        long tb = Mem.threadBlock();
        // Every frame of this thread lies below argv[] on the initial stack (execve(2)).
        if (Mem.load64(tb + ThreadBlock.STACK_HIGH) == 0) Mem.store64(tb + ThreadBlock.STACK_HIGH, argv);
        Mem.store64(tb + ThreadBlock.STACK_LOW, mainStackLow(tb, argv, envp));
        Mem.store32(tb + ThreadBlock.ID, (int) Syscall.syscall0(186)); // gettid
        Mem.store32(tb + Tb.FLAGS, Tb.FLAG_MAIN);
        return tb;
    }

    /**
     * The lowest address the main thread's stack may reach: the initial stack grows down from
     * the top of its mapping by at most RLIMIT_STACK (getrlimit(2); Linux refuses to grow it
     * further and the access faults). The top lies just above the argument and environment
     * strings, followed only by the executable's name (at most PATH_MAX) and an 8-byte end
     * marker (the layout execve(2) builds, fs/exec.c), so the highest string end plus one page
     * and a little bounds it from above. The stack-overflow test (rt.h STACK_LOW_HIT) keeps
     * its reserve above this address.
     */
    @NoAllocation(reason = "runs before the heap exists")
    private static long mainStackLow(long tb, long argv, long envp) {
        long end = highestStringEnd(envp, highestStringEnd(argv, argv));
        long top = (end + PAGE + 16 + PAGE - 1) & -PAGE;
        long buf = tb + Tb.TIMESPEC; // struct rlimit {rlim_cur, rlim_max}: scratch not yet in use
        long limit = Syscall.syscall2(97, 3, buf) == 0 ? Mem.load64(buf) : MAIN_STACK_MAX; // getrlimit(RLIMIT_STACK)
        if (limit <= 0 || limit > MAIN_STACK_MAX) limit = MAIN_STACK_MAX; // RLIM_INFINITY is -1
        return top - limit;
    }

    /** The highest end (past the NUL) of the strings of a NULL-terminated vector, at least {@code end}. */
    @NoAllocation(reason = "runs before the heap exists")
    private static long highestStringEnd(long vector, long end) {
        for (long p = vector; p != 0 && Mem.load64(p) != 0; p += 8) {
            long s = Mem.load64(p);
            while (Mem.load8(s) != 0) s++;
            if (s + 1 > end) end = s + 1;
        }
        return end;
    }

    /**
     * The value of the environment variable whose "NAME=" bytes are {@code lo} (first 8, little
     * endian) and {@code hi} (the rest), {@code n} bytes in all, parsed as a size with an
     * optional k/m/g suffix; {@code dflt} when absent or malformed.
     */
    @NoAllocation(reason = "runs before the heap exists")
    private static long sizeSwitch(long envp, long lo, long hi, int n, long dflt) {
        for (long e = envp; e != 0 && Mem.load64(e) != 0; e += 8) {
            long s = Mem.load64(e);
            if (hasPrefix(s, lo, hi, n)) return parseSize(s + n, dflt);
        }
        return dflt;
    }

    @NoAllocation(reason = "runs before the heap exists")
    private static boolean hasPrefix(long s, long lo, long hi, int n) {
        for (int i = 0; i < n; i++) {
            long want = ((i < 8 ? lo : hi) >>> (8 * (i & 7))) & 0xFF;
            if ((Mem.load8(s + i) & 0xFF) != want) return false;
        }
        return true;
    }

    @NoAllocation(reason = "runs before the heap exists")
    private static long parseSize(long s, long dflt) {
        long v = 0;
        int i = 0;
        for (int c = Mem.load8(s) & 0xFF; c >= '0' && c <= '9'; c = Mem.load8(s + ++i) & 0xFF) {
            if (v > (Long.MAX_VALUE >> 31)) return dflt;
            v = v * 10 + (c - '0');
        }
        if (i == 0) return dflt;
        int suffix = Mem.load8(s + i) | 0x20; // lower case
        if (suffix == 'k') v <<= 10;
        else if (suffix == 'm') v <<= 20;
        else if (suffix == 'g') v <<= 30;
        else if (Mem.load8(s + i) != 0) return dflt;
        return v;
    }

    /** argv as Java strings (UTF-8), without argv[0] (the program name, not a Java argument). */
    private static String[] arguments(int argc, long argv) {
        String[] args = new String[argc > 0 ? argc - 1 : 0];
        for (int i = 0; i < args.length; i++) args[i] = new String(Os.cString(Mem.load64(argv + 8L * (i + 1))));
        return args;
    }

    /** An exception escaped a thread's main or run: the JDK's uncaught-exception report. */
    public static void uncaught(Throwable e) {
        try {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        } catch (Throwable ignored) {
            // As the JVM: an exception thrown by the handler itself is ignored.
        }
    }

    /** Entry of every thread made by {@link Threads#start} (called by the clone trampoline). */
    public static void threadMain() {
        long tb = Mem.threadBlock();
        Safepoint.leaveBlocking(); // Threads.start registered this thread as blocked
        Thread t = (Thread) Mem.objectAt(Mem.load64(tb + ThreadBlock.THREAD));
        try {
            t.runFromRuntime(); // reports an uncaught exception itself (docs/abi.md)
        } catch (Throwable ignored) {
            // Never expected; but the thread must leave the registry whatever happens.
        }
        Threads.exitCurrent();
    }
}
