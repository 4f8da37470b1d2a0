package myos.kernel.panic;

import myos.kernel.log.Fmt;
import myos.kernel.mm.PhysicalMemory;
import myos.rt.NoAllocation;

/**
 * The kernel's own symbol table, so that a panic names Java methods and source lines
 * without addr2line (issue 4). The build writes it into the image from the ELF's DWARF
 * line table (the compiler's {@code #line} directives make that table point at .java
 * files); here it is only read. Format, little-endian:
 * <pre>
 *   u64 magic "MYOSSYM1"; u32 count; u32 stringsOffset (from the table start)
 *   count x { u64 address; u32 nameOffset; u32 fileOffset; u32 line; u32 reserved }
 *             sorted by address: each row says "from here on, this method and line"
 *   strings: NUL-terminated, e.g. "myos.kernel.Kernel.main" and "Kernel.java"
 * </pre>
 * A lookup is a binary search for the last row at or below the address.
 */
public final class SymbolTable {
    public static final long MAGIC = 0x314d59534f53594dL;   // "MYOSSYM1"
    static final int HEADER = 16, ROW = 24;

    private final PhysicalMemory mem;
    private final long base;
    private final int count;
    private final long strings;

    /** The table at {@code base} (read through {@code mem}); empty if the magic is wrong. */
    public SymbolTable(PhysicalMemory mem, long base) {
        this.mem = mem;
        this.base = base;
        boolean ok = base != 0 && mem.load64(base) == MAGIC;
        count = ok ? mem.load32(base + 8) : 0;
        strings = ok ? base + (mem.load32(base + 12) & 0xffffffffL) : 0;
    }

    public int count() {
        return count;
    }

    /** Index of the row covering {@code address}, or -1 (below the first row or no table). */
    @NoAllocation(reason = "panic path")
    public int find(long address) {
        int lo = 0, hi = count - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (unsignedLessOrEqual(mem.load64(row(mid)), address)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * Appends "name(File.java:line)" for {@code address}, like a Java stack trace element,
     * or the bare address when no row covers it.
     */
    @NoAllocation(reason = "panic path")
    public Fmt describe(long address, Fmt out) {
        int i = find(address);
        if (i < 0) return out.hex(address);
        long r = row(i);
        string(mem.load32(r + 8), out).ch('(');
        string(mem.load32(r + 12), out).ch(':');
        return out.dec(mem.load32(r + 16) & 0xffffffffL).ch(')');
    }

    /** Unsigned a <= b (kernel addresses are "negative" longs); no java.lang.Long, no class init. */
    static boolean unsignedLessOrEqual(long a, long b) {
        return (a + Long.MIN_VALUE) <= (b + Long.MIN_VALUE);
    }

    private long row(int i) {
        return base + HEADER + (long) i * ROW;
    }

    private Fmt string(int offset, Fmt out) {
        for (long p = strings + (offset & 0xffffffffL); ; p++) {
            int c = mem.load8(p);
            if (c == 0) return out;
            out.ch(c);
        }
    }
}
