package myos.kernel.mm;

import myos.rt.NoAllocation;

/**
 * One 4-level x86-64 page-table hierarchy (Intel SDM Vol. 3A §4.5, "4-Level Paging"),
 * built in physical frames from a {@link FrameSource} and edited through
 * {@link PhysicalMemory}, so the same code builds the kernel's tables at boot, a
 * process's address space later, and simulated tables in JUnit.
 *
 * <p>Permissions: the processor ANDs R/W and U/S over all levels and ORs XD (SDM Vol. 3A
 * §4.6.1), so intermediate entries are made permissive (P, RW, and US when anything
 * below is a user page) and each leaf carries the real permissions.
 */
public final class PageTable {
    public static final long P = 1L;
    public static final long RW = 1L << 1;
    public static final long US = 1L << 2;
    public static final long PWT = 1L << 3;
    public static final long PCD = 1L << 4;
    public static final long ACCESSED = 1L << 5;
    public static final long DIRTY = 1L << 6;
    /** Page size: a 2 MiB leaf in a PD entry, 1 GiB in a PDPT entry (SDM Table 4-17/4-15). */
    public static final long PS = 1L << 7;
    public static final long GLOBAL = 1L << 8;
    /** Execute-disable; only valid with IA32_EFER.NXE = 1, else a reserved bit. */
    public static final long NX = 1L << 63;
    /** Physical-address bits 12..51 of an entry (MAXPHYADDR ≤ 52). */
    public static final long ADDR_MASK = 0x000ffffffffff000L;

    private static final long PAGE = Layout.PAGE_SIZE;
    private static final long LARGE = Layout.LARGE_PAGE_SIZE;
    private static final long TABLE_FLAGS = P | RW;

    private final PhysicalMemory mem;
    private final FrameSource frames;
    private final long root;

    /** A new, empty hierarchy; throws if not even the PML4 frame is available. */
    public PageTable(PhysicalMemory mem, FrameSource frames) {
        this.mem = mem;
        this.frames = frames;
        root = frames.allocZeroedFrame();
        if (root == 0) throw new IllegalStateException("no frame for a PML4");
    }

    /** The PML4's physical address: the value for CR3. */
    public long root() {
        return root;
    }

    /** PML4 entry {@code slot} (0..511). */
    public long topLevel(int slot) {
        return mem.load64(root + 8L * slot);
    }

    /** Sets PML4 entry {@code slot}: used to share a subtree owned by someone else (the heap's). */
    public void setTopLevel(int slot, long entry) {
        mem.store64(root + 8L * slot, entry);
    }

    /**
     * Copies the upper-half PML4 entries (256..511) of {@code kernel}, so this address space
     * sees the kernel exactly as every other one does. Kernel subtrees are created at boot,
     * before any user address space, so later kernel mappings land in shared tables.
     */
    public void shareKernelHalf(PageTable kernel) {
        for (int slot = 256; slot < 512; slot++) setTopLevel(slot, kernel.topLevel(slot));
    }

    private static int index(long va, int level) {
        return (int) ((va >>> (12 + 9 * level)) & 511);
    }

    /**
     * The address of the entry for {@code va} at {@code level} (0 = PT, 1 = PD, 2 = PDPT),
     * creating missing tables on the way down; 0 when a frame is missing or a large page
     * is in the way.
     */
    @NoAllocation(reason = "runs in the page-fault handler (demand paging)")
    private long walkCreate(long va, int level, boolean user) {
        long table = root;
        for (int l = 3; l > level; l--) {
            long slot = table + 8L * index(va, l);
            long e = mem.load64(slot);
            if ((e & P) == 0) {
                long t = frames.allocZeroedFrame();
                if (t == 0) return 0;
                e = t | TABLE_FLAGS | (user ? US : 0);
                mem.store64(slot, e);
            } else if ((e & PS) != 0) {
                return 0;
            } else if (user && (e & US) == 0) {
                e |= US;
                mem.store64(slot, e);
            }
            table = e & ADDR_MASK;
        }
        return table + 8L * index(va, level);
    }

    /** Maps the 4 KiB page at {@code va} to {@code pa}; false if out of frames or a large page covers it. */
    @NoAllocation(reason = "runs in the page-fault handler (demand paging)")
    public boolean map(long va, long pa, long flags) {
        long slot = walkCreate(va, 0, (flags & US) != 0);
        if (slot == 0) return false;
        mem.store64(slot, (pa & ADDR_MASK) | (flags & ~ADDR_MASK & ~PS) | P);
        return true;
    }

    /** Maps the 2 MiB page at {@code va} (both addresses 2 MiB-aligned); false if a 4 KiB table is in the way. */
    public boolean mapLarge(long va, long pa, long flags) {
        if (((va | pa) & (LARGE - 1)) != 0) throw new IllegalArgumentException("unaligned large page");
        long slot = walkCreate(va, 1, (flags & US) != 0);
        if (slot == 0) return false;
        long old = mem.load64(slot);
        if ((old & P) != 0 && (old & PS) == 0) return false;
        mem.store64(slot, (pa & ADDR_MASK) | (flags & ~ADDR_MASK) | PS | P);
        return true;
    }

    /**
     * The leaf entry that maps {@code va} (a PT entry, or a PD/PDPT entry with PS), or 0 if
     * unmapped.
     */
    @NoAllocation(reason = "used by the page-fault handler")
    public long leaf(long va) {
        long table = root;
        for (int l = 3; l >= 0; l--) {
            long e = mem.load64(table + 8L * index(va, l));
            if ((e & P) == 0) return 0;
            if (l == 0 || (l <= 2 && (e & PS) != 0)) return e;
            table = e & ADDR_MASK;
        }
        return 0;
    }

    /** The physical address {@code va} translates to, or -1 if it is not mapped. */
    @NoAllocation(reason = "used by the page-fault handler")
    public long translate(long va) {
        long table = root;
        for (int l = 3; l >= 0; l--) {
            long e = mem.load64(table + 8L * index(va, l));
            if ((e & P) == 0) return -1;
            if (l == 0 || (l <= 2 && (e & PS) != 0)) {
                long size = 1L << (12 + 9 * l);
                return (e & ADDR_MASK & -size) | (va & (size - 1));
            }
            table = e & ADDR_MASK;
        }
        return -1;
    }

    /**
     * Removes the 4 KiB mapping of {@code va}; returns the physical address it mapped, or
     * -1 if there was none. The caller flushes the TLB (invlpg) and frees the frame.
     */
    @NoAllocation(reason = "unmap runs with the address-space lock held")
    public long unmap(long va) {
        long table = root;
        for (int l = 3; l > 0; l--) {
            long e = mem.load64(table + 8L * index(va, l));
            if ((e & P) == 0 || (e & PS) != 0) return -1;
            table = e & ADDR_MASK;
        }
        long slot = table + 8L * index(va, 0);
        long e = mem.load64(slot);
        if ((e & P) == 0) return -1;
        mem.store64(slot, 0);
        return e & ADDR_MASK;
    }
}
