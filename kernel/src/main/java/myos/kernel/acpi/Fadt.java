package myos.kernel.acpi;

import myos.kernel.mm.PhysicalMemory;

/**
 * What the kernel needs from the Fixed ACPI Description Table ("FACP", ACPI 6.5 §5.2.9)
 * and the DSDT to power the machine off: the PM1a/PM1b control ports, the \_S5 sleep
 * type values, and the SMI command that switches the chipset into ACPI mode.
 * Poweroff is then: SLP_TYPx = \_S5 value and SLP_EN = 1 in PM1x_CNT (§4.8.3.2.1,
 * §16.1.7 "Transitioning to the G2/S5 soft-off state").
 */
public final class Fadt {
    /** PM1 control register bits (ACPI 6.5 Table 4.13). */
    public static final int SCI_EN = 1;
    public static final int SLP_TYP_SHIFT = 10;
    public static final int SLP_EN = 1 << 13;

    public final int pm1aControl;
    public final int pm1bControl;
    public final int smiCommand;
    public final int acpiEnable;
    /** SLP_TYPa / SLP_TYPb of \_S5, or -1 if the DSDT has no \_S5 we can read. */
    public final int s5TypeA;
    public final int s5TypeB;
    public final int sciInterrupt;

    private Fadt(int pm1a, int pm1b, int smi, int enable, int a, int b, int sci) {
        pm1aControl = pm1a;
        pm1bControl = pm1b;
        smiCommand = smi;
        acpiEnable = enable;
        s5TypeA = a;
        s5TypeB = b;
        sciInterrupt = sci;
    }

    /** Reads the FADT and the \_S5 object of its DSDT; null when there is no FADT. */
    public static Fadt read(AcpiTables tables) {
        long f = tables.find("FACP");
        if (f == 0) return null;
        PhysicalMemory mem = tables.memory();
        long len = AcpiTables.length(mem, f);
        // Field offsets: Table 5.9. X_DSDT (@140) supersedes DSDT (@40) when non-zero.
        long dsdt = mem.load32(f + 40) & 0xffffffffL;
        if (len >= 148 && mem.load64(f + 140) != 0) dsdt = mem.load64(f + 140);
        int sci = mem.load16(f + 46);
        int smi = mem.load32(f + 48);
        int enable = mem.load8(f + 52);
        int pm1a = mem.load32(f + 64);
        int pm1b = mem.load32(f + 68);
        int a = -1, b = -1;
        if (dsdt != 0 && AcpiTables.valid(mem, dsdt, "DSDT")) {
            long pkg = findS5(mem, dsdt);
            if (pkg != 0) {
                long p = pkg + 1 + pkgLengthBytes(mem.load8(pkg + 1));
                int count = mem.load8(p);
                long[] cursor = {p + 1};
                if (count >= 1) a = integer(mem, cursor);
                if (count >= 2) b = integer(mem, cursor);
            }
        }
        return new Fadt(pm1a, pm1b, smi, enable, a, b, sci);
    }

    /**
     * The PackageOp of {@code Name(_S5, Package() {...})} in the DSDT's AML: the bytes
     * "_S5_" preceded by NameOp (0x08, possibly with a root prefix '\') and followed by
     * PackageOp 0x12 (ACPI 6.5 §20.2.5.4 DefName, §20.2.5.4 DefPackage). Scanning the byte
     * stream is what small kernels do instead of running an AML interpreter; the NameOp and
     * PackageOp checks keep a method body that merely mentions _S5 from matching.
     */
    static long findS5(PhysicalMemory mem, long dsdt) {
        long end = dsdt + AcpiTables.length(mem, dsdt) - 5;
        for (long p = dsdt + AcpiTables.HEADER_SIZE; p < end; p++) {
            if (mem.load8(p) == '_' && mem.load8(p + 1) == 'S' && mem.load8(p + 2) == '5'
                && mem.load8(p + 3) == '_' && mem.load8(p + 4) == 0x12) {
                int before = mem.load8(p - 1);
                if (before == 0x08 || (before == '\\' && mem.load8(p - 2) == 0x08)) return p + 4;
            }
        }
        return 0;
    }

    /** PkgLength (§20.2.4): bits 6-7 of the lead byte = number of following bytes. */
    static int pkgLengthBytes(int lead) {
        return 1 + (lead >>> 6);
    }

    /** One small integer element: ZeroOp, OneOp, BytePrefix n, or a raw byte. */
    private static int integer(PhysicalMemory mem, long[] cursor) {
        int op = mem.load8(cursor[0]);
        if (op == 0x0a) {                      // BytePrefix
            int v = mem.load8(cursor[0] + 1);
            cursor[0] += 2;
            return v;
        }
        cursor[0] += 1;
        if (op == 0x00) return 0;              // ZeroOp
        if (op == 0x01) return 1;              // OneOp
        return op;
    }
}
