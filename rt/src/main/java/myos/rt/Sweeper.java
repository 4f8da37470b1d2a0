package myos.rt;

/**
 * The sweep phase, lazy: every allocated slot the last mark did not reach becomes free, but
 * a chunk is swept only when its size class needs memory, right before the allocator hands
 * out its slots (so they are in the cache when they are zeroed and used), or at the latest
 * when the next collection starts. Large objects are swept at once, with the world stopped
 * ({@link #start}): they are few, and a dead one gives back whole pages.
 *
 * <p>After a mark, a chunk whose live count ({@link ChunkTable}) says it is all garbage or
 * all live is settled at once ({@link #start}); every other chunk is unswept: its first
 * page's map entry has kind {@link PageMap#KIND_UNSWEPT} (the others stay {@link
 * PageMap#KIND_SMALL}; both are small-object pages to every other reader). The global free lists start empty. {@link #sweepFor} walks
 * the page map from where it stopped for that size class, sweeps that class's chunks one at
 * a time and appends their free slots to the global list, until one yields a slot; an
 * entirely dead chunk stays with the class that needed memory. {@link #finish} sweeps what
 * is left and gives entirely dead chunks back to the page map; the collector runs it before
 * it marks again (marking needs every dead object's class word cleared, or a conservative
 * root could resurrect it), and the allocator before it grows the heap at its limit.
 *
 * <p>Sweeping runs under the heap lock while other threads run Java code. That is safe
 * because it never writes a live object (marks are never cleared, {@link Marker}), and
 * nothing but the sweeper reaches a dead object or an unswept chunk's
 * free slots (they are on no list). A dead object that owned a monitor returns it to
 * {@link MonitorTable} (a lock-free list).
 */
final class Sweeper {
    private Sweeper() {}

    /** Chunks not yet swept since the last mark. */
    private static long unswept;
    /** What {@link #start} did with the chunks it considered: freed whole, kept whole, left to sweep (MYOS_GC_LOG). */
    static long freedWhole, keptWhole, leftToSweep;
    /** Where {@link #reclaim} continues: every chunk below this page has been swept. */
    private static long reclaimCursor;

    /**
     * Right after a mark (world stopped): sweeps the large objects, marks chunks unswept and
     * rewinds every size class's cursor. After a full mark every chunk is considered; after a
     * young one only those that can hold new objects — not those whose last sweep found them
     * {@link PageMap#FULL}: they hold only old objects, which a young mark never frees, and
     * no free slot (so the free lists, rebuilt from the swept chunks, lose nothing). The
     * mark's live count ({@link ChunkTable}) settles two cases without touching a slot: a
     * chunk with no marked object (and no monitor to return) goes back to the page map at
     * once — a conservative root into it then finds a free page, and its stale slots are
     * rewritten when the pages make a chunk again ({@link Heap#newChunk}) — and a chunk
     * whose every slot is marked is swept already ({@link PageMap#FULL}). Only the others are
     * left to the lazy sweep.
     */
    @NoAllocation(reason = "the collector")
    static void start(boolean full) {
        Heap.clearFreeLists();
        unswept = 0;
        freedWhole = keptWhole = 0;
        reclaimCursor = 0;
        for (long p = PageMap.nextRun(0), n; p < PageMap.top; p = PageMap.nextRun(p + n)) {
            long e = PageMap.entry(p);
            n = PageMap.length(e);
            if (PageMap.kind(e) == PageMap.KIND_LARGE) {
                sweepLarge(p);
            } else if (full || (e & PageMap.FULL) == 0) {
                long live = ChunkTable.live(p);
                if (live == 0 && !ChunkTable.hasMonitor(p)) {
                    if (Heap.verify) Verifier.checkDeadChunk(p);
                    PageMap.freeRun(p); // all garbage: its slots are never read
                    freedWhole++;
                } else if (live == PageMap.slotsPerChunk(SizeClasses.sizeOf(PageMap.sizeClass(e)))) {
                    PageMap.setSwept(p, true, true); // all live: nothing to free, no free slot
                    keptWhole++;
                } else {
                    PageMap.setKind(p, PageMap.KIND_UNSWEPT);
                    unswept++;
                }
            }
        }
        leftToSweep = unswept;
    }

    /**
     * Sweeps chunks of {@code sizeClass} until its global free list is not empty (heap lock
     * held); false when no unswept chunk of the class is left.
     */
    @NoAllocation(reason = "the allocator")
    static boolean sweepFor(int sizeClass) {
        if (unswept == 0) return false;
        long p, next;
        for (p = PageMap.nextRun(Heap.sweepCursor(sizeClass)); p < PageMap.top; p = PageMap.nextRun(next)) {
            long e = PageMap.entry(p);
            next = p + PageMap.length(e);
            if (PageMap.kind(e) == PageMap.KIND_UNSWEPT && PageMap.sizeClass(e) == sizeClass) {
                sweepChunk(p, sizeClass, true);
                if (Heap.freeCount(sizeClass) != 0) {
                    Heap.setSweepCursor(sizeClass, next);
                    return true;
                }
            }
        }
        Heap.setSweepCursor(sizeClass, p);
        return false;
    }

    /**
     * Before the heap takes pages it has not retained (heap lock held): sweeps unswept
     * chunks of any class, in address order, until {@code pages} free pages are retained or
     * nothing is left unswept. Entirely dead chunks go back to the page map, the free slots
     * of the others onto their lists; all of it had to be swept before the next mark
     * anyway, and without this a program whose allocation moves from one size class to
     * another would grow the heap while the dead chunks of the first class wait.
     */
    @NoAllocation(reason = "the allocator")
    static void reclaim(long pages) {
        long p, n;
        for (p = PageMap.nextRun(reclaimCursor); unswept != 0 && PageMap.retainedPages < pages && p < PageMap.top; p = PageMap.nextRun(p + n)) {
            long e = PageMap.entry(p);
            n = PageMap.length(e);
            if (PageMap.kind(e) == PageMap.KIND_UNSWEPT && sweepChunk(p, PageMap.sizeClass(e), false) == 0) {
                PageMap.freeRun(p);
            }
        }
        reclaimCursor = p;
    }

    /** Sweeps every chunk left unswept; entirely dead ones go back to the page map. */
    @NoAllocation(reason = "the collector and the allocator")
    static void finish() {
        for (long p = PageMap.nextRun(0), n; unswept != 0 && p < PageMap.top; p = PageMap.nextRun(p + n)) {
            long e = PageMap.entry(p);
            n = PageMap.length(e);
            if (PageMap.kind(e) == PageMap.KIND_UNSWEPT && sweepChunk(p, PageMap.sizeClass(e), false) == 0) PageMap.freeRun(p);
        }
    }

    /** Whether the large object at page {@code p} survived; frees it when it did not. */
    @NoAllocation(reason = "the collector")
    private static void sweepLarge(long p) {
        long o = PageMap.addressOf(p);
        if (Marker.isMarked(o)) return;
        die(Mem.load64(o + 8));
        PageMap.freeRun(p);
    }

    /**
     * Sweeps the chunk at page {@code p}: frees its dead objects and puts every free slot on
     * the class's global list (in address order, ahead of what is there) — unless nothing in
     * it lives and {@code keepEmpty} is false (the caller then frees the chunk); returns the
     * number of live objects.
     */
    @NoAllocation(reason = "the collector and the allocator")
    private static long sweepChunk(long p, int sizeClass, boolean keepEmpty) {
        PageMap.setKind(p, PageMap.KIND_SMALL);
        unswept--;
        long start = PageMap.addressOf(p);
        long size = SizeClasses.sizeOf(sizeClass);
        long end = start + PageMap.slotsPerChunk(size) * size;
        long epoch = Marker.epoch;
        long first = 0, last = 0, live = 0, free = 0;
        for (long s = end - size; s >= start; s -= size) {
            if (Mem.load64(s) != 0) {
                long meta = Mem.load64(s + 8);
                if ((meta & Marker.MARK_BITS) == epoch) {
                    live++;
                    continue;
                }
                die(meta);
                Heap.makeFree(s, size, first);
            } else {
                Mem.store64(s + 8, first); // already free (and poisoned): relink only
            }
            if (first == 0) last = s;
            first = s;
            free++;
        }
        if (first != 0 && (live != 0 || keepEmpty)) Heap.addFreeList(sizeClass, first, last, free);
        PageMap.setSwept(p, free == 0, live != 0);
        return live;
    }

    @NoAllocation(reason = "the collector")
    private static void die(long meta) {
        int monitor = (int) (meta >>> 32);
        if (monitor != 0) MonitorTable.reclaim(monitor);
    }
}
