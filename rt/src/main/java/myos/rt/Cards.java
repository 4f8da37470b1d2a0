package myos.rt;

/**
 * The card table of the generational mode (docs/abi.md "Write barrier"): one byte per
 * {@link #CARD}-byte card of address space, set to 1 by every store of a reference into a
 * heap object since the last collection, so that a young collection finds the old objects
 * that may point to young ones without tracing the old generation ({@link Collector}).
 *
 * <p>The table is {@code rt_cards} in the executable's .bss (rt_impl.c; pages are touched
 * only where cards are), indexed by bits {@link #SHIFT}..31 of the stored-to address: the
 * compiler's barrier after {@code putfield} of a reference and {@code aastore} is {@code
 * rt_cards[(uint32_t)address >> SHIFT] = 1} — a shift and a byte store, no branch, and any
 * address (an image object's field too) lands in the table. Addresses 4 GiB apart share a
 * card; that only makes a card dirty for more than one range, and a dirty card is scanned
 * for every heap range it stands for (the heap walk below visits each run by its own
 * address), so it costs time, never correctness. Runtime and library code that writes
 * references by other means (System.arraycopy) calls {@link #dirty}.
 *
 * <p>The kernel has no table ({@link #table} 0, aot emits no barrier): it would add 8 MiB to
 * the kernel image's .bss, which the boot loader maps and zeroes eagerly, and nothing there
 * was measured to need young collections; the kernel's heap collects fully every time.
 */
public final class Cards {
    private Cards() {}

    /** log2 of the card size; aot reads it from this class file for the barrier (RT_CARD_SHIFT). */
    static final int SHIFT = 9;
    static final long CARD = 1L << SHIFT;
    /** Cards in the table: one per card of a 4 GiB window. */
    static final long COUNT = 1L << (32 - SHIFT);

    /** Address of rt_cards, 0 when the build has no barrier (the kernel): set by {@link #init}. */
    static long table;

    @NoAllocation(reason = "heap initialisation")
    static void init() {
        table = Rt.cardTable();
    }

    @NoAllocation(reason = "the collector")
    static long indexOf(long address) {
        return (address & 0xFFFFFFFFL) >>> SHIFT;
    }

    /**
     * The write barrier for references stored by other means than putfield/aastore: dirties
     * every card of [address, address + bytes). Call it after the stores (a collection
     * between them and this call would otherwise clear the cards too early).
     */
    @NoAllocation(reason = "the write barrier")
    public static void dirty(long address, long bytes) {
        if (table == 0 || bytes <= 0) return;
        for (long c = address >>> SHIFT, last = (address + bytes - 1) >>> SHIFT; c <= last; c++) {
            Mem.store8(table + (c & (COUNT - 1)), (byte) 1);
        }
    }

    @NoAllocation(reason = "the collector")
    static boolean isDirty(long address) {
        return Mem.load8(table + indexOf(address)) != 0;
    }

    /** After a mark: every card of the heap clean again (world stopped). */
    @NoAllocation(reason = "the collector")
    static void clearHeap() {
        long from = PageMap.base, to = PageMap.base + (PageMap.top << PageMap.PAGE_SHIFT);
        if (table == 0 || to == from) return;
        if (to - from >= COUNT << SHIFT) {
            Mem.zero(table, COUNT);
            return;
        }
        long first = indexOf(from), last = indexOf(to - 1);
        if (first <= last) {
            Mem.zero(table + first, last - first + 1);
        } else { // the heap crosses a 4 GiB boundary: the index wraps
            Mem.zero(table + first, COUNT - first);
            Mem.zero(table, last + 1);
        }
    }

    /**
     * The young mark's extra roots: on every dirty card of the heap, the fields of the old
     * (marked) objects that lie on it. Runs before the roots are marked, so every marked
     * object is old here; young objects it reaches are marked and pushed ({@link Marker}).
     * Small objects are traced whole; a large reference array only in the dirty card's part.
     * Most dirty cards lie in chunks of young objects only (a constructor's stores into its
     * new object are barriered too); those chunks are skipped whole ({@link PageMap#OLD}).
     */
    @NoAllocation(reason = "the collector")
    static void markFromDirty() {
        for (long p = PageMap.nextRun(0), n; p < PageMap.top; p = PageMap.nextRun(p + n)) {
            long e = PageMap.entry(p);
            n = PageMap.length(e);
            long start = PageMap.addressOf(p);
            long end = start + (n << PageMap.PAGE_SHIFT);
            // A chunk whose last sweep found nothing live holds only young objects: skipped.
            if (PageMap.kind(e) != PageMap.KIND_LARGE && (e & PageMap.OLD) == 0) end = start;
            for (long card = start; card < end; card += CARD) {
                if (!isDirty(card)) continue;
                if (PageMap.kind(e) == PageMap.KIND_LARGE) markLarge(start, card);
                else markSlots(start, SizeClasses.sizeOf(PageMap.sizeClass(e)), card);
            }
        }
    }

    @NoAllocation(reason = "the collector")
    private static void markSlots(long chunk, long size, long card) {
        // The card's lines at once (a dirty card is rarely in the cache): their misses overlap.
        for (long line = card; line < card + CARD; line += 64) Mem.prefetch(line);
        long slots = PageMap.slotsPerChunk(size);
        long last = (card + CARD - 1 - chunk) / size;
        if (last >= slots) last = slots - 1;
        for (long i = (card - chunk) / size; i <= last; i++) {
            long o = chunk + i * size;
            if (Mem.load64(o) != 0 && Marker.isMarked(o)) Marker.traceFields(o);
        }
    }

    @NoAllocation(reason = "the collector")
    private static void markLarge(long o, long card) {
        if (!Marker.isMarked(o)) return;
        Class<?> c = (Class<?>) Mem.objectAt(Mem.load64(o));
        if ((c.flags() & Class.F_REF_ARRAY) == 0) {
            Marker.traceFields(o); // an instance (or primitive array): whole, at each dirty card
            return;
        }
        long from = o + 24, to = from + 8L * Mem.load32(o + 16);
        if (card > from) from = card;
        if (card + CARD < to) to = card + CARD;
        Marker.traceReferences(from, to);
    }
}
