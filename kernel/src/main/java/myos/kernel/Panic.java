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
            return (a >= low && a <= high - 8) ? Mem.loadVolatile64(a) : 0;
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

    // Allocated by init(), not by static initialisers: the kernel's panic path must not
    // trigger class initialisation. Before init a panic can only power off.
    private static long[] regs;
    private static Fmt line;
    private static BoundedStack stack;
    private static ConsoleSink sink;
    private static SymbolTable symbols;
    private static String pendingMessage;
    private static boolean inPanic;

    /** Preallocates the report's buffers and installs the image's symbol table (BI_SYMBOLS). */
    static void init(DirectMap mem) {
        regs = new long[PanicReport.COUNT];
        line = new Fmt(512);
        stack = new BoundedStack();
        sink = new ConsoleSink();
        long va = Mem.loadVolatile64(Layout.BOOT_INFO + Layout.BI_SYMBOLS);
        symbols = new SymbolTable(mem, va == 0 ? 0 : Layout.imagePhys(va));
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
        if (inPanic || regs == null) Power.off();   // a fault while panicking, or before init
        inPanic = true;
        long vector = TrapFrame.get(frame, TrapFrame.VECTOR);
        String message = exception;
        if (vector == 6 && pendingMessage != null) message = pendingMessage;
        long cr2 = Cpu.readCr2();
        long tb = Mem.threadBlock();
        stack.low = Mem.loadVolatile64(tb + ThreadBlock.STACK_LOW);
        stack.high = Mem.loadVolatile64(tb + ThreadBlock.STACK_HIGH);
        if (vector == 14 && cr2 >= stack.low - Layout.PAGE_SIZE && cr2 < stack.low) {
            message = "kernel stack overflow (guard page hit)";
        }
        TrapFrame.copyRegisters(frame, regs);
        Console c = Kernel.console;
        PanicReport.print(message, regs, cr2, Cpu.readCr3(), c == null ? null : c.kmsg(), stack, symbols,
            regs[PanicReport.RIP], regs[PanicReport.RBP], line, sink);
        Power.off();
    }
}
