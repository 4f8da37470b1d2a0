package myos.rt;

/**
 * Per-thread free lists of small slots, so that most allocations take no lock and no
 * atomic instruction: each thread block holds one list head per size class, filled from the
 * global lists under the heap lock. The slots in a thread's lists are ordinary free slots
 * (class word 0, poisoned in verification mode); the sweep finds them again when it
 * rebuilds the global lists from the chunks, which is why a collection first empties the
 * lists of every registered thread ({@link #clearAll}) — all of them are stopped, and none
 * is half-way through a pop (the allocator never parks: {@link Tb#NO_POLL}).
 *
 * <p>A refill moves a page's worth of slots; when the program has a single thread it moves
 * the whole global list at once (no walk), which makes the allocation path of
 * single-threaded programs a pop and a few stores. MYOS_GC_STRESS counts allocations per
 * thread ({@link Tb#STRESS_COUNT}), so stress mode runs this path too.
 *
 * <p>Compiled {@code new}/{@code newarray} do the same pop in C (the compiler's rt_impl.c
 * {@code rt_new_object}/{@code rt_new_array}, docs/abi.md "Allocation fast path") when
 * {@link Heap#inlineAllocation} allows: a change to the list layout, the accounting in
 * {@link Tb#ALLOCATED} or the zeroing here must be made there too.
 */
final class ThreadCache {
    private ThreadCache() {}

    /** A zeroed slot for {@code size} bytes (≤ MAX_SMALL) from this thread's list, or 0. */
    @NoAllocation(reason = "the allocator")
    static long take(long tb, int size) {
        int sizeClass = SizeClasses.classOf(size);
        long head = tb + Tb.CACHE + 8L * sizeClass;
        long slot = Mem.load64(head);
        if (slot == 0) return 0;
        Mem.store64(head, Mem.load64(slot + 8));
        int slotSize = SizeClasses.sizeOf(sizeClass);
        Mem.store64(tb + Tb.ALLOCATED, Mem.load64(tb + Tb.ALLOCATED) + slotSize);
        if (Heap.verify || slotSize > 128) {
            Heap.prepareSlot(slot, slotSize);
        } else {
            for (long w = 0; w < slotSize; w += 8) Mem.store64(slot + w, 0);
        }
        return slot;
    }

    /** Moves free slots of one class from the global list to this thread's (heap lock held). */
    @NoAllocation(reason = "the allocator")
    static void refill(long tb, int sizeClass, long globalHead) {
        long mine = tb + Tb.CACHE + 8L * sizeClass;
        long first = Mem.load64(globalHead);
        if (first == 0 || Mem.load64(mine) != 0) return;
        int size = SizeClasses.sizeOf(sizeClass);
        long n;
        long last = first;
        long registry = Threads.first();
        if (registry == 0 || Mem.load64(registry + Tb.NEXT) == 0) {
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

    /** Before a sweep: forget every thread's slots (the sweep relinks them). */
    @NoAllocation(reason = "the collector")
    static void clearAll() {
        for (long tb = Threads.first(); tb != 0; tb = Mem.load64(tb + Tb.NEXT)) {
            for (int c = 0; c < SizeClasses.COUNT; c++) Mem.store64(tb + Tb.CACHE + 8L * c, 0);
            Mem.store32(tb + Tb.STRESS_COUNT, 0);
            Heap.allocatedBytes += Mem.load64(tb + Tb.ALLOCATED); // (Heap.afterCollection weighs it)
            Mem.store64(tb + Tb.ALLOCATED, 0);
        }
    }
}
