package myos.kernel.arch.x86_64;

import myos.rt.Mem;
import myos.rt.NoAllocation;

/**
 * Offsets in the trap frame built by kernel/src/main/asm/cpu/trap.S and syscall.S (the
 * C header cpu/frame.h has the same numbers). The frame lives on the kernel stack; Java
 * reads and edits it through its address, e.g. to put a system call's result in RAX.
 */
public final class TrapFrame {
    private TrapFrame() {}

    public static final int PENDING = 0, R15 = 8, R14 = 16, R13 = 24, R12 = 32, R11 = 40, R10 = 48,
        R9 = 56, R8 = 64, RBP = 72, RDI = 80, RSI = 88, RDX = 96, RCX = 104, RBX = 112, RAX = 120,
        VECTOR = 128, ERROR = 136, RIP = 144, CS = 152, RFLAGS = 160, RSP = 168, SS = 176, SIZE = 184;
    public static final int SYSCALL_VECTOR = 256;

    @NoAllocation(reason = "trap path")
    public static long get(long frame, int offset) {
        return Mem.loadVolatile64(frame + offset);
    }

    @NoAllocation(reason = "trap path")
    public static void set(long frame, int offset, long value) {
        Mem.storeVolatile64(frame + offset, value);
    }

    @NoAllocation(reason = "trap path")
    public static boolean fromUser(long frame) {
        return (get(frame, CS) & 3) == 3;
    }

    /**
     * Copies the registers into {@code out} in {@link myos.kernel.panic.PanicReport} order
     * (r15 .. ss: the frame's words from R15 on).
     */
    @NoAllocation(reason = "panic path")
    public static void copyRegisters(long frame, long[] out) {
        for (int i = 0; i < out.length; i++) out[i] = Mem.loadVolatile64(frame + R15 + 8L * i);
    }
}
