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

    /**
     * Plain loads and stores, for memory only this thread touches or that a lock, a CAS or a
     * fence orders: the C compiler may keep, combine, reorder or drop them as it does any
     * ordinary access (the runtime's heap and collector data).
     */
    public static native byte load8(long address);
    public static native short load16(long address);
    public static native int load32(long address);
    public static native long load64(long address);
    public static native void store8(long address, byte value);
    public static native void store16(long address, short value);
    public static native void store32(long address, int value);
    public static native void store64(long address, long value);

    /**
     * Volatile loads and stores (C volatile): each is performed exactly once, in program
     * order relative to the others. For device registers (MMIO), for a word another thread
     * or an interrupt changes while this code waits on it, and for racy reads whose value
     * must not be re-read. They are no fence: the CPU may still reorder them with other
     * memory accesses as x86-TSO allows (use {@link #fence()} or cas/xadd for that).
     */
    public static native byte loadVolatile8(long address);
    public static native short loadVolatile16(long address);
    public static native int loadVolatile32(long address);
    public static native long loadVolatile64(long address);
    public static native void storeVolatile8(long address, byte value);
    public static native void storeVolatile16(long address, short value);
    public static native void storeVolatile32(long address, int value);
    public static native void storeVolatile64(long address, long value);

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
    /** A hint that the line at {@code address} will be written soon (prefetchw/prefetcht0); never faults. */
    public static native void prefetch(long address);

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
    /**
     * The offset of the first byte equal to {@code (byte) b} in [address, address + bytes),
     * or -1 ({@code bytes} >= 0). Sixteen bytes per step in user code (rt2.h
     * rt_index_of_byte); it may read the rest of the 16-byte block within the same page.
     */
    public static native long indexOfByte(long address, long bytes, int b);
}
