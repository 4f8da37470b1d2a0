package myos.rt;

/** Link-time facts about the program, supplied by the compiler (docs/abi.md). */
public final class Rt {
    private Rt() {}

    /** Address of an array of addresses, one per static reference field of the program. */
    public static native long staticRoots();
    public static native int staticRootCount();
    /** Bounds of the executable's static objects (classes, literals): never collected. */
    public static native long imageStart();
    public static native long imageEnd();
    /** Every string literal of the program (a String[] in the image), for String.intern. */
    public static native Object stringLiterals();
    /**
     * Address of the executable's frame table (symbol {@code myos_frames}: return address
     * → Java frames, docs/abi.md "Stack traces"), or 0 when the link has none (the kernel,
     * the first of the two links).
     */
    public static native long frameTable();
    /**
     * Address of the card table {@code rt_cards} the compiled write barrier marks (docs/abi.md
     * "Write barrier", myos.rt.Cards), or 0 when the build has none (the kernel).
     */
    public static native long cardTable();
    /** Calls the program's main class's {@code main(String[])}. */
    public static native void callMain(String[] args);
    /** Calls a static function without arguments that returns a reference. */
    public static native Object callStatic(long function);
    /** The heap limit chosen at build time (`aot --heap-max`); MYOS_HEAP_MAX overrides it. */
    public static native long defaultHeapMax();
    /** "linux-user" or "kernel": lets shared runtime code pick a path (a build-time constant). */
    public static native boolean isKernel();
    /** Immediate abnormal termination (ud2). */
    public static native void abort();
}
