package myos.kernel.mm;

import myos.rt.NoAllocation;

/**
 * The one place the kernel reads or writes user memory (DESIGN.md §7, like Redox's
 * UserSlice). Every page of the range is looked up in the process's page table first: it
 * must be below {@link Layout#USER_END}, present, user-accessible (U/S) and, for writes,
 * writable; otherwise the call returns {@link #EFAULT} and touches nothing. The bytes are
 * then copied through the direct map at the translated physical address, never through
 * the user's virtual address, so SMAP stays on for all kernel code and a bad pointer can
 * never fault in the kernel (Linux gets the same result with exception-table fixups).
 */
public final class UserMemory {
    /** Linux's EFAULT; system calls return it negated. */
    public static final int EFAULT = 14;

    private UserMemory() {}

    /** True when [va, va+len) lies in user space without wrapping. */
    @NoAllocation(reason = "system-call path")
    public static boolean inUserSpace(long va, long len) {
        return len >= 0 && va >= Layout.USER_LOW && va <= Layout.USER_END && len <= Layout.USER_END - va;
    }

    /** Copies {@code len} bytes from user {@code va} into {@code dst}; 0 or -EFAULT. */
    @NoAllocation(reason = "system-call path")
    public static int copyIn(PageTable pt, PhysicalMemory mem, long va, byte[] dst, int off, int len) {
        if (!accessible(pt, va, len, false)) return -EFAULT;
        for (int i = 0; i < len; i++) dst[off + i] = (byte) mem.load8(pt.translate(va + i));
        return 0;
    }

    /** Copies {@code len} bytes of {@code src} to user {@code va}; 0 or -EFAULT. */
    @NoAllocation(reason = "system-call path")
    public static int copyOut(PageTable pt, PhysicalMemory mem, long va, byte[] src, int off, int len) {
        if (!accessible(pt, va, len, true)) return -EFAULT;
        for (int i = 0; i < len; i++) mem.store8(pt.translate(va + i), src[off + i]);
        return 0;
    }

    /** Checks every page of the range before anything is copied (no partial copies). */
    @NoAllocation(reason = "system-call path")
    public static boolean accessible(PageTable pt, long va, long len, boolean write) {
        if (!inUserSpace(va, len)) return false;
        if (len == 0) return true;
        for (long page = Layout.pageDown(va); page < va + len; page += Layout.PAGE_SIZE) {
            long e = pt.leaf(page);
            if ((e & PageTable.P) == 0 || (e & PageTable.US) == 0) return false;
            if (write && (e & PageTable.RW) == 0) return false;
        }
        return true;
    }
}
