package myos.kernel;

import myos.kernel.arch.x86_64.TrapFrame;
import myos.rt.Export;
import myos.rt.NoAllocation;

/**
 * The Java side of every interrupt, exception and system call. The assembly entry
 * (kernel/src/main/asm/cpu/trap.S, syscall.S) calls {@link #trap} as {@code myos_trap} and
 * {@link #syscall} as {@code myos_syscall} with the trap frame's address ({@code @Export}:
 * an exception escaping them is fatal, as assembly cannot take it). Interrupt handlers run
 * with interrupts off and never allocate.
 */
public final class Traps {
    public static final int TIMER_VECTOR = 0x20;
    public static final int ERROR_VECTOR = 0xfe;
    public static final int SPURIOUS_VECTOR = 0xff;

    /** SDM Vol. 3A Table 6-1 (a switch: no class initialisation on the trap path). */
    @NoAllocation(reason = "trap path")
    static String exception(int v) {
        switch (v) {
            case 0: return "divide error (#DE)";
            case 1: return "debug exception (#DB)";
            case 2: return "non-maskable interrupt";
            case 3: return "breakpoint (#BP)";
            case 4: return "overflow (#OF)";
            case 5: return "BOUND range exceeded (#BR)";
            case 6: return "invalid opcode (#UD)";
            case 7: return "device not available (#NM)";
            case 8: return "double fault (#DF)";
            case 10: return "invalid TSS (#TS)";
            case 11: return "segment not present (#NP)";
            case 12: return "stack-segment fault (#SS)";
            case 13: return "general protection (#GP)";
            case 14: return "page fault (#PF)";
            case 16: return "x87 floating-point error (#MF)";
            case 17: return "alignment check (#AC)";
            case 18: return "machine check (#MC)";
            case 19: return "SIMD floating-point exception (#XM)";
            case 20: return "virtualization exception (#VE)";
            case 21: return "control protection (#CP)";
            default: return "reserved exception";
        }
    }

    private Traps() {}

    /** {@code myos_trap(frame)}. */
    @Export("myos_trap")
    @NoAllocation(reason = "interrupt and exception handlers")
    public static void trap(long frame) {
        int v = (int) TrapFrame.get(frame, TrapFrame.VECTOR);
        if (v == TIMER_VECTOR) {
            Kernel.timerInterrupt();
        } else if (v == SPURIOUS_VECTOR) {
            // No EOI for a spurious interrupt (SDM Vol. 3A §12.9).
        } else if (v >= 32) {
            Kernel.lapic.eoi();                   // nothing else is routed yet
        } else if (TrapFrame.fromUser(frame)) {
            Kernel.userFault(frame, exception(v));
        } else {
            Panic.fromTrap(frame, exception(v));
        }
    }

    /** {@code myos_syscall(frame)}: number in RAX, arguments in RDI, RSI, RDX, R10, R8, R9; result to RAX. */
    @Export("myos_syscall")
    @NoAllocation(reason = "system calls of tasks the runtime does not track yet")
    public static void syscall(long frame) {
        long r = Kernel.syscall(TrapFrame.get(frame, TrapFrame.RAX),
            TrapFrame.get(frame, TrapFrame.RDI), TrapFrame.get(frame, TrapFrame.RSI), TrapFrame.get(frame, TrapFrame.RDX),
            TrapFrame.get(frame, TrapFrame.R10), TrapFrame.get(frame, TrapFrame.R8), TrapFrame.get(frame, TrapFrame.R9));
        TrapFrame.set(frame, TrapFrame.RAX, r);
    }
}
