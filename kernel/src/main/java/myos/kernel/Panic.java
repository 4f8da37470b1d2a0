package myos.kernel;

import myos.kernel.arch.x86_64.TrapFrame;
import myos.kernel.log.Fmt;
import myos.kernel.mm.DirectMap;
import myos.kernel.mm.Layout;
import myos.kernel.panic.LineSink;
import myos.kernel.panic.PanicReport;
import myos.kernel.panic.StackReader;
import myos.kernel.panic.SymbolTable;
import myos.rt.Cpu;
import myos.rt.Mem;
import myos.rt.NoAllocation;
import myos.rt.Rt;
import myos.rt.ThreadBlock;

/**
 * Fatal kernel errors. Every panic goes through a trap frame, because only a frame gives
 * the registers and the frame pointer a backtrace starts from: a fault arrives with one;
 * {@link #panic} (failed assertions, impossible states) records its message and executes
 * UD2 ({@code Rt.abort}), the way Linux's BUG() does, and the #UD handler reports it.
 * The report (PanicReport) goes straight to the UART, then the machine powers off, so a
 * test harness sees QEMU exit. Everything the report needs is allocated beforehand.
 */
public final class Panic {
    private Panic() {}

    /** Reads only inside the faulting thread's stack, so a wild frame pointer cannot fault again. */
    private static final class BoundedStack implements StackReader {
        long low, high;

        @Override
        @NoAllocation(reason = "panic path")
        public long load64(long a) {
            return (a >= low && a <= high - 8) ? Mem.load64(a) : 0;
        }
    }

    private static final class ConsoleSink implements LineSink {
        @Override
        @NoAllocation(reason = "panic path")
        public void line(Fmt line) {
            Console c = Kernel.console;
            if (c != null) c.raw(line);
        }
    }

    private static final long[] REGS = new long[PanicReport.COUNT];
    private static final Fmt LINE = new Fmt(512);
    private static final BoundedStack STACK = new BoundedStack();
    private static final ConsoleSink SINK = new ConsoleSink();
    private static SymbolTable symbols = new SymbolTable(DirectMap.INSTANCE, 0);
    private static String pendingMessage;
    private static boolean inPanic;

    /** Installs the image's symbol table (boot-info BI_SYMBOLS, a kernel-image address). */
    static void init() {
        long va = Mem.load64(Layout.BOOT_INFO + Layout.BI_SYMBOLS);
        if (va != 0) symbols = new SymbolTable(DirectMap.INSTANCE, Layout.imagePhys(va));
    }

    /** Panics with {@code message}; never returns. */
    public static void panic(String message) {
        pendingMessage = message;
        Rt.abort();
    }

    /** Called by the trap dispatcher for an exception nobody handles. Never returns. */
    @NoAllocation(reason = "panic path")
    public static void fromTrap(long frame, String exception) {
        Cpu.cli();
        if (inPanic) Power.off();                 // a fault while panicking: give up quietly
        inPanic = true;
        long vector = TrapFrame.get(frame, TrapFrame.VECTOR);
        String message = exception;
        if (vector == 6 && pendingMessage != null) message = pendingMessage;
        long cr2 = Cpu.readCr2();
        long tb = Mem.threadBlock();
        STACK.low = Mem.load64(tb + ThreadBlock.STACK_LOW);
        STACK.high = Mem.load64(tb + ThreadBlock.STACK_HIGH);
        if (vector == 14 && cr2 >= STACK.low - Layout.PAGE_SIZE && cr2 < STACK.low) {
            message = "kernel stack overflow (guard page hit)";
        }
        TrapFrame.copyRegisters(frame, REGS);
        Console c = Kernel.console;
        PanicReport.print(message, REGS, cr2, Cpu.readCr3(), c == null ? null : c.kmsg(), STACK, symbols,
            REGS[PanicReport.RIP], REGS[PanicReport.RBP], LINE, SINK);
        Power.off();
    }
}
