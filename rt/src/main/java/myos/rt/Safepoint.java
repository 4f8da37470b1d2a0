package myos.rt;

/**
 * Stopping the world. Generated code polls {@link #requested} at loop back edges and at the
 * entries of methods that call, and calls {@link #poll()} when it is non-zero (in user code
 * through rt_safepoint_stub, which saves the caller-saved registers: docs/abi.md
 * "Safepoint polls"). A thread is
 * "stopped" for the collector when it is parked in poll or is in the blocked state (inside
 * a system call or a futex wait, between {@link #enterBlocking()} and {@link #leaveBlocking()});
 * in both cases its callee-saved registers and stack pointer are saved in its thread block,
 * and it does not touch the heap until the collection is over.
 *
 * <p>Handshake: the collector stores requested = 1 and then reads each thread's state; a
 * thread stores its state and then reads requested. Both sides put a full fence between
 * their store and their load (Dekker), so either the collector sees the thread stopped, or
 * the thread sees the request and stops. Stopping threads bump an arrival counter the
 * collector sleeps on (futex); the collector releases them by bumping a resume counter
 * they sleep on. Nothing spins without sleeping.
 *
 * <p>The compiler must not emit polls inside package myos.rt (the runtime decides where it
 * may stop); poll also ignores calls from the collector itself and from threads that are
 * not running Java code.
 */
public final class Safepoint {
    private Safepoint() {}

    /** Non-zero while a collection wants all threads stopped. Name fixed by docs/abi.md. */
    public static volatile int requested;

    /** The thread block of the collecting thread, or 0. */
    private static long collector;
    /** Raw futex words: arrivals (int at 0), resume generation (int at 4). */
    private static long words;
    private static final int ARRIVALS = 0, RESUME = 4;

    @NoAllocation(reason = "start-up")
    static boolean init() {
        words = PageSource.reserve(PageMap.PAGE);
        return words != 0 && PageSource.commit(words, PageMap.PAGE);
    }

    /** Called by generated code when {@link #requested} is set: parks until the collection ends. */
    @NoAllocation(reason = "runs while a collection waits")
    public static void poll() {
        long tb = Mem.threadBlock();
        if (requested == 0 || tb == collector) return;
        if (Mem.loadVolatile64(tb + ThreadBlock.STATE) != ThreadBlock.STATE_RUNNING) return;
        if ((Mem.loadVolatile32(tb + Tb.FLAGS) & Tb.FLAG_EXITED) != 0 || Mem.loadVolatile32(tb + Tb.NO_POLL) != 0) return;
        Mem.spillCalleeSaved(tb + ThreadBlock.SPILL);
        Mem.storeVolatile64(tb + ThreadBlock.SAVED_SP, Mem.stackPointer());
        stopAndWait(tb, ThreadBlock.STATE_PARKED);
        Mem.storeVolatile64(tb + ThreadBlock.SAVED_SP, 0);
    }

    /** Starts a section in which this thread never parks (nests). */
    @NoAllocation(reason = "allocator")
    static void noPoll(long tb) {
        Mem.storeVolatile32(tb + Tb.NO_POLL, Mem.loadVolatile32(tb + Tb.NO_POLL) + 1);
    }

    @NoAllocation(reason = "allocator")
    static void endNoPoll(long tb) {
        Mem.storeVolatile32(tb + Tb.NO_POLL, Mem.loadVolatile32(tb + Tb.NO_POLL) - 1);
    }

    /**
     * Declares that this thread will not touch the heap until {@link #leaveBlocking()}: a
     * collection may run meanwhile and scans this thread's stack from here up. Call right
     * before a system call that may block; references the caller needs afterwards must be
     * in its locals (they are: the caller keeps them across this call).
     */
    @NoAllocation(reason = "used by locks and system calls")
    public static void enterBlocking() {
        long tb = Mem.threadBlock();
        if (tb == collector) return;
        Mem.spillCalleeSaved(tb + ThreadBlock.SPILL);
        Mem.storeVolatile64(tb + ThreadBlock.SAVED_SP, Mem.stackPointer());
        setState(tb, ThreadBlock.STATE_BLOCKED);
        if (requested != 0) arrive();
    }

    /** Back to running Java code; waits first if a collection is in progress. */
    @NoAllocation(reason = "used by locks and system calls")
    public static void leaveBlocking() {
        long tb = Mem.threadBlock();
        if (tb == collector) return;
        setState(tb, ThreadBlock.STATE_RUNNING);
        if (requested != 0) {
            stopAndWait(tb, ThreadBlock.STATE_BLOCKED);
        }
        Mem.storeVolatile64(tb + ThreadBlock.SAVED_SP, 0);
    }

    /** Stops in {@code state} until no collection is requested, then runs again. */
    @NoAllocation(reason = "runs while a collection waits")
    private static void stopAndWait(long tb, int state) {
        long resume = words + RESUME;
        noPoll(tb); // a poll at this loop's back edge must not nest a second stop
        do {
            setState(tb, state);
            arrive();
            while (true) {
                int generation = Mem.loadVolatile32(resume);
                if (requested == 0) break;
                Os.futexWait(resume, generation, -1);
            }
            setState(tb, ThreadBlock.STATE_RUNNING);
        } while (requested != 0);
        endNoPoll(tb);
    }

    @NoAllocation(reason = "safepoint handshake")
    private static void setState(long tb, int state) {
        Mem.storeVolatile64(tb + ThreadBlock.STATE, state);
        Mem.fence();
    }

    @NoAllocation(reason = "safepoint handshake")
    private static void arrive() {
        Mem.xadd32(words + ARRIVALS, 1);
        Os.futexWake(words + ARRIVALS, 1);
    }

    /** The collector's side: returns when every other registered thread is stopped. */
    @NoAllocation(reason = "the collector")
    static void stopTheWorld(long self) {
        Mem.spillCalleeSaved(self + ThreadBlock.SPILL);
        Mem.storeVolatile64(self + ThreadBlock.SAVED_SP, Mem.stackPointer());
        collector = self;
        requested = 1;
        Mem.fence();
        long arrivals = words + ARRIVALS;
        while (true) {
            int seen = Mem.loadVolatile32(arrivals);
            if (allStopped(self)) return;
            // The timeout only bounds the damage of a missed wake-up; arrivals wake us.
            Os.futexWait(arrivals, seen, 10_000_000L);
        }
    }

    @NoAllocation(reason = "the collector")
    private static boolean allStopped(long self) {
        for (long tb = Threads.first(); tb != 0; tb = Mem.loadVolatile64(tb + Tb.NEXT)) {
            if (tb != self && Mem.loadVolatile64(tb + ThreadBlock.STATE) == ThreadBlock.STATE_RUNNING) return false;
        }
        return true;
    }

    @NoAllocation(reason = "the collector")
    static void resumeTheWorld(long self) {
        collector = 0;
        requested = 0;
        Mem.fence();
        Mem.xadd32(words + RESUME, 1);
        Os.futexWake(words + RESUME, Integer.MAX_VALUE);
        Mem.storeVolatile64(self + ThreadBlock.SAVED_SP, 0);
    }
}
