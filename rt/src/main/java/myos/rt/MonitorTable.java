package myos.rt;

/**
 * Storage for monitors: records of {@link #RECORD} bytes in one reserved range outside the
 * heap, named by index (the index lives in the high 32 bits of an object's meta word,
 * docs/abi.md; 0 means "no monitor yet"). Memory is committed a page at a time as the
 * table grows. Records of objects the collector found dead come back through
 * {@link #reclaim} (called by the sweeper with the world stopped) onto a separate list that
 * is pushed and taken with compare-and-swap, so the sweeper never needs the table's lock.
 *
 * <p>Record layout: lock word (int at 0, a {@link RawLock}), recursion count (int at 4),
 * owner's thread block (long at 8), wait generation (int at 16: a futex word that notify
 * bumps), next free index (int at 24).
 */
final class MonitorTable {
    private MonitorTable() {}

    static final int RECORD = 32;
    static final int LOCK = 0, COUNT = 4, OWNER = 8, GENERATION = 16, NEXT_FREE = 24;
    private static final int MAX_MONITORS = 1 << 22;

    private static long base;
    /** Raw words: table lock (int at 0), next never-used index (int at 4), free list (int at 8), reclaimed list (long at 16). */
    private static long words;
    private static final int TABLE_LOCK = 0, NEXT_UNUSED = 4, FREE = 8, RECLAIMED = 16;
    private static long committedEnd;

    @NoAllocation(reason = "heap initialisation")
    static boolean init() {
        base = PageSource.reserve((long) MAX_MONITORS * RECORD);
        words = PageSource.reserve(PageMap.PAGE);
        if (base == 0 || words == 0 || !PageSource.commit(words, PageMap.PAGE)) return false;
        committedEnd = base;
        Mem.storeVolatile32(words + NEXT_UNUSED, 1);
        return true;
    }

    @NoAllocation(reason = "monitor enter")
    static long record(int index) {
        return base + (long) index * RECORD;
    }

    /** A fresh, zeroed monitor record's index, or 0 when the table is full. */
    @NoAllocation(reason = "monitor enter must not allocate")
    static int allocate() {
        RawLock.lock(words + TABLE_LOCK);
        int index = Mem.loadVolatile32(words + FREE);
        if (index == 0) {
            index = takeReclaimed();
        }
        if (index != 0) {
            Mem.storeVolatile32(words + FREE, Mem.loadVolatile32(record(index) + NEXT_FREE));
        } else {
            index = fresh();
        }
        RawLock.unlock(words + TABLE_LOCK);
        if (index != 0) Mem.zero(record(index), RECORD);
        return index;
    }

    /** Moves the whole reclaimed list to the free list; returns its head. */
    @NoAllocation(reason = "monitor enter")
    private static int takeReclaimed() {
        long address = words + RECLAIMED;
        long head;
        do {
            head = Mem.loadVolatile64(address);
        } while (head != 0 && !Mem.cas64(address, head, 0));
        Mem.storeVolatile32(words + FREE, (int) head);
        return (int) head;
    }

    @NoAllocation(reason = "monitor enter")
    private static int fresh() {
        int index = Mem.loadVolatile32(words + NEXT_UNUSED);
        if (index >= MAX_MONITORS) return 0;
        long end = record(index) + RECORD;
        if (end > committedEnd) {
            if (!PageSource.commit(committedEnd, PageMap.PAGE)) return 0;
            committedEnd += PageMap.PAGE;
        }
        Mem.storeVolatile32(words + NEXT_UNUSED, index + 1);
        return index;
    }

    /** Gives back a record that lost the race to install itself in an object header. */
    @NoAllocation(reason = "monitor enter")
    static void release(int index) {
        reclaim(index);
    }

    /** The sweeper found the owner object dead: its monitor can be reused. */
    @NoAllocation(reason = "the collector")
    static void reclaim(int index) {
        long address = words + RECLAIMED;
        long head;
        do {
            head = Mem.loadVolatile64(address);
            Mem.storeVolatile32(record(index) + NEXT_FREE, (int) head);
        } while (!Mem.cas64(address, head, index));
    }
}
