package myos.kernel.mm;

/**
 * Kernel stacks with guard pages (issue 4): each stack is mapped page by page in its own
 * region ({@link Layout#KERNEL_STACKS}, PML4 slot 448) with one unmapped page below it, so
 * running off the bottom faults (on the #PF IST stack) instead of corrupting memory.
 * Stacks are handed out by a bump pointer; the processes issue adds reuse.
 */
public final class KernelStacks {
    private final PageTable pt;
    private final FrameAllocator frames;
    private final long flags;
    private long next = Layout.KERNEL_STACKS;

    public KernelStacks(PageTable pt, FrameAllocator frames, boolean nx) {
        this.pt = pt;
        this.frames = frames;
        this.flags = PageTable.RW | PageTable.GLOBAL | (nx ? PageTable.NX : 0);
    }

    /** Maps a stack of {@code pages} pages; returns its lowest address, or 0 when out of frames. */
    public long allocate(int pages) {
        long low = next + Layout.PAGE_SIZE;                  // the guard page stays unmapped
        for (int i = 0; i < pages; i++) {
            long f = frames.allocZeroedFrame();
            if (f == 0 || !pt.map(low + i * Layout.PAGE_SIZE, f, flags)) return 0;
        }
        next = low + pages * Layout.PAGE_SIZE;
        return low;
    }
}
