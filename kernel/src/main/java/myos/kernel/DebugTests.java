package myos.kernel;

import myos.kernel.boot.CommandLine;
import myos.kernel.log.Kmsg;
import myos.rt.Mem;

/**
 * Fault injection and self-tests selected with {@code debug=} on the command line, for the
 * integration tests (issue 4). Each one either proves something and logs the result, or
 * ends in a panic whose report the test checks.
 */
final class DebugTests {
    private DebugTests() {}

    /** A user-space address no kernel table maps (the lower half is empty in the kernel). */
    static final long UNMAPPED = 0x10L;

    static void run(CommandLine cmdline) {
        Console c = Kernel.console;
        if (cmdline.debug(CommandLine.DEBUG_USER)) {
            int status = Kernel.systemCalls.runRing3Demo();
            c.log(status == 0 ? Kmsg.INFO : Kmsg.ERR, c.line().str("ring-3 demo exited with status ").dec(status));
            int sse = Kernel.systemCalls.runSseDemo();
            c.log(sse == 0 ? Kmsg.INFO : Kmsg.ERR, c.line().str("ring-3 SSE tasks exited with status ").dec(sse)
                .str(sse == 0 ? " (XMM state kept per task)" : " (XMM state leaked between tasks)"));
        }
        if (cmdline.debug(CommandLine.DEBUG_SLEEP)) ThreadTests.sleepers(c);
        if (cmdline.debug(CommandLine.DEBUG_THREADS)) ThreadTests.allocators(c);
        if (cmdline.debug(CommandLine.DEBUG_ASSERT)) Panic.panic("assertion failed: debug=assert");
        if (cmdline.debug(CommandLine.DEBUG_PAGEFAULT)) pageFault(UNMAPPED);
        if (cmdline.debug(CommandLine.DEBUG_STACKOVERFLOW)) c.log(Kmsg.INFO, c.line().dec(recurse(1)));
    }

    /** A kernel write to an unmapped page: #PF, panic with CR2 = address and a backtrace through here. */
    static void pageFault(long address) {
        Kernel.console.log(Kmsg.INFO, Kernel.console.line().str("debug=pagefault: writing to ").hex(address));
        Mem.storeVolatile64(address, 0x5a5a5a5aL);
    }

    /** Unbounded recursion into the boot stack's guard page (#PF on its IST stack). */
    static long recurse(long n) {
        return n + recurse(n + 1) + 1;
    }
}
