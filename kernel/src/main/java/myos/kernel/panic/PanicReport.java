package myos.kernel.panic;

import myos.kernel.log.Fmt;
import myos.kernel.log.Kmsg;
import myos.rt.NoAllocation;

/**
 * Formats the panic report (issue 4): the message, the registers of the trap frame
 * (with CR2, the faulting address, and CR3 on a page fault), the last kernel-log lines and
 * the Java backtrace. Pure formatting over values the caller gathered, so the exact text
 * is tested on the host; the caller prints it and stops the machine.
 */
public final class PanicReport {
    /** Registers in trap-frame order (frame.h), as the caller copied them. */
    public static final int R15 = 0, R14 = 1, R13 = 2, R12 = 3, R11 = 4, R10 = 5, R9 = 6, R8 = 7,
        RBP = 8, RDI = 9, RSI = 10, RDX = 11, RCX = 12, RBX = 13, RAX = 14,
        VECTOR = 15, ERROR = 16, RIP = 17, CS = 18, RFLAGS = 19, RSP = 20, SS = 21, COUNT = 22;
    public static final int PAGE_FAULT = 14;
    public static final int KMSG_LINES = 10;

    private static final String[] NAMES = {
        "r15", "r14", "r13", "r12", "r11", "r10", "r9", "r8", "rbp", "rdi", "rsi",
        "rdx", "rcx", "rbx", "rax", "vector", "error", "rip", "cs", "rflags", "rsp", "ss"
    };

    private PanicReport() {}

    /** Prints the whole report; {@code regs} may be null for a panic outside a trap (assertion). */
    @NoAllocation(reason = "panic path")
    public static void print(String message, long[] regs, long cr2, long cr3, Kmsg kmsg,
                             StackReader stack, SymbolTable symbols, long rip, long rbp,
                             Fmt line, LineSink out) {
        out.line(line.clear().str("KERNEL PANIC: ").str(message));
        if (regs != null) {
            registers(regs, line, out);
            if (regs[VECTOR] == PAGE_FAULT) {
                out.line(line.clear().str("cr2=").hex(cr2).str(" cr3=").hex(cr3)
                    .str(" (").str(pageFaultCause(regs[ERROR])).ch(')'));
            }
        }
        if (kmsg != null) {
            out.line(line.clear().str("last kernel messages:"));
            long first = Math.max(kmsg.firstSeq(), kmsg.nextSeq() - KMSG_LINES);
            for (long s = first; s < kmsg.nextSeq(); s++) {
                line.clear().str("  ");
                if (kmsg.format(s, line)) out.line(line);
            }
        }
        out.line(line.clear().str("backtrace:"));
        Backtrace.print(stack, symbols, rip, rbp, line, out);
    }

    /** Three registers per line: "rax=0x... rbx=0x... rcx=0x...". */
    @NoAllocation(reason = "panic path")
    static void registers(long[] regs, Fmt line, LineSink out) {
        int[] order = ORDER;
        for (int i = 0; i < order.length; i += 3) {
            line.clear();
            for (int j = i; j < i + 3 && j < order.length; j++) {
                if (j > i) line.ch(' ');
                line.str(NAMES[order[j]]).ch('=').hex(regs[order[j]]);
            }
            out.line(line);
        }
    }

    private static final int[] ORDER = {
        RIP, RSP, RFLAGS, RAX, RBX, RCX, RDX, RSI, RDI, RBP, R8, R9, R10, R11, R12, R13, R14, R15,
        CS, SS, VECTOR, ERROR
    };

    /** The #PF error code bits (SDM Vol. 3A §4.7, Figure 4-12) in words. */
    @NoAllocation(reason = "panic path")
    public static String pageFaultCause(long error) {
        boolean present = (error & 1) != 0, write = (error & 2) != 0, user = (error & 4) != 0;
        if ((error & 8) != 0) return "reserved bit set in a paging entry";
        if ((error & 16) != 0) return present ? "instruction fetch from a no-execute page" : "instruction fetch from an unmapped page";
        if (user) return present ? (write ? "user write to a protected page" : "user read of a protected page")
                                 : (write ? "user write to an unmapped page" : "user read of an unmapped page");
        return present ? (write ? "kernel write to a read-only page" : "kernel read of a protected page")
                       : (write ? "kernel write to an unmapped page" : "kernel read of an unmapped page");
    }
}
