package myos.rt;

/**
 * Captures the raw stack of the current thread for {@link Throwable#fillInStackTrace()}:
 * the return address of every frame, innermost first, found by following the frame-pointer
 * chain (every compiled function keeps rbp as its frame pointer, -fno-omit-frame-pointer;
 * with the standard prologue [rbp] is the caller's rbp and [rbp + 8] the return address,
 * System V x86-64 ABI §3.2.2). Nothing is looked up here: naming the frames
 * ({@link FrameTable}) happens only when the program asks for them, so a throw costs one
 * short walk and one {@code long[]}.
 *
 * <p>The walk trusts nothing it reads: a frame pointer must be 8-aligned, inside this
 * thread's stack (between the current stack pointer and the thread block's stack high
 * bound) and strictly above the previous one, so a corrupt or absent chain (a zero rbp
 * left by {@code _start} or the thread trampoline, a non-Java frame) ends the walk instead
 * of faulting or looping. A trace keeps at most {@link #MAX_FRAMES} Java frames (HotSpot's
 * default MaxJavaStackTraceDepth, counted after the exception's own constructor frames are
 * dropped); the walk takes {@link #SLACK} raw frames more for those and for runtime frames.
 */
public final class StackWalk {
    public static final int MAX_FRAMES = 1024;
    static final int SLACK = 32;
    private static final long[] NONE = new long[0];

    private StackWalk() {}

    /**
     * The return addresses of the caller's stack, innermost first; empty when the
     * executable has no frame table (nothing could name them: the kernel, whose panics
     * use their own table, pays nothing for its {@code Errno} exceptions).
     */
    public static long[] capture() {
        if (Rt.frameTable() == 0) return NONE;
        long fp = Mem.framePointer();
        long low = Mem.stackPointer();
        long high = Mem.load64(Mem.threadBlock() + ThreadBlock.STACK_HIGH);
        int n = walk(fp, low, high, null);
        long[] out = new long[n];
        walk(fp, low, high, out);
        return out;
    }

    /** Counts the frames from {@code fp} (and stores their return addresses into {@code out} if not null). */
    private static int walk(long fp, long low, long high, long[] out) {
        int n = 0;
        while (n < MAX_FRAMES + SLACK && (fp & 7) == 0 && below(low - 1, fp) && below(fp + 15, high)) {
            long ret = Mem.load64(fp + 8);
            if (ret == 0) break;
            if (out != null) out[n] = ret;
            n++;
            long next = Mem.load64(fp);
            if (!below(fp, next)) break;
            fp = next;
        }
        return n;
    }

    /** Unsigned a < b (kernel stacks are "negative" longs), without java.lang.Long. */
    private static boolean below(long a, long b) {
        return (a + Long.MIN_VALUE) < (b + Long.MIN_VALUE);
    }
}
