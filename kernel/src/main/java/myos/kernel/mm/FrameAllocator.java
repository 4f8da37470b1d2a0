package myos.kernel.mm;

import myos.rt.NoAllocation;

/**
 * The physical frame allocator (4 KiB frames).
 *
 * <p>Boot work must not grow with the size of RAM (issue 4): no bitmap to clear, no list to
 * thread through every frame. Free memory is held as the usable ranges of the memory map,
 * each with a bump cursor ("never handed out yet" lies above it), plus a LIFO free list of
 * returned frames whose link word lives in the first 8 bytes of the free frame itself,
 * reached through {@link PhysicalMemory}. Initialisation is O(ranges); allocation and
 * free are O(1) except {@link #allocContiguous}, which scans the ranges.
 *
 * <p>Frame 0 is never managed (the first MiB is reserved by the caller), so 0 means
 * "no frame". Not thread-safe by itself: the kernel wraps it in a spinlock with interrupts
 * off once there is more than one thread that allocates.
 */
public final class FrameAllocator implements FrameSource {
    public static final long PAGE = Layout.PAGE_SIZE;

    private final PhysicalMemory mem;
    private final long[] starts;
    private final long[] ends;
    private final long[] cursors;
    private final int ranges;
    private final long totalFrames;
    private int bumpRange;          // first range whose cursor may still be below its end
    private long freeListHead;      // physical address of the first returned frame, or 0
    private long freeFrames;

    /** Takes over {@code usable}, which must be page-aligned and must not contain 0. */
    public FrameAllocator(PhysicalMemory mem, RangeSet usable) {
        this.mem = mem;
        ranges = usable.count();
        starts = new long[ranges];
        ends = new long[ranges];
        cursors = new long[ranges];
        long total = 0;
        for (int i = 0; i < ranges; i++) {
            long s = usable.start(i), e = usable.end(i);
            if ((s & (PAGE - 1)) != 0 || (e & (PAGE - 1)) != 0 || s == 0) {
                throw new IllegalArgumentException("usable ranges must be page-aligned and exclude frame 0");
            }
            starts[i] = s;
            ends[i] = e;
            cursors[i] = s;
            total += (e - s) / PAGE;
        }
        totalFrames = total;
        freeFrames = total;
    }

    public long totalFrames() {
        return totalFrames;
    }

    public long freeFrames() {
        return freeFrames;
    }

    /** One frame (contents undefined), or 0 when memory is exhausted. */
    @NoAllocation(reason = "called by the page-fault handler and by the heap's page source")
    public long allocFrame() {
        long f = freeListHead;
        if (f != 0) {
            freeListHead = mem.load64(f);
            freeFrames--;
            return f;
        }
        while (bumpRange < ranges) {
            int r = bumpRange;
            if (cursors[r] < ends[r]) {
                long frame = cursors[r];
                cursors[r] = frame + PAGE;
                freeFrames--;
                return frame;
            }
            bumpRange++;
        }
        return 0;
    }

    @Override
    @NoAllocation(reason = "page-table construction runs in fault handlers")
    public long allocZeroedFrame() {
        long f = allocFrame();
        if (f != 0) mem.zero(f, PAGE);
        return f;
    }

    /**
     * {@code pages} physically contiguous frames aligned to {@code alignPages} frames
     * (a power of two), for DMA buffers and large pages; 0 if no range has room. Comes
     * only from never-used memory; the alignment gap skipped goes to the free list.
     */
    @NoAllocation(reason = "drivers allocate DMA rings with interrupts off")
    public long allocContiguous(long pages, long alignPages) {
        long align = alignPages * PAGE;
        for (int r = bumpRange; r < ranges; r++) {
            long base = (cursors[r] + align - 1) & -align;
            if (base >= cursors[r] && base + pages * PAGE <= ends[r]) {
                for (long gap = cursors[r]; gap < base; gap += PAGE) pushFree(gap);
                freeFrames -= (base - cursors[r]) / PAGE;   // pushFree counted them back
                cursors[r] = base + pages * PAGE;
                freeFrames -= pages;
                return base;
            }
        }
        return 0;
    }

    /** Returns a frame; false (and nothing changed) if it is not a frame this allocator handed out. */
    @NoAllocation(reason = "freeing runs in exit and unmap paths with locks held")
    public boolean freeFrame(long frame) {
        if ((frame & (PAGE - 1)) != 0 || !handedOut(frame)) return false;
        pushFree(frame);
        return true;
    }

    private void pushFree(long frame) {
        mem.store64(frame, freeListHead);
        freeListHead = frame;
        freeFrames++;
    }

    /** Inside a managed range and below its cursor. (A double free is not detected.) */
    private boolean handedOut(long frame) {
        for (int r = 0; r < ranges; r++) {
            if (frame >= starts[r] && frame < ends[r]) return frame < cursors[r];
        }
        return false;
    }
}
