package myos.kernel.arch.x86_64;

import myos.kernel.mm.PhysicalMemory;

/**
 * The I/O APIC (Intel 82093AA data sheet): routes device interrupts (global system
 * interrupts, GSIs) to local APIC vectors. Two memory-mapped registers: IOREGSEL at +0x00
 * selects an internal register, IOWIN at +0x10 reads or writes it. Register 0x01 holds the
 * version and, in bits 16-23, the highest redirection entry; entry n is the 64-bit pair at
 * registers 0x10 + 2n (low) and 0x11 + 2n (high).
 */
public final class IoApic {
    static final int IOREGSEL = 0x00, IOWIN = 0x10;
    static final int REG_VERSION = 0x01, REG_REDIRECTION = 0x10;
    static final long MASKED = 1L << 16;
    static final long LEVEL = 1L << 15;
    static final long ACTIVE_LOW = 1L << 13;

    private final PhysicalMemory mmio;
    private final long base;
    private final int gsiBase;

    public IoApic(PhysicalMemory mmio, long base, int gsiBase) {
        this.mmio = mmio;
        this.base = base;
        this.gsiBase = gsiBase;
    }

    int read(int reg) {
        mmio.store32(base + IOREGSEL, reg);
        return mmio.load32(base + IOWIN);
    }

    void write(int reg, int value) {
        mmio.store32(base + IOREGSEL, reg);
        mmio.store32(base + IOWIN, value);
    }

    /** Number of redirection entries (inputs). */
    public int inputs() {
        return ((read(REG_VERSION) >>> 16) & 0xff) + 1;
    }

    /**
     * The redirection entry for a vector: fixed delivery, physical destination
     * {@code apicId}; polarity and trigger from the MADT override flags (MPS INTI flags:
     * bits 0-1 polarity, 3 = active low; bits 2-3 trigger, 3 = level; 0 = bus default,
     * which for ISA is active high, edge).
     */
    public static long entry(int vector, int apicId, int intiFlags) {
        long e = vector & 0xff;
        if ((intiFlags & 3) == 3) e |= ACTIVE_LOW;
        if (((intiFlags >>> 2) & 3) == 3) e |= LEVEL;
        return e | ((long) (apicId & 0xff) << 56);
    }

    /** Routes {@code gsi} (must belong to this I/O APIC) with the given entry. */
    public void route(int gsi, long entry) {
        int n = gsi - gsiBase;
        if (n < 0 || n >= inputs()) throw new IllegalArgumentException("GSI not on this I/O APIC");
        write(REG_REDIRECTION + 2 * n + 1, (int) (entry >>> 32));
        write(REG_REDIRECTION + 2 * n, (int) entry);
    }

    /** Masks every input (the firmware may have left some enabled). */
    public void maskAll() {
        int n = inputs();
        for (int i = 0; i < n; i++) write(REG_REDIRECTION + 2 * i, (int) MASKED);
    }
}
