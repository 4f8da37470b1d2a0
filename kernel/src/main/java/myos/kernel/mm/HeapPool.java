package myos.kernel.mm;

import myos.rt.Cpu;
import myos.rt.NoAllocation;

/**
 * The kernel's side of the garbage-collected heap's frame pool (docs/abi.md, "Kernel
 * target"): the runtime's PageSource takes frames from a LIFO list in the boot-info block,
 * linked through the first word of each free frame, under an int spin lock taken with
 * interrupts off, and a contiguous range behind the list. The runtime cannot call the kernel
 * (it is compiled without it), so the kernel fills the pool from its frame allocator; the protocol here is the twin of
 * rt/src/kernel/java/myos/rt/PageSource.java and must stay identical to it.
 */
public final class HeapPool {
    private static final long RFLAGS_IF = 1L << 9;

    private final PhysicalMemory mem;
    private final long block;     // physical address of the boot-info block

    public HeapPool(PhysicalMemory mem, long bootInfoPhys) {
        this.mem = mem;
        this.block = bootInfoPhys;
    }

    public long frames() {
        return mem.load64(block + Layout.BI_POOL_FRAMES);
    }

    /**
     * Grants the heap {@code count} frames as one contiguous range (O(1), whatever the
     * size); if no range that large is free, falls back to {@link #donate} frame by frame.
     * Returns the frames granted.
     */
    public long grantRange(FrameAllocator from, long count) {
        long base = from.allocContiguous(count, 1);
        if (base == 0) return donate(from, Math.min(count, 4096));
        long flags = Cpu.readFlags();
        Cpu.cli();
        while (!casLock()) { }
        mem.store64(block + Layout.BI_POOL_RANGE_END, base + count * Layout.PAGE_SIZE);
        mem.store64(block + Layout.BI_POOL_RANGE, base);
        mem.store32(block + Layout.BI_POOL_LOCK, 0);
        if ((flags & RFLAGS_IF) != 0) Cpu.sti();
        return count;
    }

    /** Moves up to {@code count} frames from the allocator into the pool's list; returns how many moved. */
    public long donate(FrameAllocator from, long count) {
        long moved = 0;
        while (moved < count) {
            long f = from.allocFrame();
            if (f == 0) break;
            give(f);
            moved++;
        }
        return moved;
    }

    @NoAllocation(reason = "frame pool protocol, interrupts off")
    void give(long frame) {
        long flags = Cpu.readFlags();
        Cpu.cli();
        while (!casLock()) { }
        mem.store64(frame, mem.load64(block + Layout.BI_POOL_HEAD));
        mem.store64(block + Layout.BI_POOL_HEAD, frame);
        mem.store64(block + Layout.BI_POOL_FRAMES, mem.load64(block + Layout.BI_POOL_FRAMES) + 1);
        mem.store32(block + Layout.BI_POOL_LOCK, 0);
        if ((flags & RFLAGS_IF) != 0) Cpu.sti();
    }

    /** The lock word through the direct map with the Mem intrinsic (a real atomic). */
    private boolean casLock() {
        return myos.rt.Mem.cas32(Layout.directMap(block + Layout.BI_POOL_LOCK), 0, 1);
    }
}
