package myos.kernel.boot;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import myos.kernel.mm.MemoryMap;
import myos.kernel.mm.SimulatedMemory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class BootParamsTest {
    private final SimulatedMemory mem = new SimulatedMemory(1 << 24);

    /** An ACPI 2.0 RSDP (ACPI 6.5 §5.2.5.3) with a correct checksum over the first 20 bytes. */
    private void rsdp(long at, int rsdt, long xsdt, int revision) {
        mem.storeBytes(at, "RSD PTR ".getBytes(StandardCharsets.US_ASCII));
        mem.store8(at + 15, revision);
        mem.store32(at + 16, rsdt);
        mem.store64(at + 24, xsdt);
        int sum = 0;
        for (int i = 0; i < 20; i++) sum += mem.load8(at + i);
        mem.store8(at + 8, (mem.load8(at + 8) - sum) & 0xff);
    }

    private long tag(long at, int type, int size) {
        mem.store32(at, type);
        mem.store32(at + 4, size);
        return (at + size + 7) & ~7L;
    }

    @Test
    void multiboot2TagsAreRead() {
        long mbi = 0x10000, t = mbi + 8;
        byte[] cmd = "console=ttyS0 loglevel=3\0".getBytes(StandardCharsets.US_ASCII);
        mem.storeBytes(t + 8, cmd);
        t = tag(t, 1, 8 + cmd.length);
        mem.storeBytes(t + 8, "GRUB 2.06\0".getBytes(StandardCharsets.US_ASCII));
        t = tag(t, 2, 18);                                    // boot loader name
        long mm = t;
        mem.store32(mm + 8, 24);                               // entry_size
        mem.store32(mm + 12, 0);                               // entry_version
        long[][] entries = {{0, 0x9fc00, 1}, {0xf0000, 0x10000, 2}, {0x100000, 0x7ee0000, 1}};
        for (int i = 0; i < entries.length; i++) {
            long e = mm + 16 + 24L * i;
            mem.store64(e, entries[i][0]);
            mem.store64(e + 8, entries[i][1]);
            mem.store32(e + 16, (int) entries[i][2]);
        }
        t = tag(mm, 6, 16 + 24 * entries.length);
        rsdp(t + 8, 0x7fe1234, 0x7fe5678L, 2);
        t = tag(t, 15, 8 + 36);
        t = tag(t, 0, 8);
        mem.store32(mbi, (int) (t - mbi));

        BootParams p = BootParams.parse(mem, BootParams.MB2_BOOTLOADER_MAGIC, mbi);
        assertEquals("multiboot2", p.protocol);
        assertEquals("console=ttyS0 loglevel=3", new String(p.cmdline, StandardCharsets.US_ASCII));
        assertEquals("GRUB 2.06", new String(p.loaderName, StandardCharsets.US_ASCII));
        MemoryMap m = p.memoryMap;
        assertEquals(3, m.count());
        assertEquals(0x100000, m.base(2));
        assertEquals(0x7ee0000, m.length(2));
        assertEquals(MemoryMap.TYPE_RESERVED, m.type(1));
        assertEquals(0x7fe1234, p.acpiRsdt);
        assertEquals(0x7fe5678L, p.acpiXsdt);
    }

    @Test
    void multiboot2WithoutOptionalTagsGivesEmptyResults() {
        long mbi = 0x20000;
        long end = tag(mbi + 8, 0, 8);
        mem.store32(mbi, (int) (end - mbi));
        BootParams p = BootParams.parse(mem, BootParams.MB2_BOOTLOADER_MAGIC, mbi);
        assertEquals(0, p.cmdline.length);
        assertEquals(0, p.loaderName.length);
        assertEquals(0, p.memoryMap.count());
        assertEquals(0, p.acpiRsdt);
    }

    @Test
    void pvhStartInfoIsRead() {
        long si = 0x6000, table = 0x7000, cmd = 0x8000, rsdp = 0xf5000;
        mem.store32(si, BootParams.PVH_START_MAGIC);
        mem.store32(si + 4, 1);
        mem.store64(si + 24, cmd);
        mem.store64(si + 32, rsdp);
        mem.store64(si + 40, table);
        mem.store32(si + 48, 2);
        mem.storeBytes(cmd, "debug=pagefault\0".getBytes(StandardCharsets.US_ASCII));
        rsdp(rsdp, 0x1234000, 0, 0);                           // ACPI 1.0: no XSDT
        mem.store64(table, 0);
        mem.store64(table + 8, 0x9fc00);
        mem.store32(table + 16, 1);
        mem.store64(table + 24, 0x100000);
        mem.store64(table + 32, 0xff00000);
        mem.store32(table + 40, 1);

        BootParams p = BootParams.parse(mem, BootParams.PVH_START_MAGIC, si);
        assertEquals("PVH", p.protocol);
        assertEquals("debug=pagefault", new String(p.cmdline, StandardCharsets.US_ASCII));
        assertEquals(2, p.memoryMap.count());
        assertEquals(0x10000000L, p.memoryMap.ramEnd());
        assertEquals(0x1234000, p.acpiRsdt);
        assertEquals(0, p.acpiXsdt);
    }

    @Test
    void aBadRsdpChecksumIsIgnoredAndABadMagicRefused() {
        long si = 0x6000;
        mem.store32(si, BootParams.PVH_START_MAGIC);
        rsdp(0xf5000, 0x1234000, 0, 0);
        mem.store8(0xf5000 + 16, 0x99);                        // corrupt after checksumming
        mem.store64(si + 32, 0xf5000);
        BootParams p = BootParams.parse(mem, BootParams.PVH_START_MAGIC, si);
        assertEquals(0, p.acpiRsdt);
        mem.store32(si, 0x12345678);
        assertThrows(IllegalArgumentException.class, () -> BootParams.parse(mem, BootParams.PVH_START_MAGIC, si));
        assertThrows(IllegalArgumentException.class, () -> BootParams.parse(mem, 42, si));
    }
}
