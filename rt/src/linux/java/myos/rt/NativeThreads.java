package myos.rt;

/**
 * Native threads of the linux-user target: clone(2) with CLONE_THREAD on an mmap'ed stack.
 * The kernel flavour has a class of the same name and methods that creates kernel tasks.
 *
 * <p>Each thread gets one mapping: a PROT_NONE guard page at the bottom (a stack overflow
 * faults instead of silently running into other memory), then the stack; and one page for
 * its thread block, which %fs points to in the child (CLONE_SETTLS). The kernel writes the
 * child's tid into the block's ID word (CLONE_PARENT_SETTID, before clone returns) and
 * clears it and futex-wakes it when the thread has exited (CLONE_CHILD_CLEARTID, see
 * clone(2) and set_tid_address(2)); once it reads 0 nothing uses the stack any more and
 * it may be unmapped.
 */
final class NativeThreads {
    private NativeThreads() {}

    private static final int SYS_MMAP = 9, SYS_MPROTECT = 10, SYS_MUNMAP = 11;
    private static final long DEFAULT_STACK = 8L << 20;
    /** Above the stack-overflow reserve (rt.h RT_STACK_RESERVE, 64 KiB); HotSpot's minimum is 136 KiB. */
    private static final long MIN_STACK = 192L << 10;
    private static final long PAGE = 4096;
    private static final long CLONE_FLAGS = 0x100 | 0x200 | 0x400 | 0x800 // VM, FS, FILES, SIGHAND
            | 0x10000 | 0x40000 | 0x80000                                   // THREAD, SYSVSEM, SETTLS
            | 0x100000 | 0x200000;                                          // PARENT_SETTID, CHILD_CLEARTID

    /** A zeroed thread block with a stack (bounds and mapping recorded in it), or 0. */
    @NoAllocation(reason = "thread creation must not allocate while it holds raw memory")
    static long newThread(long stackSize) {
        long size = stackSize <= 0 ? DEFAULT_STACK : (stackSize + PAGE - 1) & -PAGE;
        if (size < MIN_STACK) size = MIN_STACK;
        long tb = map(PAGE);
        if (tb == 0) return 0;
        long stack = map(size + PAGE);
        if (stack == 0) {
            Syscall.syscall2(SYS_MUNMAP, tb, PAGE);
            return 0;
        }
        Syscall.syscall3(SYS_MPROTECT, stack, PAGE, 0); // the guard page
        Mem.storeVolatile64(tb + ThreadBlock.SELF, tb);
        Mem.storeVolatile64(tb + ThreadBlock.STACK_LOW, stack + PAGE);
        Mem.storeVolatile64(tb + ThreadBlock.STACK_HIGH, stack + PAGE + size);
        Mem.storeVolatile64(tb + Tb.STACK_MAPPING, stack);
        Mem.storeVolatile64(tb + Tb.STACK_MAPPING_SIZE, size + PAGE);
        return tb;
    }

    @NoAllocation(reason = "thread creation")
    private static long map(long bytes) {
        long r = Syscall.syscall6(SYS_MMAP, 0, bytes, 0x1 | 0x2, 0x02 | 0x20 | 0x4000 | 0x20000, -1, 0);
        return (r < 0 && r >= -4095) ? 0 : r; // PROT_READ|WRITE, MAP_PRIVATE|ANONYMOUS|NORESERVE|STACK
    }

    /** Starts the thread: it runs Start.threadMain on its own stack. False when clone failed. */
    @NoAllocation(reason = "thread creation")
    static boolean spawn(long tb) {
        long tid = tb + ThreadBlock.ID;
        long r = Syscall.cloneThread(CLONE_FLAGS, Mem.loadVolatile64(tb + ThreadBlock.STACK_HIGH), tb, tid, tid);
        return r > 0;
    }

    /** True once the kernel has cleared the tid word: the thread no longer runs on its stack. */
    @NoAllocation(reason = "holds the registry lock")
    static boolean isGone(long tb) {
        return Mem.loadVolatile32(tb + ThreadBlock.ID) == 0;
    }

    @NoAllocation(reason = "holds the registry lock")
    static void release(long tb) {
        Syscall.syscall2(SYS_MUNMAP, Mem.loadVolatile64(tb + Tb.STACK_MAPPING), Mem.loadVolatile64(tb + Tb.STACK_MAPPING_SIZE));
        Syscall.syscall2(SYS_MUNMAP, tb, PAGE);
    }
}
