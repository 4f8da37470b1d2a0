package myos.rt;

/**
 * The heap's address range and what each of its 4 KiB pages holds. The heap is one range
 * reserved once from {@link PageSource} (so "is this word a heap address" is two compares);
 * it is handed out in runs of pages: a run is either a chunk of small objects of one size
 * class ({@link #CHUNK_PAGES} pages) or one large object. Every page of a run has a map entry
 * (one long, outside the heap) that names the run's kind, size class, length and the page's
 * distance from the run's first page, so an interior pointer finds its object in O(1).
 *
 * <p>Entry layout: bits 0-1 kind (0 free, 1 small chunk, 2 large object), bits 2-7 size
 * class, bits 8-35 distance from the run's first page, bits 36-63 run length in pages.
 * Free pages are 0; runs are found first-fit from the lowest page that may be free, skipping
 * used runs by their length. Only the
 * heap lock's holder (or the collector, with the world stopped) calls this class.
 */
final class PageMap {
    private PageMap() {}

    static final int PAGE_SHIFT = 12;
    static final long PAGE = 1L << PAGE_SHIFT;
    /** A small-object chunk: 256 KiB. */
    static final int CHUNK_PAGES = 64;
    static final int KIND_FREE = 0, KIND_SMALL = 1, KIND_LARGE = 2;

    /** First heap address, number of reserved pages, address of the entry array. */
    static long base, pageCount, map;
    /** Pages below this index have been used at least once (the sweep stops there). */
    static long top;
    /** Pages currently in runs. */
    static long usedPages;
    /** Every page below this index is in a run: first-fit searches start here. */
    private static long firstFree;

    @NoAllocation(reason = "heap initialisation")
    static boolean init(long maxBytes) {
        pageCount = (maxBytes + PAGE - 1) >>> PAGE_SHIFT;
        map = PageSource.reserve(pageCount * 8);
        base = PageSource.reserve(pageCount << PAGE_SHIFT);
        if (map == 0 || base == 0) return false;
        return PageSource.commit(map, pageCount * 8);
    }

    @NoAllocation(reason = "allocator")
    static long entry(long page) {
        return Mem.load64(map + (page << 3));
    }

    @NoAllocation(reason = "allocator")
    static int kind(long e) { return (int) e & 3; }

    @NoAllocation(reason = "allocator")
    static int sizeClass(long e) { return (int) (e >>> 2) & 63; }

    @NoAllocation(reason = "allocator")
    static long offset(long e) { return (e >>> 8) & 0xFFFFFFFL; }

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

    /** Finds {@code n} free pages (first fit), marks them, commits them; page index or -1. */
    @NoAllocation(reason = "allocator")
    static long allocRun(long n, int kind, int sizeClass) {
        long p = firstFree;
        while (p + n <= pageCount) {
            long e = entry(p);
            if (e != 0) {
                p += length(e) - offset(e);
                continue;
            }
            long q = p;
            while (q < p + n && entry(q) == 0) q++;
            if (q == p + n) return claim(p, n, kind, sizeClass);
            p = q;
        }
        return -1;
    }

    @NoAllocation(reason = "allocator")
    private static long claim(long p, long n, int kind, int sizeClass) {
        if (!PageSource.commit(addressOf(p), n << PAGE_SHIFT)) return -1;
        for (long i = 0; i < n; i++) {
            Mem.store64(map + ((p + i) << 3), (n << 36) | (i << 8) | ((long) sizeClass << 2) | kind);
        }
        usedPages += n;
        if (p + n > top) top = p + n;
        if (p == firstFree) firstFree = p + n;
        return p;
    }

    /** Returns a run to the free pages and its memory to the system. */
    @NoAllocation(reason = "collector")
    static void freeRun(long p) {
        long n = length(entry(p));
        for (long i = 0; i < n; i++) Mem.store64(map + ((p + i) << 3), 0);
        usedPages -= n;
        if (p < firstFree) firstFree = p;
        PageSource.decommit(addressOf(p), n << PAGE_SHIFT);
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
        if (k == KIND_SMALL) {
            long size = SizeClasses.sizeOf(sizeClass(e));
            long index = (address - start) / size;
            if (index >= (CHUNK_PAGES * PAGE) / size) return 0;
            slot = start + index * size;
        }
        return Mem.load64(slot) != 0 ? slot : 0;
    }
}
