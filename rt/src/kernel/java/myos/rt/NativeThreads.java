package myos.rt;

/**
 * Native threads, kernel flavour: a java.lang.Thread becomes a task of the kernel's
 * scheduler. The runtime is compiled without the kernel's classes, so these are
 * {@code @Extern} calls of functions the kernel {@code @Export}s
 * (myos.kernel.KernelThreads): a guarded kernel stack, a thread block in its own frame
 * (SELF, STACK_LOW/HIGH set, as the runtime's contract asks), and a first switch-in that
 * runs Start.threadMain (exported as myos_rt_thread_main).
 */
final class NativeThreads {
    private NativeThreads() {}

    @Extern("myos_kthread_new")
    private static native long kernelNew(long stackSize);

    @Extern("myos_kthread_spawn")
    private static native boolean kernelSpawn(long tb);

    @Extern("myos_kthread_gone")
    private static native boolean kernelGone(long tb);

    @Extern("myos_kthread_release")
    private static native void kernelRelease(long tb);

    /** A thread block with a stack, or 0. (The kernel allocates its task record; no runtime lock is held.) */
    static long newThread(long stackSize) {
        return kernelNew(stackSize);
    }

    @NoAllocation(reason = "thread creation")
    static boolean spawn(long tb) {
        return kernelSpawn(tb);
    }

    @NoAllocation(reason = "holds the registry lock")
    static boolean isGone(long tb) {
        return kernelGone(tb);
    }

    @NoAllocation(reason = "holds the registry lock")
    static void release(long tb) {
        kernelRelease(tb);
    }
}
