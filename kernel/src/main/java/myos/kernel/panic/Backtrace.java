package myos.kernel.panic;

import myos.kernel.log.Fmt;
import myos.rt.NoAllocation;

/**
 * Walks the frame-pointer chain (the kernel is compiled with -fno-omit-frame-pointer): at
 * each frame, [rbp] is the caller's rbp and [rbp + 8] the return address (System V ABI
 * §3.2.2, with the standard prologue). The walk stops at rbp = 0 (entry64.S clears it for
 * the boot thread; new threads start with it zero), at a frame pointer that does not grow
 * towards the stack's high end (corruption or a loop), or after {@link #MAX_FRAMES}.
 */
public final class Backtrace {
    public static final int MAX_FRAMES = 32;

    private Backtrace() {}

    /** Emits "  at ..." lines for {@code rip} and then each return address; returns the frame count. */
    @NoAllocation(reason = "panic path")
    public static int print(StackReader stack, SymbolTable symbols, long rip, long rbp, Fmt line, LineSink out) {
        out.line(symbols.describe(rip, line.clear().str("  at ")));
        int frames = 1;
        long fp = rbp;
        while (fp != 0 && (fp & 7) == 0 && frames < MAX_FRAMES) {
            long next = stack.load64(fp);
            long ret = stack.load64(fp + 8);
            if (ret == 0) break;
            // A return address points after the call; look up the call itself.
            out.line(symbols.describe(ret - 1, line.clear().str("  at ")));
            frames++;
            if (SymbolTable.unsignedLessOrEqual(next, fp)) break;
            fp = next;
        }
        return frames;
    }
}
