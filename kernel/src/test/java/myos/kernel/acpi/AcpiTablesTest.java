package myos.kernel.acpi;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import myos.kernel.mm.SimulatedMemory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class AcpiTablesTest {
    private final SimulatedMemory mem = new SimulatedMemory(1 << 24);

    /** Writes a table with a 36-byte header and the given body; fixes its checksum. */
    private long table(long at, String sig, byte[] body) {
        mem.storeBytes(at, sig.getBytes(StandardCharsets.US_ASCII));
        mem.store32(at + 4, 36 + body.length);
        mem.store8(at + 8, 2);
        mem.storeBytes(at + 36, body);
        fixChecksum(at);
        return at;
    }

    private void fixChecksum(long at) {
        mem.store8(at + 9, 0);
        int len = mem.load32(at + 4), sum = 0;
        for (int i = 0; i < len; i++) sum += mem.load8(at + i);
        mem.store8(at + 9, -sum & 0xff);
    }

    private static byte[] le64(long... v) {
        byte[] b = new byte[8 * v.length];
        for (int i = 0; i < v.length; i++) for (int j = 0; j < 8; j++) b[8 * i + j] = (byte) (v[i] >>> (8 * j));
        return b;
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    /** A FADT body (offsets from Table 5.9 minus the header) pointing at dsdt. */
    private byte[] fadtBody(long dsdt, int pm1a, int smi, int enable) {
        byte[] b = new byte[244 - 36];
        put32(b, 40 - 36, (int) dsdt);
        put16(b, 46 - 36, 9);
        put32(b, 48 - 36, smi);
        b[52 - 36] = (byte) enable;
        put32(b, 64 - 36, pm1a);
        return b;
    }

    private static void put32(byte[] b, int off, int v) {
        put16(b, off, v);
        put16(b, off + 2, v >>> 16);
    }

    private static void put16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    @Test
    void findsTablesThroughXsdtAndReadsS5() {
        // DSDT AML: a method that mentions _S5_ (no NameOp before it) must not match;
        // then Name(\_S5, Package(4) {BytePrefix 5, Zero, Zero, Zero}).
        long dsdt = table(0x3000, "DSDT", bytes(
            0x14, 0x08, '_', 'P', 'T', 'S', 0x01, 0x70, '_', 'S', '5', '_', 0x12, 0x00,
            0x08, '\\', '_', 'S', '5', '_', 0x12, 0x0a, 0x04, 0x0a, 0x05, 0x00, 0x00, 0x00));
        long fadt = table(0x2000, "FACP", fadtBody(dsdt, 0x604, 0xb2, 0xf1));
        long xsdt = table(0x1000, "XSDT", le64(0x9000, fadt));   // 0x9000 holds no table
        AcpiTables t = new AcpiTables(mem, 0, xsdt);
        assertTrue(t.present());
        assertEquals(fadt, t.find("FACP"));
        assertEquals(0, t.find("APIC"));
        Fadt f = Fadt.read(t);
        assertEquals(0x604, f.pm1aControl);
        assertEquals(0, f.pm1bControl);
        assertEquals(0xb2, f.smiCommand);
        assertEquals(0xf1, f.acpiEnable);
        assertEquals(9, f.sciInterrupt);
        assertEquals(5, f.s5TypeA);
        assertEquals(0, f.s5TypeB);
    }

    @Test
    void rsdtFallbackZeroOneOpsAndBadChecksums() {
        long dsdt = table(0x3000, "DSDT", bytes(0x08, '_', 'S', '5', '_', 0x12, 0x06, 0x02, 0x01, 0x00));
        long fadt = table(0x2000, "FACP", fadtBody(dsdt, 0xb004, 0, 0));
        byte[] rsdtBody = bytes(0, 0x20, 0, 0);                // 32-bit entry 0x2000
        long rsdt = table(0x1000, "RSDT", rsdtBody);
        long badXsdt = table(0x5000, "XSDT", le64(fadt));
        mem.store8(badXsdt + 40, 0x77);                       // checksum now wrong
        AcpiTables t = new AcpiTables(mem, rsdt, badXsdt);
        Fadt f = Fadt.read(t);
        assertEquals(0xb004, f.pm1aControl);
        assertEquals(1, f.s5TypeA);
        assertEquals(0, f.s5TypeB);
        mem.store8(fadt + 100, 1);                            // corrupt the FADT
        assertNull(Fadt.read(new AcpiTables(mem, rsdt, 0)));
        assertFalse(new AcpiTables(mem, 0, 0).present());
    }

    @Test
    void madtGivesControllersProcessorsAndOverrides() {
        byte[] body = bytes(
            0x00, 0x00, 0xe0, 0xfe, 1, 0, 0, 0,                 // LAPIC address 0xfee00000, flags
            0, 8, 0, 0, 1, 0, 0, 0,                             // CPU 0 enabled
            0, 8, 1, 1, 1, 0, 0, 0,                             // CPU 1 enabled
            0, 8, 2, 2, 0, 0, 0, 0,                             // CPU 2 disabled
            1, 12, 0, 0, 0x00, 0x00, 0xc0, 0xfe, 0, 0, 0, 0,    // IOAPIC 0 at 0xfec00000, GSI 0
            2, 10, 0, 0, 2, 0, 0, 0, 0, 0,                      // ISA IRQ 0 -> GSI 2
            2, 10, 0, 9, 9, 0, 0, 0, 0x0d, 0);                  // IRQ 9 level, active high
        AcpiTables t = new AcpiTables(mem, 0, table(0x1000, "XSDT", le64(table(0x4000, "APIC", body))));
        Madt m = Madt.read(t);
        assertEquals(0xfee00000L, m.lapicAddress);
        assertEquals(0xfec00000L, m.ioapicAddress);
        assertEquals(2, m.processors);
        assertEquals(2, m.isaGsi[0]);
        assertEquals(1, m.isaGsi[1]);
        assertEquals(0x0d, m.isaFlags[9]);
        Madt none = Madt.read(new AcpiTables(mem, 0, 0));
        assertEquals(1, none.processors);
        assertEquals(Madt.DEFAULT_IOAPIC, none.ioapicAddress);
    }
}
