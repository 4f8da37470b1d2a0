package myos.rt;

/**
 * Heap verification (MYOS_GC_VERIFY=1), run after every mark with the world still stopped,
 * before anything is swept: every allocated object must have a class word that is a {@code
 * java.lang.Class} in the image and both mark bits alike (an object marked this cycle was
 * also traced; any other object has the previous cycle's sense), and every reference field
 * of a marked object must be null, an image object, or the start of an allocated heap
 * object that is marked too — exactly what the sweep relies on to free only garbage.
 * Together with the poison the allocator checks in freed slots, this catches a
 * freed-but-reachable object at the collection that would free it rather than as a crash
 * much later. A failure prints what was found where and
 * aborts (a core dump and gdb show the rest).
 *
 * <p>It also checks the ABI rule the collector relies on without scanning the image: no word
 * of the image (classes, literals, build-time objects) may hold the address of a heap object,
 * because the image is not a root — except the reference slots of objects made by build-time
 * initialisation, which the compiler lists in the static root table. A random non-reference
 * word equal to the exact start of an allocated object is practically impossible, so a hit
 * is reported as the bug it is.
 */
final class Verifier {
    private Verifier() {}

    private static long classClass, imageStart, imageEnd;
    private static long checked;

    @NoAllocation(reason = "the collector")
    static void verify() {
        classClass = Mem.addressOf(Class.class);
        imageStart = Rt.imageStart();
        imageEnd = Rt.imageEnd();
        checked = 0;
        // The image can be megabytes: check it at the first verification and every 16th
        // (a violation persists, so it is still found, a few collections later at worst).
        if ((Heap.collections & 15) == 0) checkImage();
        long p = 0;
        while (p < PageMap.top) {
            long e = PageMap.entry(p);
            if (PageMap.kind(e) == PageMap.KIND_FREE) {
                p++;
                continue;
            }
            long start = PageMap.addressOf(p);
            if (PageMap.kind(e) == PageMap.KIND_LARGE) {
                checkObject(start, true);
            } else {
                long size = SizeClasses.sizeOf(PageMap.sizeClass(e));
                long end = start + (PageMap.CHUNK_PAGES * PageMap.PAGE) / size * size;
                for (long s = start; s < end; s += size) checkObject(s, false);
            }
            p += PageMap.length(e);
        }
    }

    @NoAllocation(reason = "the collector")
    private static void checkImage() {
        long low = PageMap.base, high = PageMap.base + (PageMap.top << PageMap.PAGE_SHIFT);
        for (long a = (imageStart + 7) & -8L; a < imageEnd; a += 8) {
            long w = Mem.load64(a);
            if (w >= low && w < high && PageMap.objectContaining(w) == w && !isStaticRoot(a)) fail(a, 0, "an image object points into the heap");
        }
    }

    /** Whether the word at {@code a} is in the static root table (linear: asked only for image words that hold heap references). */
    @NoAllocation(reason = "the collector")
    private static boolean isStaticRoot(long a) {
        long roots = Rt.staticRoots();
        for (int i = 0, n = Rt.staticRootCount(); i < n; i++) if (Mem.load64(roots + 8L * i) == a) return true;
        return false;
    }

    @NoAllocation(reason = "the collector")
    private static void checkObject(long o, boolean large) {
        long cls = Mem.load64(o);
        if (cls == 0) {
            if (large) fail(o, 0, "large object run without an object");
            return;
        }
        checked++;
        if (cls < imageStart || cls >= imageEnd || Mem.load64(cls) != classClass) fail(o, 0, "class word is not a Class");
        long bits = Mem.load64(o + 8) & (Marker.MARKED | Marker.SCANNED);
        if (bits != (Marker.sense ^ 1) * 3) {
            if (bits != Marker.sense * 3) fail(o, 8, "mark bits disagree (marked but not traced, or stale)");
        } else {
            return; // unmarked: garbage the sweep will free, its fields are not checked
        }
        Class<?> c = (Class<?>) Mem.objectAt(cls);
        int flags = c.flags();
        if ((flags & Class.F_ARRAY) != 0) {
            if ((flags & Class.F_REF_ARRAY) == 0) return;
            int length = Mem.load32(o + 16);
            for (int i = 0; i < length; i++) checkReference(o, 24 + 8L * i);
            return;
        }
        long offsets = Mem.addressOf(c.refOffsets());
        if (offsets == 0) return;
        int n = Mem.load32(offsets + 16);
        for (int i = 0; i < n; i++) checkReference(o, Mem.load32(offsets + 24 + 4L * i));
    }

    @NoAllocation(reason = "the collector")
    private static void checkReference(long o, long offset) {
        long r = Mem.load64(o + offset);
        if (r == 0 || (r >= imageStart && r < imageEnd)) return;
        if (PageMap.objectContaining(r) != r) fail(o, offset, "reference to a freed or non-object address");
        if (!Marker.isMarked(r)) fail(o, offset, "a marked object references an unmarked one");
    }

    @NoAllocation(reason = "the collector")
    private static void fail(long o, long offset, String what) {
        Log.str("myos: heap verification failed after collection ");
        Log.dec(Heap.collections + 1);
        Log.str(": object ");
        Log.hex(o);
        Log.str(" (class word ");
        Log.hex(Mem.load64(o));
        Log.str(") offset ");
        Log.dec(offset);
        Log.str(" value ");
        Log.hex(Mem.load64(o + offset));
        Log.str(": ");
        Log.line(what);
        Rt.abort();
    }
}
