package myos.rt;

/**
 * Per-thread free lists of small slots, so that most allocations take no lock and no
 * atomic instruction: each thread block holds one list head per size class, filled from the
 * global lists a few slots at a time under the heap lock. The slots in a thread's lists are
 * ordinary free slots (class word 0, poisoned in verification mode); the sweep finds them
 * again when it rebuilds the global lists from the chunks, which is why a collection first
 * empties the lists of every registered thread ({@link #clearAll}) — all of them are
 * stopped, and none is half-way through a pop (there are no safepoint polls in myos.rt).
 *
 * <p>MYOS_GC_STRESS counts allocations per thread ({@link Tb#STRESS_COUNT}), so stress mode
 * runs this path too.
 */
final class ThreadCache {
    private ThreadCache() {}

    /** A zeroed slot of class {@code sizeClass} from this thread's list, or 0 when it is empty. */
    @NoAllocation(reason = "the allocator")
    static long take(long tb, int sizeClass) {
        long head = tb + Tb.CACHE + 8L * sizeClass;
        long slot = Mem.load64(head);
        if (slot == 0) return 0;
        Mem.store64(head, Mem.load64(slot + 8));
        Heap.prepareSlot(slot, SizeClasses.sizeOf(sizeClass));
        return slot;
    }

    /** Moves up to a page worth of free slots of one class to this thread's list (heap lock held). */
    @NoAllocation(reason = "the allocator")
    static void refill(long tb, int sizeClass, long globalHead) {
        int size = SizeClasses.sizeOf(sizeClass);
        int want = 4096 / size;
        long first = Mem.load64(globalHead);
        if (first == 0 || want < 2) return;
        long last = first;
        int n = 1;
        while (n < want && Mem.load64(last + 8) != 0) {
            last = Mem.load64(last + 8);
            n++;
        }
        Mem.store64(globalHead, Mem.load64(last + 8));
        Mem.store64(last + 8, Mem.load64(tb + Tb.CACHE + 8L * sizeClass));
        Mem.store64(tb + Tb.CACHE + 8L * sizeClass, first);
        Heap.allocatedBytes += (long) n * size;
    }

    /** Before a sweep: forget every thread's slots (the sweep relinks them). */
    @NoAllocation(reason = "the collector")
    static void clearAll() {
        for (long tb = Threads.first(); tb != 0; tb = Mem.load64(tb + Tb.NEXT)) {
            for (int c = 0; c < SizeClasses.COUNT; c++) Mem.store64(tb + Tb.CACHE + 8L * c, 0);
            Mem.store32(tb + Tb.STRESS_COUNT, 0);
        }
    }
}
