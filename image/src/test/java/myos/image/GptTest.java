package myos.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class GptTest {
    static final long DISK = 153600;

    static List<Gpt.Partition> parts() {
        return Arrays.asList(
                new Gpt.Partition(Gpt.TYPE_BIOS_BOOT, Uuids.parse("11111111-2222-3333-4444-555555555555"), 2048, 4095, "BIOS boot"),
                new Gpt.Partition(Gpt.TYPE_LINUX_FS, Uuids.parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"), 4096, 151551, "root"));
    }

    @Test
    void headersCarryValidCrcsAndPointAtEachOther() {
        byte[] entries = Gpt.entries(parts());
        byte[] disk = Uuids.parse("01234567-89ab-cdef-0123-456789abcdef");
        byte[] p = Gpt.header(DISK, disk, entries, true);
        byte[] b = Gpt.header(DISK, disk, entries, false);
        assertEquals("EFI PART", new String(p, 0, 8, StandardCharsets.US_ASCII));
        for (byte[] h : new byte[][] {p, b}) {
            long crc = Gpt.getLe(h, 16, 4);
            byte[] z = h.clone();
            Arrays.fill(z, 16, 20, (byte) 0);
            assertEquals(Gpt.crc32(z, 0, Gpt.HEADER_SIZE), crc);
            assertEquals(Gpt.crc32(entries, 0, entries.length), Gpt.getLe(h, 88, 4));
            assertEquals(34, Gpt.getLe(h, 40, 8));
            assertEquals(DISK - 34, Gpt.getLe(h, 48, 8));
        }
        assertEquals(1, Gpt.getLe(p, 24, 8));
        assertEquals(DISK - 1, Gpt.getLe(p, 32, 8));
        assertEquals(2, Gpt.getLe(p, 72, 8));
        assertEquals(DISK - 1, Gpt.getLe(b, 24, 8));
        assertEquals(1, Gpt.getLe(b, 32, 8));
        assertEquals(DISK - 33, Gpt.getLe(b, 72, 8));
    }

    @Test
    void entriesUseMixedEndianGuidsAndUtf16Names() {
        byte[] e = Gpt.entries(parts());
        // 21686148-6449-6E6F-744E-656564454649 is stored as the ASCII "Hah!IdontNeedEFI".
        assertEquals("Hah!IdontNeedEFI", new String(e, 0, 16, StandardCharsets.US_ASCII));
        assertArrayEquals(new byte[] {0x11, 0x11, 0x11, 0x11, 0x22, 0x22, 0x33, 0x33, 0x44, 0x44, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55},
                Arrays.copyOfRange(e, 16, 32));
        assertEquals(2048, Gpt.getLe(e, 32, 8));
        assertEquals(4095, Gpt.getLe(e, 40, 8));
        assertEquals("BIOS boot", new String(e, 56, 18, StandardCharsets.UTF_16LE));
        assertEquals(0, Gpt.getLe(e, 2 * Gpt.ENTRY_SIZE, 8), "unused entries are zero");
    }

    @Test
    void protectiveMbrCoversTheDisk() {
        byte[] mbr = new byte[512];
        Gpt.protectiveMbr(mbr, DISK);
        assertEquals(0xEE, mbr[0x1be + 4] & 0xff);
        assertEquals(1, Gpt.getLe(mbr, 0x1be + 8, 4));
        assertEquals(DISK - 1, Gpt.getLe(mbr, 0x1be + 12, 4));
        assertEquals(0xAA55, Gpt.getLe(mbr, 0x1fe, 2));
        byte[] huge = new byte[512];
        Gpt.protectiveMbr(huge, 1L << 33);
        assertEquals(0xffffffffL, Gpt.getLe(huge, 0x1be + 12, 4), "size saturates for disks over 2 TiB");
    }

    @Test
    void bootSectorKeepsPartitionTableAndPointsAtCore() throws Exception {
        byte[] boot = new byte[512];
        Arrays.fill(boot, (byte) 0x77);
        byte[] mbr = new byte[512];
        Gpt.protectiveMbr(mbr, DISK);
        byte[] table = Arrays.copyOfRange(mbr, 0x1b8, 512);
        Grub.installBootSector(mbr, boot, 2048);
        assertArrayEquals(table, Arrays.copyOfRange(mbr, 0x1b8, 512));
        assertEquals(2048, Gpt.getLe(mbr, Grub.BOOT_KERNEL_SECTOR, 8));
        assertEquals(0x9090, Gpt.getLe(mbr, Grub.BOOT_DRIVE_CHECK, 2));
        assertEquals(0, mbr[0x10], "BPB area left alone");
        byte[] core = Grub.placeCore(new byte[1000], 2048, 2048);
        assertEquals(1024, core.length);
        assertEquals(2049, Gpt.getLe(core, 500, 8));
        assertEquals(1, Gpt.getLe(core, 508, 2));
    }

    @Test
    void uuidsAreVersion5AndDependOnContent() {
        Uuids a = new Uuids(new byte[] {1});
        Uuids b = new Uuids(new byte[] {2});
        byte[] u = a.uuid("disk");
        assertEquals(0x50, u[6] & 0xf0);
        assertEquals(0x80, u[8] & 0xc0);
        assertArrayEquals(u, new Uuids(new byte[] {1}).uuid("disk"));
        assertEquals(false, Arrays.equals(u, b.uuid("disk")));
        assertEquals(false, Arrays.equals(u, a.uuid("root-fs")));
    }
}
