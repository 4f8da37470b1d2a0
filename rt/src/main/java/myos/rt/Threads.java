package myos.rt;

/**
 * The runtime's registry of threads and the thread services of docs/abi.md
 * ("myos.rt.Threads"). Every live thread's block is on a singly linked list (through
 * {@link Tb#NEXT}) that the collector walks for roots and for the safepoint handshake.
 * The list's lock is a {@link RawLock} taken by the collector for a whole collection, so
 * nothing may allocate while holding it.
 *
 * <p>Life of a thread: {@link #start} registers the new block in the blocked state with an
 * empty stack (so a collection neither waits for it nor finds anything on its stack), then
 * the target layer ({@link NativeThreads}) creates the native thread, which leaves the
 * blocked state in {@code Start.threadMain}, runs {@code Thread.runFromRuntime()} and
 * unregisters in {@link #exitCurrent}. Its stack and block cannot be unmapped by the thread
 * itself while it still runs on them, so they go onto an "exited" list and are released by
 * a later {@link #start} once the target layer says the thread is gone for good.
 */
public final class Threads {
    private Threads() {}

    /** Raw words: registry lock (int at 0), live non-daemon threads (int at 4, a futex word). */
    private static long words;
    private static final int LOCK = 0, NON_DAEMON = 4;
    private static long first, exited;

    @NoAllocation(reason = "start-up")
    static boolean init() {
        words = PageSource.reserve(PageMap.PAGE);
        return words != 0 && PageSource.commit(words, PageMap.PAGE);
    }

    @NoAllocation(reason = "the collector")
    static long lockWord() { return words + LOCK; }

    /** Head of the registry (the collector holds the lock while walking it). */
    @NoAllocation(reason = "the collector")
    static long first() { return first; }

    /** Registers the block of a thread that is already running (the main thread). */
    @NoAllocation(reason = "start-up")
    static void registerRunning(long tb) {
        RawLock.lock(words + LOCK);
        Mem.storeVolatile64(tb + Tb.NEXT, first);
        first = tb;
        RawLock.unlock(words + LOCK);
    }

    /** Creates and starts the native thread for {@code t} (Thread.start). */
    public static void start(Thread t, long stackSize) {
        releaseExited();
        long tb = NativeThreads.newThread(stackSize);
        if (tb == 0) throw cannotCreate();
        boolean daemon = t.isDaemon();
        Mem.storeVolatile64(tb + ThreadBlock.THREAD, Mem.addressOf(t));
        Mem.storeVolatile64(tb + ThreadBlock.STATE, ThreadBlock.STATE_BLOCKED);
        Mem.storeVolatile64(tb + ThreadBlock.SAVED_SP, Mem.loadVolatile64(tb + ThreadBlock.STACK_HIGH));
        Mem.storeVolatile32(tb + Tb.FLAGS, daemon ? Tb.FLAG_DAEMON : 0);
        RawLock.lock(words + LOCK);
        Mem.storeVolatile64(tb + Tb.NEXT, first);
        first = tb;
        if (!daemon) Mem.xadd32(words + NON_DAEMON, 1);
        RawLock.unlock(words + LOCK);
        if (!NativeThreads.spawn(tb)) {
            unregister(tb); // onto the exited list: its tid word is 0, so the next start frees it
            throw cannotCreate();
        }
    }

    private static OutOfMemoryError cannotCreate() {
        return new OutOfMemoryError("unable to create native thread: possibly out of memory or process/resource limits reached");
    }

    /** The current thread has finished {@code runFromRuntime}: it leaves the registry for good. */
    @NoAllocation(reason = "after this the thread is invisible to the collector")
    static void exitCurrent() {
        long tb = Mem.threadBlock();
        Mem.storeVolatile64(tb + ThreadBlock.PENDING_EXCEPTION, 0);
        ThreadCache.release(tb);
        unregister(tb);
    }

    @NoAllocation(reason = "holds the registry lock")
    private static void unregister(long tb) {
        RawLock.lock(words + LOCK);
        long prev = 0;
        for (long b = first; b != 0; prev = b, b = Mem.loadVolatile64(b + Tb.NEXT)) {
            if (b != tb) continue;
            if (prev == 0) first = Mem.loadVolatile64(b + Tb.NEXT);
            else Mem.storeVolatile64(prev + Tb.NEXT, Mem.loadVolatile64(b + Tb.NEXT));
            break;
        }
        int flags = Mem.loadVolatile32(tb + Tb.FLAGS);
        Mem.storeVolatile32(tb + Tb.FLAGS, flags | Tb.FLAG_EXITED);
        Mem.storeVolatile64(tb + ThreadBlock.THREAD, 0);
        Mem.storeVolatile64(tb + Tb.NEXT, exited);
        exited = tb;
        RawLock.unlock(words + LOCK);
        if ((flags & Tb.FLAG_DAEMON) == 0) {
            Mem.xadd32(words + NON_DAEMON, -1);
            Os.futexWake(words + NON_DAEMON, Integer.MAX_VALUE);
        }
    }

    /** Unmaps stacks and blocks of exited threads the kernel is done with. */
    @NoAllocation(reason = "holds the registry lock")
    private static void releaseExited() {
        RawLock.lock(words + LOCK);
        long prev = 0;
        for (long b = exited; b != 0; ) {
            long next = Mem.loadVolatile64(b + Tb.NEXT);
            if (NativeThreads.isGone(b)) {
                if (prev == 0) exited = next;
                else Mem.storeVolatile64(prev + Tb.NEXT, next);
                NativeThreads.release(b);
            } else {
                prev = b;
            }
            b = next;
        }
        RawLock.unlock(words + LOCK);
    }

    /** JVM exit semantics: the program ends when the last non-daemon thread has ended. */
    @NoAllocation(reason = "waits in the blocked state")
    static void awaitNonDaemonThreads() {
        long w = words + NON_DAEMON;
        Safepoint.enterBlocking();
        for (int n = Mem.loadVolatile32(w); n > 0; n = Mem.loadVolatile32(w)) Os.futexWait(w, n, -1);
        Safepoint.leaveBlocking();
    }

    /** Thread.sleep's wait: until {@code nanos} passed or {@link #interrupt} woke this thread. */
    public static void sleep(long nanos) {
        long tb = Mem.threadBlock();
        long wake = tb + Tb.WAKE;
        Mem.storeVolatile64(tb + Tb.WAIT_ADDRESS, wake);
        Mem.fence(); // pairs with the fence in interrupt (Dekker): no lost wake-up
        int seen = Mem.loadVolatile32(wake);
        if (!Thread.currentThread().isInterrupted()) sleepUntil(wake, seen, Os.nanoTime() + nanos);
        Mem.storeVolatile64(tb + Tb.WAIT_ADDRESS, 0);
    }

    @NoAllocation(reason = "waits in the blocked state")
    private static void sleepUntil(long wake, int seen, long deadline) {
        Safepoint.enterBlocking();
        for (long left = deadline - Os.nanoTime(); left > 0 && Mem.loadVolatile32(wake) == seen; left = deadline - Os.nanoTime()) {
            Os.futexWait(wake, seen, left);
        }
        Safepoint.leaveBlocking();
    }

    /** Wakes {@code t} from sleep or Monitor.wait (Thread.interrupt has set its status). */
    public static void interrupt(Thread t) {
        long target = Mem.addressOf(t);
        Mem.fence();
        RawLock.lock(words + LOCK);
        for (long b = first; b != 0; b = Mem.loadVolatile64(b + Tb.NEXT)) {
            if (Mem.loadVolatile64(b + ThreadBlock.THREAD) != target) continue;
            long word = Mem.loadVolatile64(b + Tb.WAIT_ADDRESS);
            if (word != 0) {
                Mem.xadd32(word, 1);
                Os.futexWake(word, Integer.MAX_VALUE);
            }
        }
        RawLock.unlock(words + LOCK);
    }

    /** Threads started and not yet ended, the main thread included (Thread.activeCount). */
    public static int liveCount() {
        int n = 0;
        RawLock.lock(words + LOCK);
        for (long b = first; b != 0; b = Mem.loadVolatile64(b + Tb.NEXT)) n++;
        RawLock.unlock(words + LOCK);
        return n;
    }

    public static void yieldNow() {
        Os.yieldCpu();
    }
}
