package myos.rt;

/** The raw Linux x86-64 {@code syscall} instruction (linux-user target only). */
public final class Syscall {
    private Syscall() {}

    public static native long syscall0(long nr);
    public static native long syscall1(long nr, long a1);
    public static native long syscall2(long nr, long a1, long a2);
    public static native long syscall3(long nr, long a1, long a2, long a3);
    public static native long syscall4(long nr, long a1, long a2, long a3, long a4);
    public static native long syscall5(long nr, long a1, long a2, long a3, long a4, long a5);
    /**
     * clone(2) for a new thread: the child runs on stackTop with %fs = tlsBlock and calls
     * {@code myos.rt.Start.threadMain()}, then exit(2)s with 0. Returns the child's tid or -errno.
     * flags normally CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|
     * CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID.
     */
    public static native long cloneThread(long flags, long stackTop, long tlsBlock, long parentTidAddress, long childTidAddress);
    public static native long syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
}
