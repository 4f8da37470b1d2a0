package myos.rt;

/**
 * The heap's address range and what each of its 4 KiB pages holds. The heap is one range
 * reserved once from {@link PageSource} (so "is this word a heap address" is two compares);
 * it is handed out in runs of pages: a run is either a chunk of small objects of one size
 * class ({@link #CHUNK_PAGES} pages) or one large object. Every page of a run has a map entry
 * (one long, outside the heap) that names the run's kind, size class, length and the page's
 * distance from the run's first page, so an interior pointer finds its object in O(1).
 *
 * <p>Entry layout: bits 0-1 kind (0 free, 1 small chunk, 2 large object, 3 the first page
 * of a chunk not yet swept), bits 2-7 size
 * class, bits 8-33 distance from the run's first page, bits 34-35 in a chunk's first page:
 * what its last sweep found ({@link #OLD}, {@link #FULL}), bits 36-63 run length in pages.
 * A free page is 0 when it reads as zero (never used, or given back to the system) and
 * {@link #RETAINED} when it is still committed with old contents; runs are found first-fit
 * from the lowest page that may be free, skipping used runs by their length.
 *
 * <p>Freed runs are retained, not given back: a program that allocates steadily would
 * otherwise pay a page fault (and the kernel's zeroing) for every page after every
 * collection — that churn was a fifth of binary-trees' time. {@link #trim} gives back only
 * what exceeds what the heap expects to allocate before the next collection (hysteresis),
 * highest pages first, so the heap's footprint follows its live data down, slowly. A
 * large object placed on retained pages is zeroed here; a chunk needs no zero pages (every
 * slot is cleared when it is handed out, Heap.newChunk). Chunks start at
 * multiples of {@link #CHUNK_PAGES} (256 KiB-aligned addresses: {@link ChunkTable}). Only the heap lock's holder (or the collector,
 * with the world stopped) calls this class.
 */
final class PageMap {
    private PageMap() {}

    static final int PAGE_SHIFT = 12;
    static final long PAGE = 1L << PAGE_SHIFT;
    /** A small-object chunk: 256 KiB. */
    static final int CHUNK_PAGES = 64;
    static final int KIND_FREE = 0, KIND_SMALL = 1, KIND_LARGE = 2;
    /** The first page of a chunk that the sweep has not reached since the last mark (Sweeper). */
    static final int KIND_UNSWEPT = 3;
    /**
     * In a chunk's first entry: its last sweep found no free slot, so nothing has been
     * allocated in it since and every object in it is old; a young collection does not sweep
     * it (Sweeper.start).
     */
    static final long FULL = 1L << 35;
    /**
     * In a chunk's first entry: its last sweep found a live object, so it may hold old
     * objects; without it every object in the chunk is young and a young mark skips its
     * cards (Cards.markFromDirty).
     */
    static final long OLD = 1L << 34;
    /** Entry of a free page that is still committed and may hold old data. */
    static final long RETAINED = 1L << 2;

    /** First heap address, number of reserved pages, address of the entry array. */
    static long base, pageCount, map;
    /** Pages below this index have been used at least once (the sweep stops there). */
    static long top;
    /** Pages currently in runs; free pages that are {@link #RETAINED}. */
    static long usedPages, retainedPages;
    /** Every page below this index is in a run: first-fit searches start here. */
    private static long firstFree;
    /**
     * No aligned run of {@link #CHUNK_PAGES} free pages starts below this page: chunk
     * searches start here. Without it every new chunk scanned the heap's runs from {@link
     * #firstFree}, which a large object or a sparse chunk low in the heap holds down.
     */
    private static long chunkHint;

    @NoAllocation(reason = "heap initialisation")
    static boolean init(long maxBytes) {
        pageCount = (maxBytes + PAGE - 1) >>> PAGE_SHIFT;
        map = PageSource.reserve(pageCount * 8);
        // Chunks start on 256 KiB boundaries (allocRun), so ChunkTable finds a chunk's entry
        // by a shift: the range is reserved one chunk larger and its start rounded up.
        long reserved = PageSource.reserve((pageCount << PAGE_SHIFT) + ChunkTable.CHUNK_BYTES);
        if (map == 0 || reserved == 0) return false;
        base = (reserved + ChunkTable.CHUNK_BYTES - 1) & -ChunkTable.CHUNK_BYTES;
        return PageSource.commit(map, pageCount * 8) && ChunkTable.init(pageCount << PAGE_SHIFT);
    }

    @NoAllocation(reason = "allocator")
    static long entry(long page) {
        return Mem.load64(map + (page << 3));
    }

    @NoAllocation(reason = "allocator")
    static int kind(long e) { return (int) e & 3; }

    @NoAllocation(reason = "allocator")
    static int sizeClass(long e) { return (int) (e >>> 2) & 63; }

    /** Sets the kind of the run's first page {@code p} (small chunks: swept or not). */
    @NoAllocation(reason = "sweeper")
    static void setKind(long p, int kind) {
        Mem.store64(map + (p << 3), (entry(p) & ~3L) | kind);
    }

    /** Slots of {@code size} bytes in a chunk (the tail that does not fit one is unused). */
    @NoAllocation(reason = "allocator and collector")
    static long slotsPerChunk(long size) {
        return (CHUNK_PAGES * PAGE) / size;
    }

    /** The first page at or after {@code p} that starts a run, or {@link #top}: walks the runs. */
    @NoAllocation(reason = "collector")
    static long nextRun(long p) {
        while (p < top && kind(entry(p)) == KIND_FREE) p++;
        return p;
    }

    @NoAllocation(reason = "allocator")
    static long offset(long e) { return (e >>> 8) & 0x3FFFFFFL; }

    /** Records what the sweep of the chunk at {@code p} found ({@link #FULL}, {@link #OLD}). */
    @NoAllocation(reason = "sweeper")
    static void setSwept(long p, boolean full, boolean old) {
        Mem.store64(map + (p << 3), (entry(p) & ~(FULL | OLD)) | (full ? FULL : 0) | (old ? OLD : 0));
    }

    @NoAllocation(reason = "allocator")
    static long length(long e) { return e >>> 36; }

    @NoAllocation(reason = "allocator")
    static long pageOf(long address) { return (address - base) >>> PAGE_SHIFT; }

    @NoAllocation(reason = "allocator")
    static long addressOf(long page) { return base + (page << PAGE_SHIFT); }

    @NoAllocation(reason = "conservative scanning")
    static boolean contains(long address) {
        return address >= base && address < base + (top << PAGE_SHIFT);
    }

    /**
     * Finds {@code n} free pages (first fit), marks them, commits them; page index or -1. A
     * chunk's run starts at a multiple of {@link #CHUNK_PAGES} (ChunkTable indexes by it).
     */
    @NoAllocation(reason = "allocator")
    static long allocRun(long n, int kind, int sizeClass) {
        if (kind == KIND_SMALL) return allocChunk(sizeClass);
        long p = firstFree;
        while (p + n <= pageCount) {
            long e = entry(p);
            if (kind(e) != KIND_FREE) {
                p += length(e) - offset(e);
                continue;
            }
            long q = p;
            while (q < p + n && kind(entry(q)) == KIND_FREE) q++;
            if (q == p + n) return claim(p, n, kind, sizeClass);
            p = q;
        }
        return -1;
    }

    /** The first free aligned run of {@link #CHUNK_PAGES} pages, claimed; -1 when there is none. */
    @NoAllocation(reason = "allocator")
    private static long allocChunk(int sizeClass) {
        long p = (firstFree > chunkHint ? firstFree + CHUNK_PAGES - 1 : chunkHint) & -CHUNK_PAGES;
        while (p + CHUNK_PAGES <= pageCount) {
            long e = entry(p);
            if (kind(e) != KIND_FREE) { // skip the run, to the next aligned page after it
                p = (p - offset(e) + length(e) + CHUNK_PAGES - 1) & -CHUNK_PAGES;
                continue;
            }
            long q = p;
            while (q < p + CHUNK_PAGES && kind(entry(q)) == KIND_FREE) q++;
            if (q == p + CHUNK_PAGES) {
                chunkHint = p + CHUNK_PAGES;
                ChunkTable.reset(p);
                return claim(p, CHUNK_PAGES, KIND_SMALL, sizeClass);
            }
            p = (q + CHUNK_PAGES - 1) & -CHUNK_PAGES; // (q is used: the next look skips its run)
        }
        chunkHint = p;
        return -1;
    }

    @NoAllocation(reason = "allocator")
    private static long claim(long p, long n, int kind, int sizeClass) {
        if (!PageSource.commit(addressOf(p), n << PAGE_SHIFT)) return -1;
        for (long i = 0; i < n; i++) {
            if (entry(p + i) == RETAINED) {
                retainedPages--;
                // A large object must read as zero (Heap.tryAllocate relies on it).
                if (kind == KIND_LARGE) Mem.zero(addressOf(p + i), PAGE);
            }
            Mem.store64(map + ((p + i) << 3), (n << 36) | (i << 8) | ((long) sizeClass << 2) | kind);
        }
        usedPages += n;
        if (p + n > top) top = p + n;
        if (p == firstFree) firstFree = p + n;
        return p;
    }

    /** Returns a run to the free pages; its memory stays committed ({@link #RETAINED}). */
    @NoAllocation(reason = "collector")
    static void freeRun(long p) {
        long n = length(entry(p));
        for (long i = 0; i < n; i++) Mem.store64(map + ((p + i) << 3), RETAINED);
        usedPages -= n;
        retainedPages += n;
        if (p < firstFree) firstFree = p;
        if (p < chunkHint) chunkHint = p & -CHUNK_PAGES;
    }

    /**
     * Gives retained pages back to the system, highest first, until at most {@code keep}
     * remain; then lowers {@link #top} past free pages at the end, so sweeps and
     * conservative range checks stop at the highest run.
     */
    @NoAllocation(reason = "collector")
    static void trim(long keep) {
        long p = top;
        while (retainedPages > keep && p > 0) {
            p--;
            if (entry(p) != RETAINED) continue;
            long end = p + 1; // [p, end) is a range of retained pages, extended downwards
            while (p > 0 && retainedPages - (end - p) > keep && entry(p - 1) == RETAINED) p--;
            for (long q = p; q < end; q++) Mem.store64(map + (q << 3), 0);
            retainedPages -= end - p;
            PageSource.decommit(addressOf(p), (end - p) << PAGE_SHIFT);
        }
        while (top > 0 && entry(top - 1) == 0) top--;
    }

    /**
     * The start of the object slot containing {@code address}, or 0 when the address is not
     * inside an allocated object (outside the heap, a free page, a free slot, or the unused
     * tail of a chunk). Allocated slots are exactly those whose class word is non-zero.
     */
    @NoAllocation(reason = "conservative scanning")
    static long objectContaining(long address) {
        if (!contains(address)) return 0;
        long page = pageOf(address);
        long e = entry(page);
        int k = kind(e);
        if (k == KIND_FREE) return 0;
        long start = addressOf(page - offset(e));
        long slot = start;
        if (k != KIND_LARGE) { // a chunk, swept or not
            long size = SizeClasses.sizeOf(sizeClass(e));
            long index = (address - start) / size;
            if (index >= slotsPerChunk(size)) return 0;
            slot = start + index * size;
        }
        return Mem.load64(slot) != 0 ? slot : 0;
    }
}
