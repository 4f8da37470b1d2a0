package myos.rt;

/**
 * The mark phase: precise for heap objects ({@code Class.refOffsets()}, reference arrays),
 * conservative for roots that have no map (thread stacks and spilled registers), where any
 * word that points into an allocated slot — interior pointers included — keeps it alive.
 *
 * <p>Mark bits live in the meta word of the header (docs/abi.md: bits 0-1): bit 0 when found
 * reachable, bit 1 when its fields have been traced. Their sense flips every collection
 * ({@link #sense}): a bit "is set" when it equals the sense, so survivors never need their
 * bits cleared — the sweep, which runs lazily while other threads run (and may install a
 * monitor in a survivor's meta word with a CAS), never writes a live object. The allocator
 * gives new objects both bits equal to the current sense, which the next collection, after
 * flipping it, reads as unmarked. Gray objects wait
 * on an explicit stack in raw memory, never on the machine stack (a deep list must not
 * overflow a kernel stack). The stack's address space is reserved once ({@link
 * #STACK_RESERVE}) and committed a step at a time as marking needs it (one reference array
 * of a million elements pushes a million objects). When it cannot grow an object stays
 * marked-but-unscanned and {@link #overflowed} is set; {@link #finish} then rescans the heap for such objects
 * until none is left, so a bounded stack only costs time, never correctness.
 */
final class Marker {
    private Marker() {}

    static final long MARKED = 1, SCANNED = 2, IMAGE = 4;
    /** Address space of the mark stack (4 Mi gray objects), and the commit step. */
    private static final long STACK_RESERVE = 32L << 20, STACK_STEP = 256L << 10;

    private static long stackBase, stackTop, stackLimit;
    private static boolean overflowed;
    /** The value bits 0 and 1 have in a marked / scanned object this cycle: 0 or 1. */
    static long sense;
    /** Bytes of the objects traced by this cycle's mark (the live data). */
    static long liveBytes;

    /** Starts a cycle: flips the sense, so every object in the (fully swept) heap is unmarked. */
    @NoAllocation(reason = "the collector")
    static void begin() {
        sense ^= 1;
        liveBytes = 0;
    }

    /** True when the object at {@code o} was marked by the last (or current) mark. */
    @NoAllocation(reason = "the collector")
    static boolean isMarked(long o) {
        return (Mem.load64(o + 8) & MARKED) == sense;
    }

    @NoAllocation(reason = "heap initialisation")
    static boolean init() {
        stackBase = PageSource.reserve(STACK_RESERVE);
        stackLimit = stackBase + STACK_STEP; // committed part
        stackTop = stackBase;
        return stackBase != 0 && PageSource.commit(stackBase, STACK_STEP);
    }

    /** Marks the object containing {@code word} if it is an allocated heap slot. */
    @NoAllocation(reason = "the collector")
    static void markWord(long word) {
        long o = PageMap.objectContaining(word);
        if (o == 0) return;
        markObject(o);
    }

    /**
     * A precise reference (a field or element the class says is a reference): null, an
     * image object, or exactly the start of a live heap object, so no interior-pointer
     * lookup is needed (that lookup was 12% of binary-trees' time). MYOS_GC_VERIFY checks
     * every such reference against the page map after each collection.
     */
    @NoAllocation(reason = "the collector")
    private static void markReference(long ref) {
        if (ref != 0 && PageMap.contains(ref)) markObject(ref);
    }

    @NoAllocation(reason = "the collector")
    private static void markObject(long o) {
        long meta = Mem.load64(o + 8);
        if ((meta & MARKED) == sense) return;
        Mem.store64(o + 8, meta ^ MARKED);
        if (stackTop == stackLimit && !growStack()) {
            overflowed = true;
            return;
        }
        Mem.store64(stackTop, o);
        stackTop += 8;
    }

    /**
     * Commits the next step of the mark stack; false at the reservation's end or when memory
     * is short. In verification mode the stack never grows beyond its first step (32768
     * entries), so the overflow path runs in the tests (corpus rt/GcWideArrays under
     * MYOS_GC_VERIFY) instead of only on heaps with millions of gray objects.
     */
    @NoAllocation(reason = "the collector")
    private static boolean growStack() {
        if (Heap.verify || stackLimit == stackBase + STACK_RESERVE || !PageSource.commit(stackLimit, STACK_STEP)) return false;
        stackLimit += STACK_STEP;
        return true;
    }

    /** Every word in [from, to) as a possible reference (stacks, register spills). */
    @NoAllocation(reason = "the collector")
    static void markRange(long from, long to) {
        for (long p = from & -8L; p < to; p += 8) markWord(Mem.load64(p));
    }

    /** Traces gray objects until the stack is empty, then rescans after overflows. */
    @NoAllocation(reason = "the collector")
    static void finish() {
        drain();
        while (overflowed) {
            overflowed = false;
            rescanHeap();
        }
    }

    @NoAllocation(reason = "the collector")
    private static void drain() {
        while (stackTop != stackBase) {
            stackTop -= 8;
            scan(Mem.load64(stackTop));
        }
    }

    /** Traces the fields of one marked object. */
    @NoAllocation(reason = "the collector")
    private static void scan(long o) {
        Mem.store64(o + 8, (Mem.load64(o + 8) & ~SCANNED) | (sense << 1));
        Class<?> c = (Class<?>) Mem.objectAt(Mem.load64(o));
        int flags = c.flags();
        if ((flags & Class.F_ARRAY) != 0) {
            int length = Mem.load32(o + 16);
            liveBytes += (24 + (long) length * c.elementSize() + 7) & -8L;
            if ((flags & Class.F_REF_ARRAY) == 0) return;
            long end = o + 24 + 8L * length;
            for (long p = o + 24; p < end; p += 8) markReference(Mem.load64(p));
            return;
        }
        liveBytes += c.instanceSize();
        long offsets = Mem.addressOf(c.refOffsets());
        if (offsets == 0) return;
        long end = offsets + 24 + 4L * Mem.load32(offsets + 16);
        for (long p = offsets + 24; p < end; p += 4) markReference(Mem.load64(o + Mem.load32(p)));
    }

    /** Finds marked-but-unscanned objects left behind by a full mark stack. */
    @NoAllocation(reason = "the collector")
    private static void rescanHeap() {
        long p = 0;
        while (p < PageMap.top) {
            long e = PageMap.entry(p);
            if (PageMap.kind(e) == PageMap.KIND_FREE) {
                p++;
                continue;
            }
            long start = PageMap.addressOf(p);
            if (PageMap.kind(e) == PageMap.KIND_LARGE) {
                rescanObject(start);
            } else {
                long size = SizeClasses.sizeOf(PageMap.sizeClass(e));
                long end = start + (PageMap.CHUNK_PAGES * PageMap.PAGE) / size * size;
                for (long s = start; s < end; s += size) rescanObject(s);
            }
            p += PageMap.length(e);
        }
    }

    @NoAllocation(reason = "the collector")
    private static void rescanObject(long o) {
        if (Mem.load64(o) == 0) return;
        long meta = Mem.load64(o + 8);
        if ((meta & MARKED) != sense || ((meta & SCANNED) >>> 1) == sense) return; // not gray
        scan(o);
        drain();
    }
}
