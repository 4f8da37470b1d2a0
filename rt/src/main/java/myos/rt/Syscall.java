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
    public static native long syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
}
