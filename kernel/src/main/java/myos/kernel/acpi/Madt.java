package myos.kernel.acpi;

import myos.kernel.mm.PhysicalMemory;

/**
 * The Multiple APIC Description Table ("APIC", ACPI 6.5 §5.2.12): where the local APIC
 * and the I/O APIC are, how many processors there are, and how ISA IRQs are wired to
 * global system interrupts (QEMU routes the PIT's IRQ 0 to GSI 2, for example).
 */
public final class Madt {
    public static final long DEFAULT_LAPIC = 0xfee00000L;   // SDM Vol. 3A §12.4.1
    public static final long DEFAULT_IOAPIC = 0xfec00000L;

    public long lapicAddress = DEFAULT_LAPIC;
    public long ioapicAddress;
    public int ioapicGsiBase;
    public int processors;
    /** isaGsi[irq] = global system interrupt of ISA IRQ irq (identity unless overridden). */
    public final int[] isaGsi = new int[16];
    /** Interrupt Source Override flags (MPS INTI flags: polarity bits 0-1, trigger 2-3). */
    public final int[] isaFlags = new int[16];

    private Madt() {
        for (int i = 0; i < 16; i++) isaGsi[i] = i;
    }

    /** Reads the MADT; without one, the PC defaults (one CPU, IOAPIC at 0xfec00000). */
    public static Madt read(AcpiTables tables) {
        Madt m = new Madt();
        long t = tables.find("APIC");
        if (t == 0) {
            m.ioapicAddress = DEFAULT_IOAPIC;
            m.processors = 1;
            return m;
        }
        PhysicalMemory mem = tables.memory();
        m.lapicAddress = mem.load32(t + 36) & 0xffffffffL;
        long end = t + AcpiTables.length(mem, t);
        for (long e = t + 44; e + 2 <= end; ) {
            int type = mem.load8(e), len = mem.load8(e + 1);
            if (len < 2) break;
            m.entry(mem, e, type);
            e += len;
        }
        if (m.processors == 0) m.processors = 1;
        return m;
    }

    private void entry(PhysicalMemory mem, long e, int type) {
        switch (type) {
            case 0:                                           // Processor Local APIC (§5.2.12.2)
                if ((mem.load32(e + 4) & 3) != 0) processors++;   // Enabled or Online Capable
                break;
            case 1:                                           // I/O APIC (§5.2.12.3): first one wins
                if (ioapicAddress == 0) {
                    ioapicAddress = mem.load32(e + 4) & 0xffffffffL;
                    ioapicGsiBase = mem.load32(e + 8);
                }
                break;
            case 2: {                                         // Interrupt Source Override (§5.2.12.5)
                int source = mem.load8(e + 3);
                if (mem.load8(e + 2) == 0 && source < 16) {
                    isaGsi[source] = mem.load32(e + 4);
                    isaFlags[source] = mem.load16(e + 8);
                }
                break;
            }
            case 5:                                           // Local APIC Address Override (§5.2.12.8)
                lapicAddress = mem.load64(e + 4);
                break;
            default:
                break;
        }
    }
}
