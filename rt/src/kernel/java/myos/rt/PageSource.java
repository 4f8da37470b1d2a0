package myos.rt;

/**
 * Where the collector's memory comes from, kernel flavour: frames mapped into the heap's
 * own region of the kernel address space. Same three methods and contract as the
 * linux-user flavour (rt/src/linux/java/myos/rt/PageSource.java): reserve address space,
 * commit before touching, committed memory reads as zero, decommit gives it back.
 *
 * <p><b>Address space.</b> The heap region is PML4 slot 384 ({@link #HEAP_BASE}); reserve is
 * a bump pointer in it. Its page-table subtree belongs to this class alone; the kernel copies
 * the PML4 entry into every address space it builds (docs/abi.md, "Kernel target").
 *
 * <p><b>Frames.</b> A pool shared with the kernel through the boot-info block: a LIFO list
 * linked through the first word of each free frame, a count and a spin lock, and behind the
 * list a contiguous range handed out by bump (so the kernel can grant the heap its share
 * in O(1) at boot). It starts with the frames of the image's heap arena (kernel.ld
 * {@code .heap_arena}), because the heap exists before the kernel's frame allocator; the
 * kernel adds the range once that allocator runs. Decommitted frames go back to the pool. Nothing here allocates: it runs inside the
 * allocator and the collector.
 *
 * <p>Page tables are edited through the direct map (SDM Vol. 3A §4.5): intermediate entries
 * P|RW, leaves P|RW|G and XD when EFER.NXE is on. The TLB entry of an unmapped page is
 * flushed with invlpg; other CPUs are parked, so no shootdown is needed yet.
 */
public final class PageSource {
    private PageSource() {}

    public static final long PAGE = 4096;
    static final long HEAP_BASE = 0xffffc00000000000L;
    static final long HEAP_LIMIT = HEAP_BASE + (1L << 39);      // one PML4 slot: 512 GiB

    private static final long P = 1, RW = 2, GLOBAL = 1L << 8, NX = 1L << 63;
    private static final long ADDR_MASK = 0x000ffffffffff000L;
    private static final int MSR_EFER = 0xc0000080;
    private static final long RFLAGS_IF = 1L << 9;
    private static final long EFER_NXE = 1L << 11;

    /** Next free heap address; 0 until {@link #init} (no static initialiser: no class-init check). */
    private static long next;
    private static long leafFlags;

    /** Puts the image's arena frames into the pool. Called once by Start before Heap.init. */
    @NoAllocation(reason = "runs before the heap exists")
    static void init() {
        next = HEAP_BASE;
        leafFlags = P | RW | GLOBAL | ((Cpu.rdmsr(MSR_EFER) & EFER_NXE) != 0 ? NX : 0);
        long start = KernelInfo.get(KernelInfo.HEAP_ARENA);
        long end = KernelInfo.get(KernelInfo.HEAP_ARENA_END);
        for (long va = start; va < end; va += PAGE) give(va - KernelInfo.KERNEL_VMA);
    }

    /** Reserves {@code bytes} (rounded up to pages) of heap address space; 0 when the region is full. */
    @NoAllocation(reason = "called by the heap before it exists")
    public static long reserve(long bytes) {
        long len = (bytes + PAGE - 1) & -PAGE;
        if (len <= 0 || len > HEAP_LIMIT - next) return 0;
        long a = next;
        next += len;
        return a;
    }

    /** Backs [address, address+bytes) with zeroed frames; false when the pool ran dry. */
    @NoAllocation(reason = "called by the allocator")
    public static boolean commit(long address, long bytes) {
        for (long va = address; va < address + bytes; va += PAGE) {
            long slot = leafSlot(va);
            if (slot == 0) return false;
            if ((Mem.loadVolatile64(slot) & P) != 0) continue;               // committed before
            long frame = take();
            if (frame == 0) return false;
            Mem.zero(KernelInfo.DIRECT_MAP_BASE + frame, PAGE);
            Mem.storeVolatile64(slot, frame | leafFlags);
        }
        return true;
    }

    /** Unmaps the pages and returns their frames to the pool; they read as zero when recommitted. */
    @NoAllocation(reason = "called by the collector")
    public static void decommit(long address, long bytes) {
        for (long va = address; va < address + bytes; va += PAGE) {
            long slot = leafSlot(va);
            if (slot == 0) continue;
            long e = Mem.loadVolatile64(slot);
            if ((e & P) == 0) continue;
            Mem.storeVolatile64(slot, 0);
            Cpu.invlpg(va);
            give(e & ADDR_MASK);
        }
    }

    /** Frames in the pool (heap statistics). */
    static long poolFrames() {
        return KernelInfo.get(KernelInfo.POOL_FRAMES);
    }

    /** Direct-map address of the PT entry for {@code va}, creating tables; 0 if out of frames. */
    @NoAllocation(reason = "called by the allocator")
    private static long leafSlot(long va) {
        long table = Cpu.readCr3() & ADDR_MASK;
        for (int level = 3; level > 0; level--) {
            long slot = KernelInfo.DIRECT_MAP_BASE + table + 8 * ((va >>> (12 + 9 * level)) & 511);
            long e = Mem.loadVolatile64(slot);
            if ((e & P) == 0) {
                long t = take();
                if (t == 0) return 0;
                Mem.zero(KernelInfo.DIRECT_MAP_BASE + t, PAGE);
                e = t | P | RW;
                Mem.storeVolatile64(slot, e);
            }
            table = e & ADDR_MASK;
        }
        return KernelInfo.DIRECT_MAP_BASE + table + 8 * ((va >>> 12) & 511);
    }

    @NoAllocation(reason = "frame pool")
    private static long take() {
        long pool = KernelInfo.ADDRESS;
        long flags = lock(pool);
        long f = Mem.loadVolatile64(pool + KernelInfo.POOL_HEAD);
        if (f != 0) {
            Mem.storeVolatile64(pool + KernelInfo.POOL_HEAD, Mem.loadVolatile64(KernelInfo.DIRECT_MAP_BASE + f));
            Mem.storeVolatile64(pool + KernelInfo.POOL_FRAMES, Mem.loadVolatile64(pool + KernelInfo.POOL_FRAMES) - 1);
        } else {
            long r = Mem.loadVolatile64(pool + KernelInfo.POOL_RANGE);
            if (r != 0 && r < Mem.loadVolatile64(pool + KernelInfo.POOL_RANGE_END)) {
                f = r;
                Mem.storeVolatile64(pool + KernelInfo.POOL_RANGE, r + PAGE);
            }
        }
        unlock(pool, flags);
        return f;
    }

    @NoAllocation(reason = "frame pool")
    private static void give(long frame) {
        long pool = KernelInfo.ADDRESS;
        long flags = lock(pool);
        Mem.storeVolatile64(KernelInfo.DIRECT_MAP_BASE + frame, Mem.loadVolatile64(pool + KernelInfo.POOL_HEAD));
        Mem.storeVolatile64(pool + KernelInfo.POOL_HEAD, frame);
        Mem.storeVolatile64(pool + KernelInfo.POOL_FRAMES, Mem.loadVolatile64(pool + KernelInfo.POOL_FRAMES) + 1);
        unlock(pool, flags);
    }

    /**
     * Takes the pool's spin lock with interrupts off (a holder preempted by the timer would
     * make every other taker spin forever on one CPU); returns RFLAGS to restore.
     */
    @NoAllocation(reason = "frame pool")
    private static long lock(long pool) {
        long flags = Cpu.readFlags();
        Cpu.cli();
        while (!Mem.cas32(pool + KernelInfo.POOL_LOCK, 0, 1)) Mem.pause();
        return flags;
    }

    @NoAllocation(reason = "frame pool")
    private static void unlock(long pool, long flags) {
        Mem.storeFence();
        Mem.storeVolatile32(pool + KernelInfo.POOL_LOCK, 0);
        if ((flags & RFLAGS_IF) != 0) Cpu.sti();
    }
}
