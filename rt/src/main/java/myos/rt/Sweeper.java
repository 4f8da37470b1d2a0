package myos.rt;

/**
 * The sweep phase: every allocated slot that was not marked becomes free, marked ones lose
 * their mark bits for the next cycle. Free lists are rebuilt from scratch, chunk by chunk;
 * a chunk with no survivor and a large object that died go back to the page map (and their
 * memory to the system). A dead object that owned a monitor returns it to
 * {@link MonitorTable}. Runs with the world stopped.
 */
final class Sweeper {
    private Sweeper() {}

    @NoAllocation(reason = "the collector")
    static void sweep() {
        Heap.clearFreeLists();
        long live = 0;
        long p = 0;
        while (p < PageMap.top) {
            long e = PageMap.entry(p);
            if (e == 0) {
                p++;
                continue;
            }
            long n = PageMap.length(e);
            if (PageMap.kind(e) == PageMap.KIND_LARGE) {
                live += sweepLarge(p);
            } else {
                live += sweepChunk(p, PageMap.sizeClass(e));
            }
            p += n;
        }
        Heap.liveBytes = live;
        Heap.allocatedBytes = 0;
    }

    /** Bytes that stay live in the large object at page {@code p}. */
    @NoAllocation(reason = "the collector")
    private static long sweepLarge(long p) {
        long o = PageMap.addressOf(p);
        long meta = Mem.load64(o + 8);
        if ((meta & Marker.MARKED) != 0) {
            Mem.store64(o + 8, meta & ~(Marker.MARKED | Marker.SCANNED));
            return PageMap.length(PageMap.entry(p)) << PageMap.PAGE_SHIFT;
        }
        die(meta);
        PageMap.freeRun(p);
        return 0;
    }

    /** Bytes that stay live in the chunk at page {@code p}; rebuilds its part of the free list. */
    @NoAllocation(reason = "the collector")
    private static long sweepChunk(long p, int sizeClass) {
        long start = PageMap.addressOf(p);
        long size = SizeClasses.sizeOf(sizeClass);
        long end = start + (PageMap.CHUNK_PAGES * PageMap.PAGE) / size * size;
        long first = 0, last = 0, live = 0, free = 0;
        for (long s = end - size; s >= start; s -= size) {
            if (Mem.load64(s) != 0) {
                long meta = Mem.load64(s + 8);
                if ((meta & Marker.MARKED) != 0) {
                    Mem.store64(s + 8, meta & ~(Marker.MARKED | Marker.SCANNED));
                    live += size;
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
        if (live == 0) {
            PageMap.freeRun(p);
        } else if (first != 0) {
            Heap.addFreeList(sizeClass, first, last, free);
        }
        return live;
    }

    @NoAllocation(reason = "the collector")
    private static void die(long meta) {
        int monitor = (int) (meta >>> 32);
        if (monitor != 0) MonitorTable.reclaim(monitor);
    }
}
