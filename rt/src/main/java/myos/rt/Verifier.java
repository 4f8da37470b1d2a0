package myos.rt;

/**
 * Heap verification (MYOS_GC_VERIFY=1), run after every mark with the world still stopped,
 * before anything is swept: every allocated object must have a class word that is a {@code
 * java.lang.Class} in the image and a valid mark state (0 "new", or an epoch: Marker), and
 * every reference field of a marked object must be null, an image object, or the start of
 * an allocated heap object that is marked too — exactly what the sweep relies on to free
 * only garbage; and every chunk's live count ({@link ChunkTable}) must be the number of its
 * marked objects, which is what lets the sweep free or keep a chunk without reading it. Before a young mark ({@link #verifyCards}) it checks what the young mark
 * relies on instead: every reference from an old (marked) object to a young one lies on a
 * dirty card ({@link Cards}) — a store that missed the write barrier shows up here, at the
 * collection after it, even when the young object is also reachable otherwise.
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
    /** Which check the heap walk makes: after a mark (false) or the cards before a young mark. */
    private static boolean cards;

    /** After a mark (see the class comment). */
    @NoAllocation(reason = "the collector")
    static void verify() {
        begin(false);
        // The image can be megabytes: check it at the first verification and every 16th
        // (a violation persists, so it is still found, a few collections later at worst).
        if ((Heap.collections & 15) == 0) checkImage();
        walkHeap();
    }

    /** Before a young mark: old-to-young references lie on dirty cards. */
    @NoAllocation(reason = "the collector")
    static void verifyCards() {
        begin(true);
        walkHeap();
    }

    @NoAllocation(reason = "the collector")
    private static void begin(boolean checkCards) {
        classClass = Mem.addressOf(Class.class);
        imageStart = Rt.imageStart();
        imageEnd = Rt.imageEnd();
        checked = 0;
        cards = checkCards;
    }

    @NoAllocation(reason = "the collector")
    private static void walkHeap() {
        for (long p = PageMap.nextRun(0); p < PageMap.top; p = PageMap.nextRun(p + PageMap.length(PageMap.entry(p)))) {
            long e = PageMap.entry(p), start = PageMap.addressOf(p);
            if (PageMap.kind(e) == PageMap.KIND_LARGE) {
                checkObject(start, true);
            } else {
                long size = SizeClasses.sizeOf(PageMap.sizeClass(e));
                long end = start + PageMap.slotsPerChunk(size) * size;
                long marked = 0;
                for (long s = start; s < end; s += size) {
                    checkObject(s, false);
                    if (Mem.load64(s) != 0 && Marker.isMarked(s)) marked++;
                }
                if (!cards && marked != ChunkTable.live(p)) fail(start, 0, "the chunk's live count is not its number of marked objects");
                if (!cards && (start & (ChunkTable.CHUNK_BYTES - 1)) != 0) fail(start, 0, "chunk not aligned");
            }
        }
    }

    /**
     * Before the sweep gives back the chunk at page {@code p} without reading it (its live
     * count is 0 and its monitor flag clear, {@link ChunkTable}): no object in it is marked
     * or owns a monitor (whose record would never be returned).
     */
    @NoAllocation(reason = "the collector")
    static void checkDeadChunk(long p) {
        long start = PageMap.addressOf(p);
        long size = SizeClasses.sizeOf(PageMap.sizeClass(PageMap.entry(p)));
        long end = start + PageMap.slotsPerChunk(size) * size;
        for (long s = start; s < end; s += size) {
            if (Mem.load64(s) == 0) continue;
            if (Marker.isMarked(s)) fail(s, 8, "a marked object in a chunk freed whole");
            if ((Mem.load64(s + 8) >>> 32) != 0) fail(s, 8, "a monitor in a chunk without the monitor flag");
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
        long state = Mem.load64(o + 8) & Marker.MARK_BITS;
        if (state == 3 || (cards && state != 0 && state != Marker.epoch)) fail(o, 8, "invalid mark state");
        if (state != Marker.epoch) return; // unmarked (garbage after a mark; young before one): fields not checked
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
        if (cards) {
            if (!Marker.isMarked(r) && !Cards.isDirty(o + offset)) fail(o, offset, "old-to-young reference on a clean card (no write barrier)");
        } else if (!Marker.isMarked(r)) {
            fail(o, offset, "a marked object references an unmarked one");
        }
    }

    @NoAllocation(reason = "the collector")
    private static void fail(long o, long offset, String what) {
        Log.str("myos: heap verification failed at collection ");
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
