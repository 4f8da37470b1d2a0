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

    /** Three registers per line: "rip=0x... rsp=0x... rflags=0x...". */
    @NoAllocation(reason = "panic path")
    static void registers(long[] regs, Fmt line, LineSink out) {
        for (int i = 0; i < ORDER_LENGTH; i += 3) {
            line.clear();
            for (int j = i; j < i + 3 && j < ORDER_LENGTH; j++) {
                if (j > i) line.ch(' ');
                int r = order(j);
                line.str(name(r)).ch('=').hex(regs[r]);
            }
            out.line(line);
        }
    }

    private static final int ORDER_LENGTH = 22;

    /**
     * The printing order: where the fault happened first, then the general registers, then
     * segments and the trap's own words. (A switch, not a static array: the kernel has no
     * class initialisation on its panic path.)
     */
    private static int order(int i) {
        switch (i) {
            case 0: return RIP;
            case 1: return RSP;
            case 2: return RFLAGS;
            case 3: return RAX;
            case 4: return RBX;
            case 5: return RCX;
            case 6: return RDX;
            case 7: return RSI;
            case 8: return RDI;
            case 9: return RBP;
            case 10: return R8;
            case 11: return R9;
            case 12: return R10;
            case 13: return R11;
            case 14: return R12;
            case 15: return R13;
            case 16: return R14;
            case 17: return R15;
            case 18: return CS;
            case 19: return SS;
            case 20: return VECTOR;
            default: return ERROR;
        }
    }

    private static String name(int r) {
        switch (r) {
            case R15: return "r15";
            case R14: return "r14";
            case R13: return "r13";
            case R12: return "r12";
            case R11: return "r11";
            case R10: return "r10";
            case R9: return "r9";
            case R8: return "r8";
            case RBP: return "rbp";
            case RDI: return "rdi";
            case RSI: return "rsi";
            case RDX: return "rdx";
            case RCX: return "rcx";
            case RBX: return "rbx";
            case RAX: return "rax";
            case VECTOR: return "vector";
            case ERROR: return "error";
            case RIP: return "rip";
            case CS: return "cs";
            case RFLAGS: return "rflags";
            case RSP: return "rsp";
            default: return "ss";
        }
    }

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
