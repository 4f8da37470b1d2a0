package myos.rt;

/**
 * What the collector knows about each chunk without reading its slots: how many of its
 * objects are marked, and whether any object in it may own a monitor. Chunks start on
 * {@link #CHUNK_BYTES}-aligned addresses ({@link PageMap#allocRun}), so the table is indexed
 * by {@code (address - PageMap.base) >>> CHUNK_SHIFT}, one int and one byte per 256 KiB of
 * heap address space, outside the heap.
 *
 * <p>The count is sticky like the mark bits ({@link Marker}): a full mark starts every
 * count from zero, a young mark adds the young objects it marks to what the earlier marks
 * left (an old object stays marked and counted until the next full mark), so after any mark
 * a chunk's count is the number of its objects that read as marked. A chunk whose count is
 * zero is entirely garbage and a chunk whose count is its slot count is entirely live: the
 * sweep then neither reads nor writes its slots ({@link Sweeper#start}). A large object
 * also adds to the count of the region it starts in; no chunk shares that region (a chunk
 * fills its region), and a chunk's count is reset when the chunk is made ({@link #reset}).
 *
 * <p>The monitor flag: a dead object that owns a monitor must give it back ({@link
 * MonitorTable#reclaim}), which needs its meta word, so a chunk whose flag is set is always
 * swept slot by slot. {@link Monitor} sets the flag before it installs a record in an
 * object's meta word (a flag set for nothing costs a walk, never correctness); only the
 * making of a chunk clears it. The collector and the heap lock's holder use the counts;
 * any thread may set a flag (a plain byte store: no other field shares the byte).
 */
final class ChunkTable {
    private ChunkTable() {}

    static final int CHUNK_SHIFT = 18;
    static final long CHUNK_BYTES = 1L << CHUNK_SHIFT;

    /** Address of the counts (one int per chunk region), of the flags (one byte per region). */
    private static long counts, flags;
    private static long regions;

    @NoAllocation(reason = "heap initialisation")
    static boolean init(long heapBytes) {
        regions = (heapBytes + CHUNK_BYTES - 1) >>> CHUNK_SHIFT;
        long bytes = regions * 5;
        counts = PageSource.reserve(bytes);
        if (counts == 0 || !PageSource.commit(counts, (bytes + PageMap.PAGE - 1) & -PageMap.PAGE)) return false;
        flags = counts + regions * 4;
        return true;
    }

    @NoAllocation(reason = "the collector")
    private static long region(long address) {
        return (address - PageMap.base) >>> CHUNK_SHIFT;
    }

    /** The region of the chunk whose first page is {@code p} (chunks start on region boundaries). */
    @NoAllocation(reason = "the collector")
    private static long regionOfPage(long p) {
        return p >>> (CHUNK_SHIFT - PageMap.PAGE_SHIFT);
    }

    /** The marker marked the heap object at {@code o}. */
    @NoAllocation(reason = "the collector")
    static void addLive(long o) {
        long c = counts + (region(o) << 2);
        Mem.store32(c, Mem.load32(c) + 1);
    }

    /** Objects marked in the chunk whose first page is {@code p}. */
    @NoAllocation(reason = "the collector")
    static int live(long p) {
        return Mem.load32(counts + (regionOfPage(p) << 2));
    }

    /** Before a full mark: every count from zero (the regions below the heap's top). */
    @NoAllocation(reason = "the collector")
    static void clearLive() {
        Mem.zero(counts, regionOfPage(PageMap.top + PageMap.CHUNK_PAGES - 1) << 2);
    }

    /** The object at heap address {@code o} is getting a monitor. */
    @NoAllocation(reason = "monitor enter")
    static void noteMonitor(long o) {
        Mem.store8(flags + region(o), (byte) 1);
    }

    /** Whether an object of the chunk whose first page is {@code p} may own a monitor. */
    @NoAllocation(reason = "the collector")
    static boolean hasMonitor(long p) {
        return Mem.load8(flags + regionOfPage(p)) != 0;
    }

    /** A chunk is being made at page {@code p} (heap lock held): nothing in it is live or locked. */
    @NoAllocation(reason = "the allocator")
    static void reset(long p) {
        Mem.store32(counts + (regionOfPage(p) << 2), 0);
        Mem.store8(flags + regionOfPage(p), (byte) 0);
    }
}
