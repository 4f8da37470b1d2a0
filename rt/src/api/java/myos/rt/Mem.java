package myos.rt;

/**
 * Raw memory intrinsics. Every method is replaced by inline code by the compiler (see
 * docs/abi.md, "Intrinsics"); the bodies here never run. Only runtime, library and kernel
 * code may call them, so a reviewer finds every raw memory access by searching for Mem.
 */
public final class Mem {
    private Mem() {}

    public static native long addressOf(Object o);
    public static native Object objectAt(long address);

    public static native byte load8(long address);
    public static native short load16(long address);
    public static native int load32(long address);
    public static native long load64(long address);
    public static native void store8(long address, byte value);
    public static native void store16(long address, short value);
    public static native void store32(long address, int value);
    public static native void store64(long address, long value);

    /** Atomic compare-and-swap (sequentially consistent); true when it stored. */
    public static native boolean cas32(long address, int expected, int value);
    public static native boolean cas64(long address, long expected, long value);
    /** Atomic fetch-and-add; returns the old value. */
    public static native int xadd32(long address, int delta);
    public static native long xadd64(long address, long delta);

    public static native void fence();
    public static native void loadFence();
    public static native void storeFence();
    public static native void pause();

    /** Address of the current thread's block (%fs base in user space, %gs in the kernel). */
    public static native long threadBlock();
    public static native long stackPointer();
    /**
     * The current function's frame pointer (rbp; every compiled function keeps one,
     * -fno-omit-frame-pointer): [fp] is the caller's fp, [fp + 8] the return address.
     */
    public static native long framePointer();
    /** Stores rbx, rbp, r12, r13, r14, r15 (6 words) at address. */
    public static native void spillCalleeSaved(long address);

    public static native void copy(long dst, long src, long bytes);
    public static native void zero(long dst, long bytes);
}
