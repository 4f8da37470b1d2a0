package myos.rt;

/**
 * Where the collector's memory comes from, linux-user flavour: anonymous mmap(2).
 *
 * <p>The target-independent runtime (rt/src/main) calls only these three static methods;
 * the kernel flavour (rt/src/kernel/java/myos/rt/PageSource.java) has the same signatures
 * and backs them with the frame allocator. Contract: {@link #reserve} returns a page-aligned
 * range of address space, or 0; a range must be {@link #commit}ted before it is touched;
 * committed memory that was never used, or was {@link #decommit}ted, reads as zero.
 *
 * <p>Linux commits anonymous memory lazily on first touch, so reserve maps the whole range
 * read/write with MAP_NORESERVE (no swap accounting: a 1 GiB heap maximum costs nothing
 * until used) and commit has nothing to do. decommit is madvise(MADV_DONTNEED), which for
 * private anonymous mappings drops the pages and makes later reads return zero-fill pages
 * (madvise(2)).
 */
public final class PageSource {
    private PageSource() {}

    public static final long PAGE = 4096;

    private static final int SYS_MMAP = 9;
    private static final int SYS_MADVISE = 28;
    private static final int PROT_READ_WRITE = 0x1 | 0x2;
    private static final int MAP_PRIVATE_ANONYMOUS_NORESERVE = 0x02 | 0x20 | 0x4000;
    private static final int MADV_DONTNEED = 4;

    /** Reserves {@code bytes} (rounded up to pages) of zeroed address space; 0 on failure. */
    @NoAllocation(reason = "called by the heap before it exists")
    public static long reserve(long bytes) {
        long len = (bytes + PAGE - 1) & -PAGE;
        long r = Syscall.syscall6(SYS_MMAP, 0, len, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS_NORESERVE, -1, 0);
        // mmap(2) returns -errno in [-4095, -1] on failure (the raw system call, not libc).
        return (r < 0 && r >= -4095) ? 0 : r;
    }

    /** Makes [address, address+bytes) usable. Always true on Linux (pages fault in on touch). */
    @NoAllocation(reason = "called by the allocator")
    public static boolean commit(long address, long bytes) {
        return true;
    }

    /** Gives the memory back to the system; the range stays reserved and reads as zero. */
    @NoAllocation(reason = "called by the collector")
    public static void decommit(long address, long bytes) {
        Syscall.syscall3(SYS_MADVISE, address, bytes, MADV_DONTNEED);
    }
}
