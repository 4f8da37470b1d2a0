package myos.rt;

/**
 * The mark phase: precise for heap objects ({@code Class.refOffsets()}, reference arrays),
 * conservative for roots that have no map (thread stacks and spilled registers), where any
 * word that points into an allocated slot — interior pointers included — keeps it alive.
 *
 * <p>Mark state (docs/abi.md, meta word bits 0-1) with sticky marks: the allocator writes 0
 * ("new"), and a mark sets the bits to the current {@link #epoch}, 1 or 2. An object is
 * marked when its bits equal the epoch. A young collection keeps the epoch: the survivors of
 * earlier collections (the old generation) still read as marked, so the mark stops at them,
 * and only new objects (0) can be found unmarked and freed. A full collection flips the
 * epoch (1 ↔ 2) first: then old objects (the other epoch) and new ones (0) all read as
 * unmarked. So neither kind of collection clears a bit, and the sweep, which runs lazily
 * while other threads run (and may install a monitor in a survivor's meta word with a CAS),
 * never writes a live object. Value 3 is never used: between marks every allocated object
 * reads 0 or the epoch (Sweeper.finish frees the rest before a mark), which the verifier
 * checks.
 *
 * <p>Gray objects wait on an explicit stack in raw memory, never on the machine stack (a
 * deep list must not overflow a kernel stack). They are pushed unread and marked when they
 * come off ({@link #push}, {@link #drain}), so the mark's cache misses can be prefetched.
 * The stack's address space is reserved once ({@link #STACK_RESERVE}) and committed a step
 * at a time as marking needs it (one reference array of a million elements pushes a million
 * objects). When it cannot grow, an object is marked at once but left untraced and {@link
 * #overflowed} is set; {@link #finish} then traces every
 * marked object of the heap again until a pass overflows no more (tracing a traced object
 * only finds marked children), so a bounded stack only costs time, never correctness.
 */
final class Marker {
    private Marker() {}

    /** The mark state's bits in the meta word, and the image flag. */
    static final long MARK_BITS = 3, IMAGE = 4;
    /** Address space of the mark stack (4 Mi gray objects), and the commit step. */
    private static final long STACK_RESERVE = 32L << 20, STACK_STEP = 256L << 10;

    private static long stackBase, stackTop, stackLimit;
    /** The prefetch queue of {@link #drain}: {@link #QUEUE} words of raw memory. */
    private static long queue;
    private static final int QUEUE = 8;
    private static boolean overflowed;
    /** The mark state of a marked object: 1 or 2 (set by {@link #init}); 0 is "new". */
    static long epoch;
    /** Bytes of the objects this mark marked (a full mark: the live data; a young one: what it promoted). */
    static long liveBytes;

    /**
     * Starts a mark. A full one flips the epoch, so every object in the (fully swept) heap
     * is unmarked and every chunk's live count ({@link ChunkTable}) starts from zero; a young
     * one keeps both, so only objects allocated since the last mark are unmarked.
     */
    @NoAllocation(reason = "the collector")
    static void begin(boolean full) {
        if (full) {
            epoch ^= 3;
            ChunkTable.clearLive();
        }
        liveBytes = 0;
    }

    /** True when the object at {@code o} was marked by the last (or current) mark or survived an earlier one. */
    @NoAllocation(reason = "the collector")
    static boolean isMarked(long o) {
        return (Mem.load64(o + 8) & MARK_BITS) == epoch;
    }

    @NoAllocation(reason = "heap initialisation")
    static boolean init() {
        stackBase = PageSource.reserve(STACK_RESERVE);
        stackLimit = stackBase + STACK_STEP; // committed part
        stackTop = stackBase;
        epoch = 1;
        queue = PageSource.reserve(PageMap.PAGE);
        return stackBase != 0 && PageSource.commit(stackBase, STACK_STEP) && queue != 0 && PageSource.commit(queue, PageMap.PAGE);
    }

    /** Marks the object containing {@code word} if it is an allocated heap slot. */
    @NoAllocation(reason = "the collector")
    static void markWord(long word) {
        long o = PageMap.objectContaining(word);
        if (o == 0) return;
        push(o);
    }

    /**
     * A precise reference (a field or element the class says is a reference): null, an
     * image object, or exactly the start of a live heap object, so no interior-pointer
     * lookup is needed (that lookup was 12% of binary-trees' time). MYOS_GC_VERIFY checks
     * every such reference against the page map after each collection.
     */
    @NoAllocation(reason = "the collector")
    private static void markReference(long ref) {
        if (ref != 0 && PageMap.contains(ref)) push(ref);
    }

    /**
     * Puts a heap object on the gray stack without reading it: whether it is marked yet is
     * asked when it comes off ({@link #drain}), after a prefetch, so the cache miss on its
     * header overlaps other work instead of stalling here. An object may thus be pushed
     * once per reference to it; the same reference twice in a row (an array filled with one
     * object) is pushed once. When the stack cannot grow the object is marked at once and
     * left untraced ({@link #finish} rescans).
     */
    @NoAllocation(reason = "the collector")
    private static void push(long o) {
        if (stackTop != stackBase && Mem.load64(stackTop - 8) == o) return;
        if (stackTop == stackLimit && !growStack()) {
            if (mark(o)) overflowed = true;
            return;
        }
        Mem.store64(stackTop, o);
        stackTop += 8;
    }

    /** Marks the object at {@code o} and counts it; false when it was marked already. */
    @NoAllocation(reason = "the collector")
    private static boolean mark(long o) {
        long meta = Mem.load64(o + 8);
        if ((meta & MARK_BITS) == epoch) return false;
        Mem.store64(o + 8, (meta & ~MARK_BITS) | epoch);
        ChunkTable.addLive(o);
        liveBytes += sizeOf(o);
        return true;
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

    /**
     * Traces gray objects until the stack is empty. Objects come off the stack into a small
     * queue ({@link #QUEUE} entries, a ring in raw memory) with a prefetch of their header
     * and are marked and traced when they leave it, {@link #QUEUE} - 1 pops later: a
     * depth-first mark otherwise waits for a miss on nearly every object it visits (the
     * prefetching mark stack of Boehm 2000, "Reducing garbage collector cache misses").
     */
    @NoAllocation(reason = "the collector")
    private static void drain() {
        long head = 0, count = 0;
        while (true) {
            if (count < QUEUE && stackTop != stackBase) {
                stackTop -= 8;
                long o = Mem.load64(stackTop);
                Mem.prefetch(o + 8);
                Mem.store64(queue + 8 * ((head + count) & (QUEUE - 1)), o);
                count++;
                continue;
            }
            if (count == 0) return;
            long o = Mem.load64(queue + 8 * head);
            head = (head + 1) & (QUEUE - 1);
            count--;
            if (mark(o)) traceFields(o);
        }
    }

    /** Bytes of the object at {@code o}, header included. */
    @NoAllocation(reason = "the collector")
    private static long sizeOf(long o) {
        Class<?> c = (Class<?>) Mem.objectAt(Mem.load64(o));
        if ((c.flags() & Class.F_ARRAY) == 0) return c.instanceSize();
        return (24 + (long) Mem.load32(o + 16) * c.elementSize() + 7) & -8L;
    }

    /** Marks what the fields of the object at {@code o} reference (Cards: old objects on dirty cards). */
    @NoAllocation(reason = "the collector")
    static void traceFields(long o) {
        Class<?> c = (Class<?>) Mem.objectAt(Mem.load64(o));
        int flags = c.flags();
        if ((flags & Class.F_ARRAY) != 0) {
            if ((flags & Class.F_REF_ARRAY) != 0) traceReferences(o + 24, o + 24 + 8L * Mem.load32(o + 16));
            return;
        }
        long offsets = Mem.addressOf(c.refOffsets());
        if (offsets == 0) return;
        long end = offsets + 24 + 4L * Mem.load32(offsets + 16);
        for (long p = offsets + 24; p < end; p += 4) markReference(Mem.load64(o + Mem.load32(p)));
    }

    /** Marks what the reference words in [from, to) reference (elements of a reference array). */
    @NoAllocation(reason = "the collector")
    static void traceReferences(long from, long to) {
        for (long p = from; p < to; p += 8) markReference(Mem.load64(p));
    }

    /** Traces every marked object of the heap again, after the mark stack overflowed. */
    @NoAllocation(reason = "the collector")
    private static void rescanHeap() {
        for (long p = PageMap.nextRun(0); p < PageMap.top; p = PageMap.nextRun(p + PageMap.length(PageMap.entry(p)))) {
            long e = PageMap.entry(p), start = PageMap.addressOf(p);
            if (PageMap.kind(e) == PageMap.KIND_LARGE) {
                rescanObject(start);
            } else {
                long size = SizeClasses.sizeOf(PageMap.sizeClass(e));
                long end = start + PageMap.slotsPerChunk(size) * size;
                for (long s = start; s < end; s += size) rescanObject(s);
            }
        }
    }

    @NoAllocation(reason = "the collector")
    private static void rescanObject(long o) {
        if (Mem.load64(o) == 0 || !isMarked(o)) return;
        traceFields(o);
        drain();
    }
}
