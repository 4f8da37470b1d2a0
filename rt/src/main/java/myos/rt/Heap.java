package myos.rt;

/**
 * The garbage-collected heap: allocation entry points for generated code, size-class free
 * lists, the heap limit and statistics. The collector itself is {@link Collector}.
 *
 * <p>Small objects (up to {@link SizeClasses#MAX_SMALL} bytes) come from per-class free
 * lists threaded through free slots; an empty list is refilled by sweeping the class's next
 * chunk that the lazy sweep has not reached since the last mark ({@link Sweeper}), else they
 * come from the class's bump range, the untaken rest of its newest 256 KiB chunk ({@link
 * #newChunk}), handed out in address order. Larger objects get their own run of pages. A free slot has 0 in
 * its class word (that is how the collector tells free from allocated), the next free slot
 * in its meta word, and — in verification mode — {@link #POISON} in every later word, which
 * the allocator checks before handing the slot out again.
 *
 * <p>Most small allocations pop a slot from the current thread's own lists ({@link
 * ThreadCache}) without any lock. Refills, chunks, large objects and collections are
 * serialised by one lock. It is a futex lock whose waiters are in
 * the blocked state, so a thread that collects while holding it never waits for them.
 * Collection starts when the bytes allocated since the last one exceed a budget ({@link
 * #GROWTH} times what survived the last full one, at least {@link #MIN_BUDGET}), when an
 * allocation cannot be satisfied under the limit, and every {@code MYOS_GC_STRESS}
 * allocations of a thread in stress mode; it is young or full as {@link #afterCollection}
 * and {@link #collect(boolean)} decide (Collector describes both). Free slots in chunks
 * that survived are reused before new chunks are made, so sparse survivors do not make the
 * heap grow, and the sweep is finished before a request at the limit fails. When even a full
 * collection cannot satisfy a request the allocation throws the preallocated
 * {@code OutOfMemoryError("Java heap space")}.
 */
public final class Heap {
    private Heap() {}

    static final long POISON = 0xDEADBEEFCAFEF00DL;
    /**
     * Allocation between collections when little survives: 32 MiB, or a quarter of the
     * heap limit if that is smaller. When each collection swept every chunk, a budget much
     * smaller than that made allocation-heavy programs (binary-trees) spend most of their
     * time collecting (measured: 2.7 s at 8 MiB vs 1.3 s at 32 MiB, depth 16); with dead
     * chunks freed whole a fixed 32 MiB budget still cost binary-trees 20 more than twice
     * its time, in full collections of the trees that young ones promote half-built
     * (docs/benchmarks.md).
     */
    private static final long MIN_BUDGET = 32L << 20;
    /**
     * Allocation allowed between collections per byte that survived the last one. Measured
     * on binary-trees depth 20 (64 MiB live): 2 gave 13.6 s user and 377 MiB peak RSS, 3 gave
     * 11.9 s and 472 MiB (HotSpot: 987 MiB).
     */
    private static final long GROWTH = 3;
    /**
     * A young collection is followed by a full one when the old generation (the live data
     * of the last full collection plus everything promoted since, dead or not) has grown by
     * more than this many eighths of that live data (at least minBudget): old garbage is
     * only found by a full mark. Measured on binary-trees depth 20 (docs/benchmarks.md).
     */
    private static final long FULL_GROWTH_EIGHTHS = 8;
    private static long minBudget;

    /**
     * Raw words: the heap lock (int at 0), free-list heads (one long per size class at 64),
     * the number of slots on each list (one long per size class at 320), the page where the
     * lazy sweep continues for each size class (one long per class at 576), each class's bump
     * range (the next slot of its newest chunk that no one has taken, or 0: one long per class
     * at 832; the range ends where {@link ThreadCache#fits} says).
     */
    private static long words;
    private static final int LOCK = 0, FREE_HEADS = 64, FREE_COUNTS = 320, SWEEP_CURSORS = 576, BUMP = 832;

    static long maxPages;
    /** Collect when {@link #allocatedBytes} reaches this. */
    static long budget;
    static int stressInterval;
    static boolean verify;
    /** MYOS_GC_LOG=1 (user programs): a line on stderr per collection ({@link #logCollection}). */
    static boolean log;
    /**
     * Whether compiled code may pop a slot from the thread's cache itself (the compiler's
     * rt_impl.c {@code rt_new_object}/{@code rt_new_array}, docs/abi.md "Allocation fast
     * path") instead of calling {@link #allocObject}/{@link #allocArray}: only when neither
     * stress mode (which counts every allocation) nor
     * verification (which checks each slot's poison) needs to see each allocation. Set once,
     * before the first allocation; generated code reads it by its C name.
     */
    static boolean inlineAllocation;
    /**
     * Bytes of objects allocated since the last collection; of the old generation (live at
     * the last collection, or promoted by a young one since the last full one, which is
     * {@link #fullLiveBytes}).
     */
    static long allocatedBytes, liveBytes, fullLiveBytes;
    static long collections;
    /** Young collections are possible (the build has the write barrier: {@link Cards#table}). */
    private static boolean generational;
    /** The next collection must be full ({@link #afterCollection}). */
    private static boolean fullDue;
    /** Thrown when memory is exhausted; made while memory was still available. */
    private static OutOfMemoryError outOfMemory;

    /**
     * Reserves the heap and the collector's side tables. Called once by Start before any
     * object is allocated; false when the address space could not be reserved.
     */
    @NoAllocation(reason = "runs before the heap exists")
    public static boolean init(long maxBytes, int stress, boolean verifyHeap) {
        maxPages = (maxBytes + PageMap.PAGE - 1) >>> PageMap.PAGE_SHIFT;
        if (maxPages < PageMap.CHUNK_PAGES) maxPages = PageMap.CHUNK_PAGES;
        stressInterval = stress;
        long quarter = (maxPages << PageMap.PAGE_SHIFT) / 4;
        minBudget = quarter < MIN_BUDGET ? quarter : MIN_BUDGET;
        budget = minBudget; // (assigned here: a static initialiser would need a class-init check)
        verify = verifyHeap;
        inlineAllocation = stress == 0 && !verifyHeap;
        Cards.init();
        generational = Cards.table != 0;
        words = PageSource.reserve(PageMap.PAGE);
        if (words == 0 || !PageSource.commit(words, PageMap.PAGE)) return false;
        return PageMap.init(maxPages << PageMap.PAGE_SHIFT) && Marker.init() && MonitorTable.init();
    }

    /** Second step of start-up, once allocation works: the OutOfMemoryError to throw later. */
    public static void initLate() {
        outOfMemory = new OutOfMemoryError("Java heap space");
    }

    /** {@code new}: a zeroed instance of {@code c} with its header set, or null with OOME pending. */
    @NoAllocation(reason = "the allocator")
    public static Object allocObject(Class<?> c) {
        long size = c.instanceSize();
        long a = allocate(size < 16 ? 16 : size, Mem.addressOf(c), -1);
        return a == 0 ? outOfMemory() : Mem.objectAt(a);
    }

    /** Array creation (the length is already checked non-negative by generated code). */
    @NoAllocation(reason = "the allocator")
    public static Object allocArray(Class<?> arrayClass, int length) {
        long size = (24 + (long) length * arrayClass.elementSize() + 7) & -8L;
        if (size > (maxPages << PageMap.PAGE_SHIFT)) return outOfMemory();
        long a = allocate(size, Mem.addressOf(arrayClass), length);
        return a == 0 ? outOfMemory() : Mem.objectAt(a);
    }

    /** Makes the preallocated OutOfMemoryError pending (also for Throw.outOfMemory). */
    @NoAllocation(reason = "throws the preallocated error")
    static void throwOutOfMemory() {
        outOfMemory();
    }

    @NoAllocation(reason = "throws the preallocated error")
    private static Object outOfMemory() {
        OutOfMemoryError e = outOfMemory;
        if (e == null) Log.fatal("out of memory during start-up");
        Mem.storeVolatile64(Mem.threadBlock() + ThreadBlock.PENDING_EXCEPTION, Mem.addressOf(e));
        return null;
    }

    /**
     * An object of {@code size} bytes (a multiple of 8), zeroed, with its class word (and for
     * arrays, {@code length >= 0}, its length) set; 0 when memory is exhausted. The header is
     * written after the slot left every free list but before this thread can next be stopped
     * (no poll parks inside this method: {@link Safepoint#noPoll}), so a collection never sees
     * a claimed slot without its class.
     */
    @NoAllocation(reason = "the allocator")
    private static long allocate(long size, long classAddress, int length) {
        long tb = Mem.threadBlock();
        Mem.store32(tb + Tb.NO_POLL, Mem.load32(tb + Tb.NO_POLL) + 1); // Safepoint.noPoll, inlined
        long a = 0;
        if (size <= SizeClasses.MAX_SMALL && (stressInterval == 0 || !stressDue(tb))) a = ThreadCache.take(tb, (int) size);
        if (a == 0) a = allocateLocked(tb, size);
        if (a != 0) {
            if (length >= 0) Mem.store32(a + 16, length);
            Mem.store64(a + 8, 0); // mark state "new": unmarked for every kind of mark (Marker)
            Mem.store64(a, classAddress);
        }
        Mem.store32(tb + Tb.NO_POLL, Mem.load32(tb + Tb.NO_POLL) - 1);
        return a;
    }

    /** Counts an allocation of this thread in stress mode; true when a collection is due. */
    @NoAllocation(reason = "the allocator")
    private static boolean stressDue(long tb) {
        int n = Mem.load32(tb + Tb.STRESS_COUNT) + 1;
        Mem.store32(tb + Tb.STRESS_COUNT, n);
        return n >= stressInterval;
    }

    @NoAllocation(reason = "the allocator")
    private static long allocateLocked(long tb, long size) {
        long lock = words + LOCK;
        RawLock.lock(lock);
        allocatedBytes += Mem.load64(tb + Tb.ALLOCATED);
        Mem.store64(tb + Tb.ALLOCATED, 0);
        if (allocatedBytes >= budget || (stressInterval > 0 && Mem.load32(tb + Tb.STRESS_COUNT) >= stressInterval)) {
            collect(false);
        }
        long a = tryAllocate(tb, size);
        boolean full = false;
        if (a == 0) {
            full = collect(false);
            a = tryAllocate(tb, size);
        }
        if (a == 0 && !full) { // only a full collection finds dead old objects: one before OutOfMemoryError
            collect(true);
            a = tryAllocate(tb, size);
        }
        RawLock.unlock(lock);
        return a;
    }

    /**
     * A collection (heap lock held): full when {@code full} is asked for, when the build has
     * no barrier, when {@link #afterCollection} said so, and in stress mode every fourth
     * time (so the tests run both kinds); young otherwise. Returns whether it was full.
     */
    @NoAllocation(reason = "the collector")
    private static boolean collect(boolean full) {
        full |= !generational || fullDue || (stressInterval > 0 && (collections & 3) == 3);
        Collector.collect(full);
        return full;
    }

    @NoAllocation(reason = "the allocator")
    private static long tryAllocate(long tb, long size) {
        if (size <= SizeClasses.MAX_SMALL) return allocateSmall(tb, SizeClasses.classOf((int) size));
        long pages = (size + PageMap.PAGE - 1) >>> PageMap.PAGE_SHIFT;
        long p = allocPages(pages, PageMap.KIND_LARGE, 0);
        if (p < 0) return 0;
        allocatedBytes += pages << PageMap.PAGE_SHIFT;
        // Fresh and decommitted pages read as zero (PageSource contract): nothing to clear.
        return PageMap.addressOf(p);
    }

    /**
     * A run of {@code pages} pages under the limit, or -1. It first lets the lazy sweep give
     * back dead chunks ({@link Sweeper#reclaim}), and before it fails it finishes the sweep
     * (a collection would free those chunks too, at the price of a mark).
     */
    @NoAllocation(reason = "the allocator")
    private static long allocPages(long pages, int kind, int sizeClass) {
        Sweeper.reclaim(pages);
        long p = PageMap.usedPages + pages > maxPages ? -1 : PageMap.allocRun(pages, kind, sizeClass);
        if (p < 0) {
            Sweeper.finish();
            p = PageMap.usedPages + pages > maxPages ? -1 : PageMap.allocRun(pages, kind, sizeClass);
        }
        return p;
    }

    /**
     * One slot for class {@code sizeClass}, and more for the thread: from the global list,
     * which an empty list refills by sweeping the class's next unswept chunks; else from the
     * class's bump range, the part of its newest chunk that no one has allocated from yet
     * (0 when there is none), which an exhausted range renews with a new chunk.
     */
    @NoAllocation(reason = "the allocator")
    private static long allocateSmall(long tb, int sizeClass) {
        long headAddress = words + FREE_HEADS + 8L * sizeClass;
        int size = SizeClasses.sizeOf(sizeClass);
        long slot = Mem.load64(headAddress);
        if (slot == 0 && Sweeper.sweepFor(sizeClass)) slot = Mem.load64(headAddress);
        if (slot != 0) {
            Mem.store64(headAddress, Mem.load64(slot + 8));
            addFreeCount(sizeClass, -1);
            allocatedBytes += size;
            ThreadCache.refill(tb, sizeClass, headAddress);
            prepareSlot(slot, size);
            return slot;
        }
        long bumpAddress = words + BUMP + 8L * sizeClass;
        slot = Mem.load64(bumpAddress);
        if (slot == 0) {
            slot = newChunk(sizeClass);
            if (slot == 0) return 0;
        }
        long next = slot + size;
        Mem.store64(bumpAddress, ThreadCache.fits(next, size) ? next : 0);
        allocatedBytes += size;
        ThreadCache.refillBump(tb, sizeClass, bumpAddress);
        prepareSlot(slot, size);
        return slot;
    }

    /** Checks the poison of a free slot (verification mode) and zeroes it. */
    @NoAllocation(reason = "the allocator")
    static void prepareSlot(long slot, int size) {
        if (verify) checkPoison(slot, size);
        if (size <= 128) {
            // Most objects are small: plain stores beat memset's start-up cost (rep stosb).
            for (long w = 0; w < size; w += 8) Mem.store64(slot + w, 0);
        } else {
            Mem.zero(slot, size);
        }
    }

    /**
     * A new chunk for class {@code sizeClass}; returns its first slot (the start of its bump
     * range) or 0. The allocator hands its slots out in address order by bumping a pointer
     * (ThreadCache), clearing each as it goes, without a free list. Its pages may hold
     * anything (a dead chunk's retained pages are not cleared: PageMap.claim), which nothing
     * reads until the next collection, and that one first clears the class word of every
     * slot no one has taken yet ({@link #retireBumpRange}): then every slot of the chunk
     * reads as an object or as free, as the mark and the sweep need. The caller takes the
     * first slot at once (a bump range never starts at a chunk's start: {@link
     * ThreadCache#fits}). Verification poisons the slots as the sweep poisons a freed slot,
     * so that the allocator can check that nothing wrote them.
     */
    @NoAllocation(reason = "the allocator")
    private static long newChunk(int sizeClass) {
        long p = allocPages(PageMap.CHUNK_PAGES, PageMap.KIND_SMALL, sizeClass);
        if (p < 0) return 0;
        long start = PageMap.addressOf(p);
        int size = SizeClasses.sizeOf(sizeClass);
        long end = start + PageMap.slotsPerChunk(size) * size;
        if (verify) {
            // Poisoned like freed slots, and with a class word that is no class, as a retained
            // page may hold: an untaken slot that a collection fails to retire is then found
            // by the verifier as an object without a class.
            for (long slot = start; slot < end; slot += size) {
                makeFree(slot, size, 0);
                Mem.store64(slot, POISON);
            }
        }
        return start;
    }

    /**
     * Collection support (world stopped, before the mark): the slots of a bump range whose
     * next slot is {@code next} (in a chunk of {@code size}-byte slots) become free slots —
     * their class words are cleared, so that neither a stale class word left by the chunk's
     * earlier life nor anything else is taken for an object (Marker, Sweeper, Verifier).
     */
    @NoAllocation(reason = "the collector")
    static void retireBumpRange(long next, int size) {
        for (long slot = next; ThreadCache.fits(slot, size); slot += size) Mem.store64(slot, 0);
    }

    /** Collection support: retires every class's global bump range ({@link #retireBumpRange}). */
    @NoAllocation(reason = "the collector")
    static void retireBumpRanges() {
        for (int c = 0; c < SizeClasses.COUNT; c++) {
            long next = Mem.load64(words + BUMP + 8L * c);
            if (next != 0) retireBumpRange(next, SizeClasses.sizeOf(c));
            Mem.store64(words + BUMP + 8L * c, 0);
        }
    }

    /** Turns a slot into a free-list cell whose successor is {@code next}. */
    @NoAllocation(reason = "the allocator and the sweeper")
    static void makeFree(long slot, long size, long next) {
        Mem.store64(slot, 0);
        Mem.store64(slot + 8, next);
        if (verify) {
            for (long w = 16; w < size; w += 8) Mem.store64(slot + w, POISON);
        }
    }

    @NoAllocation(reason = "the allocator")
    private static void checkPoison(long slot, long size) {
        for (long w = 16; w < size; w += 8) {
            if (Mem.load64(slot + w) != POISON) {
                Log.str("myos: heap verification: free slot ");
                Log.hex(slot);
                Log.str(" was written at offset ");
                Log.dec(w);
                Log.line(" after it was freed");
                Rt.abort();
            }
        }
    }

    /** Slots on the global free list of class {@code c}. */
    @NoAllocation(reason = "the allocator")
    static long freeCount(int c) {
        return Mem.load64(words + FREE_COUNTS + 8L * c);
    }

    @NoAllocation(reason = "the allocator")
    static void addFreeCount(int c, long delta) {
        Mem.store64(words + FREE_COUNTS + 8L * c, Mem.load64(words + FREE_COUNTS + 8L * c) + delta);
    }

    /** Sweep support: empties every free list and rewinds every class's sweep cursor. */
    @NoAllocation(reason = "the collector")
    static void clearFreeLists() {
        for (int c = 0; c < SizeClasses.COUNT; c++) {
            Mem.store64(words + FREE_HEADS + 8L * c, 0);
            Mem.store64(words + FREE_COUNTS + 8L * c, 0);
            Mem.store64(words + SWEEP_CURSORS + 8L * c, 0);
        }
    }

    /** The page where the lazy sweep of class {@code c} continues. */
    @NoAllocation(reason = "the allocator")
    static long sweepCursor(int c) {
        return Mem.load64(words + SWEEP_CURSORS + 8L * c);
    }

    @NoAllocation(reason = "the allocator")
    static void setSweepCursor(int c, long page) {
        Mem.store64(words + SWEEP_CURSORS + 8L * c, page);
    }

    /** Sweep support: appends the list first..last of free slots to class {@code c}'s list. */
    @NoAllocation(reason = "the collector")
    static void addFreeList(int c, long first, long last, long count) {
        addFreeCount(c, count);
        long headAddress = words + FREE_HEADS + 8L * c;
        Mem.store64(last + 8, Mem.load64(headAddress));
        Mem.store64(headAddress, first);
    }

    /**
     * After a collection: allow {@link #GROWTH} times as much new allocation as survived the
     * last full one (at least minBudget), and keep at most that much free memory committed.
     * The heap then peaks near (1 + GROWTH) times the live data plus the old garbage a full
     * collection will free, and a full mark — whose cost is the live data — is paid about once
     * per old-generation doubling rather than once per GROWTH × live bytes allocated. A young collection's mark costs only what it
     * promotes and the dirty cards. The next collection is full when the old generation has
     * grown by {@link #FULL_GROWTH_EIGHTHS} or when this young one promoted more than half
     * of what was allocated since the last (it freed too little: the heap would grow).
     * --heap-max still bounds it: an allocation that does not fit under the limit collects
     * first, whatever the budget, and a full collection runs before OutOfMemoryError.
     */
    @NoAllocation(reason = "the collector")
    static void afterCollection(boolean full) {
        long marked = Marker.liveBytes;
        if (full) {
            liveBytes = marked;
            fullLiveBytes = marked;
        } else {
            liveBytes += marked;
        }
        if (log) logCollection(full, marked);
        long growth = fullLiveBytes * FULL_GROWTH_EIGHTHS / 8;
        fullDue = liveBytes - fullLiveBytes > (growth > minBudget ? growth : minBudget) || (!full && 2 * marked > allocatedBytes);
        allocatedBytes = 0;
        long grown = GROWTH * fullLiveBytes;
        budget = grown > minBudget ? grown : minBudget;
        PageMap.trim(budget >>> PageMap.PAGE_SHIFT);
        collections++;
    }

    /**
     * One line per collection: "myos gc: young|full", then KiB marked (a young one: what it
     * promoted), KiB of the old generation, KiB of heap memory committed (in use + retained),
     * and the chunks the sweep freed whole, kept whole and left to sweep slot by slot.
     */
    @NoAllocation(reason = "the collector")
    private static void logCollection(boolean full, long marked) {
        Log.str(full ? "myos gc: full" : "myos gc: young");
        logKiB(marked);
        logKiB(liveBytes);
        logKiB((PageMap.usedPages + PageMap.retainedPages) << PageMap.PAGE_SHIFT);
        Log.str(" chunks");
        logCount(Sweeper.freedWhole);
        logCount(Sweeper.keptWhole);
        logCount(Sweeper.leftToSweep);
        Log.put('\n');
        Log.flush();
    }

    @NoAllocation(reason = "the collector")
    private static void logKiB(long bytes) {
        logCount(bytes >>> 10);
    }

    @NoAllocation(reason = "the collector")
    private static void logCount(long n) {
        Log.put(' ');
        Log.dec(n);
    }

    // ---- java.lang.Runtime (docs/abi.md "myos.rt.Heap") ----

    /** Memory the heap currently holds (pages in chunks and large objects). */
    public static long totalBytes() {
        return PageMap.usedPages << PageMap.PAGE_SHIFT;
    }

    /** Memory within {@link #totalBytes()} not taken by objects allocated or live at the last collection. */
    public static long freeBytes() {
        long free = totalBytes() - liveBytes - allocatedBytes;
        return free < 0 ? 0 : free;
    }

    public static long maxBytes() {
        return maxPages << PageMap.PAGE_SHIFT;
    }

    public static long collectionCount() {
        return collections;
    }

    /** A full collection (System.gc, Runtime.gc). */
    public static void collect() {
        long lock = words + LOCK;
        RawLock.lock(lock);
        Collector.collect(true);
        RawLock.unlock(lock);
    }
}
