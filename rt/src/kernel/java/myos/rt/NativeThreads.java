package myos.rt;

/**
 * Native threads, kernel flavour. A java.lang.Thread in the kernel must become a kernel
 * task of the kernel's scheduler, and the runtime (compiled without the kernel's classes)
 * has no way to reach it yet (docs/abi.md "Kernel target", open item). Until then thread
 * creation fails the way the JVM reports it, with an OutOfMemoryError "unable to create
 * native thread" from Threads.start, rather than pretending to start something.
 */
final class NativeThreads {
    private NativeThreads() {}

    @NoAllocation(reason = "thread creation")
    static long newThread(long stackSize) {
        return 0;
    }

    @NoAllocation(reason = "thread creation")
    static boolean spawn(long tb) {
        return false;
    }

    @NoAllocation(reason = "holds the registry lock")
    static boolean isGone(long tb) {
        return true;
    }

    @NoAllocation(reason = "holds the registry lock")
    static void release(long tb) {
    }
}
