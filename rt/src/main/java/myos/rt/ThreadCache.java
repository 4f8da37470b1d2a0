package myos.rt;

/**
 * Per-thread caches of small slots, so that most allocations take no lock and no atomic
 * instruction: each thread block holds one word per size class, filled under the heap lock.
 * The word is 0 (empty), a free-list head (even: a slot address), or a bump range (odd: the
 * address of the range's next slot minus 1, the last byte of the slot before it). A bump range is the rest of a new chunk
 * (Heap.newChunk), handed out in address order and cleared slot by slot; it ends where {@link #fits} says, so one word is
 * enough (the thread block has no room for a limit per class). The slots in a thread's
 * cache are ordinary free slots (class word 0, poisoned in verification mode); the sweep
 * finds them again when it rebuilds the global lists from the chunks, which is why a
 * collection first empties the cache of every registered thread ({@link #clearAll}) — all
 * of them are stopped, and none is half-way through an allocation (the allocator never
 * parks: {@link Tb#NO_POLL}).
 *
 * <p>A refill moves a page's worth of slots; when the program has a single thread it moves
 * the whole global list or bump range at once (no walk), which makes the allocation path of
 * single-threaded programs a pop or a bump and a few stores. With more threads a refill
 * from a bump range threads a page's worth of its slots into a list (a whole chunk per
 * thread and class would strand memory). MYOS_GC_STRESS counts allocations per thread
 * ({@link Tb#STRESS_COUNT}), so stress mode runs this path too.
 *
 * <p>Compiled {@code new}/{@code newarray} do the same pop in C (the compiler's rt_impl.c
 * {@code rt_new_object}/{@code rt_new_array}, docs/abi.md "Allocation fast path") when
 * {@link Heap#inlineAllocation} allows: a change to the list layout, the accounting in
 * {@link Tb#ALLOCATED} or the zeroing here must be made there too.
 */
final class ThreadCache {
    private ThreadCache() {}

    /** A zeroed slot for {@code size} bytes (≤ MAX_SMALL) from this thread's cache, or 0. */
    @NoAllocation(reason = "the allocator")
    static long take(long tb, int size) {
        int sizeClass = SizeClasses.classOf(size);
        long head = tb + Tb.CACHE + 8L * sizeClass;
        long w = Mem.load64(head);
        if (w == 0) return 0;
        int slotSize = SizeClasses.sizeOf(sizeClass);
        long slot;
        if ((w & 1) != 0) {
            slot = w + 1;
            if (!fits(slot, slotSize)) return 0;
            Mem.store64(head, w + slotSize);
        } else {
            slot = w;
            Mem.store64(head, Mem.load64(slot + 8));
        }
        if (Heap.verify || slotSize > 128) {
            Heap.prepareSlot(slot, slotSize);
        } else {
            for (long x = 0; x < slotSize; x += 8) Mem.store64(slot + x, 0);
        }
        Mem.store64(tb + Tb.ALLOCATED, Mem.load64(tb + Tb.ALLOCATED) + slotSize);
        return slot;
    }

    /**
     * Whether a slot of {@code size} bytes at {@code slot}, the next slot of a bump range,
     * lies within its chunk. Chunks are {@link ChunkTable#CHUNK_BYTES}-aligned and a range
     * never starts at its chunk's first slot (the allocator takes that one itself when it
     * makes the chunk, Heap.allocateSmall), so the byte before the slot is in the chunk and
     * its low address bits give the slot's offset: the slot fits when it ends by the chunk's
     * last whole slot. (The offset of the slot itself would read 0 both at a chunk's start
     * and at the end of a chunk that its slots fill exactly.) rt_impl.c's rt_take tests
     * the same bound on the thread's word, which is that previous byte's address, with a
     * table of limits the compiler computes (aot InlineAlloc).
     */
    @NoAllocation(reason = "the allocator")
    static boolean fits(long slot, long size) {
        return ((slot - 1) & (ChunkTable.CHUNK_BYTES - 1)) + 1 + size <= PageMap.slotsPerChunk(size) * size;
    }

    /** Whether this thread's word for class {@code sizeClass} holds no slot. */
    @NoAllocation(reason = "the allocator")
    private static boolean isEmpty(long w, int sizeClass) {
        return w == 0 || ((w & 1) != 0 && !fits(w + 1, SizeClasses.sizeOf(sizeClass)));
    }

    @NoAllocation(reason = "the allocator")
    private static boolean singleThread() {
        long registry = Threads.first();
        return registry == 0 || Mem.load64(registry + Tb.NEXT) == 0;
    }

    /** Moves free slots of one class from the global list to this thread's (heap lock held). */
    @NoAllocation(reason = "the allocator")
    static void refill(long tb, int sizeClass, long globalHead) {
        long mine = tb + Tb.CACHE + 8L * sizeClass;
        long first = Mem.load64(globalHead);
        if (first == 0 || !isEmpty(Mem.load64(mine), sizeClass)) return;
        int size = SizeClasses.sizeOf(sizeClass);
        long n;
        long last = first;
        if (singleThread()) {
            n = Heap.freeCount(sizeClass); // the only thread: take everything
            Mem.store64(globalHead, 0);
        } else {
            int want = 4096 / size;
            if (want < 2) return;
            n = 1;
            while (n < want && Mem.load64(last + 8) != 0) {
                last = Mem.load64(last + 8);
                n++;
            }
            Mem.store64(globalHead, Mem.load64(last + 8));
            Mem.store64(last + 8, 0);
        }
        Mem.store64(mine, first);
        Heap.addFreeCount(sizeClass, -n);
    }

    /**
     * Gives this thread slots of the class's global bump range, whose next slot is at
     * {@code globalBump} (0: none): the whole range when it is the only thread, else a page's
     * worth threaded into a list (heap lock held).
     */
    @NoAllocation(reason = "the allocator")
    static void refillBump(long tb, int sizeClass, long globalBump) {
        long mine = tb + Tb.CACHE + 8L * sizeClass;
        long cur = Mem.load64(globalBump);
        if (cur == 0 || !isEmpty(Mem.load64(mine), sizeClass)) return;
        if (singleThread()) {
            Mem.store64(mine, cur - 1);
            Mem.store64(globalBump, 0);
            return;
        }
        int size = SizeClasses.sizeOf(sizeClass);
        int want = 4096 / size;
        if (want < 2) return;
        long first = cur, last = cur;
        cur += size;
        for (int n = 1; n < want && fits(cur, size); n++) {
            Mem.store64(last, 0); // (a retained page's stale class word: Heap.newChunk)
            Mem.store64(last + 8, cur);
            last = cur;
            cur += size;
        }
        Mem.store64(last, 0);
        Mem.store64(last + 8, 0);
        Mem.store64(globalBump, fits(cur, size) ? cur : 0);
        Mem.store64(mine, first);
    }

    /**
     * Empties the cache of the thread at {@code tb}, after clearing the class words of the
     * untaken slots of its bump ranges ({@link Heap#retireBumpRange}); list slots already
     * read as free. Before a mark ({@link #clearAll}), and when a thread leaves the registry:
     * the collector no longer sees its block then, so its ranges must be retired at once
     * (it runs, so no collection is in progress). (Bump ranges go only to a program's only
     * thread, and only the main thread, which never leaves, can be that; this keeps the rule
     * local.)
     */
    @NoAllocation(reason = "thread exit")
    static void release(long tb) {
        for (int c = 0; c < SizeClasses.COUNT; c++) {
            long w = Mem.load64(tb + Tb.CACHE + 8L * c);
            if ((w & 1) != 0) Heap.retireBumpRange(w + 1, SizeClasses.sizeOf(c));
            Mem.store64(tb + Tb.CACHE + 8L * c, 0);
        }
    }

    /**
     * Before a mark: forget every thread's slots (the sweep relinks them), after clearing the
     * class words of the untaken slots of bump ranges (Heap.retireBumpRange), the threads'
     * and the global ones.
     */
    @NoAllocation(reason = "the collector")
    static void clearAll() {
        Heap.retireBumpRanges();
        for (long tb = Threads.first(); tb != 0; tb = Mem.load64(tb + Tb.NEXT)) {
            release(tb);
            Mem.store32(tb + Tb.STRESS_COUNT, 0);
            Heap.allocatedBytes += Mem.load64(tb + Tb.ALLOCATED); // (Heap.afterCollection weighs it)
            Mem.store64(tb + Tb.ALLOCATED, 0);
        }
    }
}
