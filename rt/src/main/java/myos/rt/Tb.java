package myos.rt;

/**
 * The runtime's private words in a thread block, after the ABI part (docs/abi.md: offsets
 * 0-111 are fixed, from {@link ThreadBlock#SCRATCH} up to {@link ThreadBlock#SIZE} belong to
 * the runtime). Generated code never touches these.
 */
final class Tb {
    private Tb() {}

    /** struct timespec (2 words) for clock_gettime and futex timeouts; per thread, so no lock. */
    static final int TIMESPEC = ThreadBlock.SCRATCH;          // 112, 120
    /** Address of the futex word this thread sleeps on in Monitor.wait/sleep, or 0 (for interrupt). */
    static final int WAIT_ADDRESS = ThreadBlock.SCRATCH + 16; // 128
    /** A futex word private to this thread: sleep() waits on it, interrupt() bumps it. */
    static final int WAKE = ThreadBlock.SCRATCH + 24;         // 136 (int)
    /** FLAG_* bits (int). */
    static final int FLAGS = ThreadBlock.SCRATCH + 28;        // 140
    /** Next block in the registry (live threads) or in the list of exited threads. */
    static final int NEXT = ThreadBlock.SCRATCH + 32;         // 144
    /** The stack mapping (lowest address, guard page included) and its length, for unmapping. */
    static final int STACK_MAPPING = ThreadBlock.SCRATCH + 40; // 152
    static final int STACK_MAPPING_SIZE = ThreadBlock.SCRATCH + 48; // 160
    /**
     * Non-zero while this thread is inside a runtime section that must not stop at a
     * safepoint (int): {@link Safepoint#poll()} returns at once. Defence in depth: the
     * compiler is meant to emit no polls in myos.rt at all, but a poll at a loop back edge
     * between "slot taken from a free list" and "class word written" would let the sweep
     * free the slot a second time.
     */
    static final int NO_POLL = ThreadBlock.SCRATCH + 56;     // 168

    /** This thread's free-list heads, one per size class (ThreadCache): 27 words, 176-391. */
    static final int CACHE = ThreadBlock.SCRATCH + 64;         // 176
    /** Allocations since the last collection, for MYOS_GC_STRESS (int). */
    static final int STRESS_COUNT = CACHE + 8 * SizeClasses.COUNT; // 392
    /** Bytes this thread took from its own lists since it last entered the heap lock (long). */
    static final int ALLOCATED = 400;
    /** Log's line buffer: a count word, then characters (Log writes without allocating). */
    static final int LOG = 408, LOG_SIZE = ThreadBlock.SIZE - LOG;

    static final int FLAG_DAEMON = 1;
    /** Set once the thread has left the registry: it no longer parks, the collector ignores it. */
    static final int FLAG_EXITED = 2;
    /** The main thread: its block and stack are never unmapped. */
    static final int FLAG_MAIN = 4;
    /** Throw.stackOverflow is constructing a StackOverflowError on this thread (in the reserve). */
    static final int FLAG_THROWING_SOE = 8;
}
