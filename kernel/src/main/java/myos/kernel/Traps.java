package myos.kernel;

import myos.kernel.arch.x86_64.TrapFrame;
import myos.rt.NoAllocation;

/**
 * The Java side of every interrupt, exception and system call. The assembly entry
 * (kernel/src/main/asm/cpu/trap.S, syscall.S) calls {@link #trap} as {@code myos_trap} and
 * {@link #syscall} as {@code myos_syscall} with the trap frame's address: binding these C
 * names needs the compiler's export rule (docs/abi.md "Kernel target", open item 1).
 * Interrupt handlers run with interrupts off and never allocate.
 */
public final class Traps {
    public static final int TIMER_VECTOR = 0x20;
    public static final int ERROR_VECTOR = 0xfe;
    public static final int SPURIOUS_VECTOR = 0xff;

    /** SDM Vol. 3A Table 6-1. */
    static final String[] EXCEPTIONS = {
        "divide error (#DE)", "debug exception (#DB)", "non-maskable interrupt", "breakpoint (#BP)",
        "overflow (#OF)", "BOUND range exceeded (#BR)", "invalid opcode (#UD)", "device not available (#NM)",
        "double fault (#DF)", "coprocessor segment overrun", "invalid TSS (#TS)", "segment not present (#NP)",
        "stack-segment fault (#SS)", "general protection (#GP)", "page fault (#PF)", "reserved exception 15",
        "x87 floating-point error (#MF)", "alignment check (#AC)", "machine check (#MC)",
        "SIMD floating-point exception (#XM)", "virtualization exception (#VE)", "control protection (#CP)",
    };

    private Traps() {}

    /** {@code myos_trap(frame)}. */
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
            Kernel.userFault(frame, v < EXCEPTIONS.length ? EXCEPTIONS[v] : "reserved exception");
        } else {
            Panic.fromTrap(frame, v < EXCEPTIONS.length ? EXCEPTIONS[v] : "reserved exception");
        }
    }

    /** {@code myos_syscall(frame)}: number in RAX, arguments in RDI, RSI, RDX, R10, R8, R9; result to RAX. */
    @NoAllocation(reason = "system calls of tasks the runtime does not track yet")
    public static void syscall(long frame) {
        long r = Kernel.syscall(TrapFrame.get(frame, TrapFrame.RAX),
            TrapFrame.get(frame, TrapFrame.RDI), TrapFrame.get(frame, TrapFrame.RSI), TrapFrame.get(frame, TrapFrame.RDX),
            TrapFrame.get(frame, TrapFrame.R10), TrapFrame.get(frame, TrapFrame.R8), TrapFrame.get(frame, TrapFrame.R9));
        TrapFrame.set(frame, TrapFrame.RAX, r);
    }
}
