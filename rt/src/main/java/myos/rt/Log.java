package myos.rt;

/**
 * Diagnostics of the runtime itself (heap corruption, impossible states) on fd 2, without
 * allocating: characters go through a small raw buffer of this thread's own. Used on fatal
 * paths and by the heap verifier, when the heap cannot be trusted.
 */
final class Log {
    private Log() {}

    private static final int BUF = Tb.LOG, BUF_SIZE = Tb.LOG_SIZE;

    /**
     * Prints a literal of the runtime (ASCII, so stored as LATIN1 bytes, docs/abi.md). The
     * bytes are read directly: String's only reference field is its byte[] value, found
     * through the precise GC map of String.class, because charAt's bounds check could
     * allocate an exception and the heap may be broken when this runs.
     */
    @NoAllocation(reason = "reports heap corruption")
    static void str(String s) {
        long offsets = Mem.addressOf(String.class.refOffsets());
        if (offsets == 0 || Mem.load32(offsets + 16) != 1) return;
        long value = Mem.load64(Mem.addressOf(s) + Mem.load32(offsets + 24));
        int n = Mem.load32(value + 16);
        for (int i = 0; i < n; i++) put((char) (Mem.load8(value + 24 + i) & 0xFF));
    }

    @NoAllocation(reason = "reports heap corruption")
    static void hex(long v) {
        put('0');
        put('x');
        for (int shift = 60; shift >= 0; shift -= 4) {
            int d = (int) (v >>> shift) & 15;
            put((char) (d < 10 ? '0' + d : 'a' + d - 10));
        }
    }

    @NoAllocation(reason = "reports heap corruption")
    static void dec(long v) {
        if (v < 0) {
            put('-');
            v = -v;
        }
        long div = 1;
        while (v / div >= 10) div *= 10;
        for (; div > 0; div /= 10) put((char) ('0' + (v / div) % 10));
    }

    @NoAllocation(reason = "reports heap corruption")
    static void line(String s) {
        str(s);
        put('\n');
        flush();
    }

    @NoAllocation(reason = "reports heap corruption")
    static void put(char c) {
        long tb = Mem.threadBlock();
        int n = Mem.load32(tb + BUF);
        if (n >= BUF_SIZE - 8) {
            flush();
            n = 0;
        }
        Mem.store8(tb + BUF + 8 + n, (byte) c);
        Mem.store32(tb + BUF, n + 1);
        if (c == '\n') flush();
    }

    @NoAllocation(reason = "reports heap corruption")
    static void flush() {
        long tb = Mem.threadBlock();
        int n = Mem.load32(tb + BUF);
        if (n > 0) Os.writeRaw(2, tb + BUF + 8, n);
        Mem.store32(tb + BUF, 0);
    }

    /** Prints "myos: fatal: " + message and aborts the process (never returns). */
    @NoAllocation(reason = "fatal")
    static void fatal(String message) {
        str("myos: fatal: ");
        line(message);
        Rt.abort();
    }
}
