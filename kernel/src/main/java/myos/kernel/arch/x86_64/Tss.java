package myos.kernel.arch.x86_64;

import myos.kernel.mm.PhysicalMemory;

/**
 * The 64-bit Task State Segment (SDM Vol. 3A §8.7, Figure 8-11): in long mode it only
 * holds stack pointers. RSP0 is loaded on an interrupt or exception from ring 3; IST1-7 are
 * loaded for gates that name them, whatever the old privilege level, so a fault caused by a
 * bad kernel stack (a guard-page hit) still gets a good one.
 */
public final class Tss {
    public static final int SIZE = 104;
    static final int RSP0 = 4;
    static final int IST1 = 36;
    static final int IOPB = 102;

    /** IST slot numbers used by the kernel's gates. */
    public static final int IST_DOUBLE_FAULT = 1;
    public static final int IST_PAGE_FAULT = 2;
    public static final int IST_NMI = 3;
    public static final int IST_MACHINE_CHECK = 4;

    private Tss() {}

    /** Clears the TSS at {@code pa} and disables the I/O permission bitmap (offset beyond the limit). */
    public static void init(PhysicalMemory mem, long pa) {
        mem.zero(pa, SIZE);
        mem.store16(pa + IOPB, SIZE);
    }

    public static void setRsp0(PhysicalMemory mem, long pa, long rsp) {
        mem.store64(pa + RSP0, rsp);
    }

    /** Sets IST{@code n} (1..7). */
    public static void setIst(PhysicalMemory mem, long pa, int n, long rsp) {
        if (n < 1 || n > 7) throw new IllegalArgumentException("IST index 1..7");
        mem.store64(pa + IST1 + 8L * (n - 1), rsp);
    }
}
