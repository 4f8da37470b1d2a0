package myos.image;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * GUID partition table with a protective MBR (UEFI 2.10 §5.2.3 and §5.3): the primary
 * header at LBA 1 with its 128 entries in LBA 2..33, the backup entries and header in the
 * last 33 sectors. Everything is built in memory and returned as sector images, so the
 * layout is testable without a disk.
 */
final class Gpt {
    static final int SECTOR = 512;
    static final int ENTRIES = 128;
    static final int ENTRY_SIZE = 128;
    static final int ENTRY_SECTORS = ENTRIES * ENTRY_SIZE / SECTOR;   // 32
    static final int HEADER_SIZE = 92;
    static final long REVISION_1_0 = 0x00010000L;
    static final int MBR_TYPE_PROTECTIVE = 0xEE;

    // Partition type GUIDs (UEFI 2.10 Table 5.7; GRUB manual "BIOS installation"; Discoverable Partitions Spec).
    static final String TYPE_BIOS_BOOT = "21686148-6449-6e6f-744e-656564454649";
    static final String TYPE_ESP = "c12a7328-f81f-11d2-ba4b-00a0c93ec93b";
    static final String TYPE_LINUX_FS = "0fc63daf-8483-4772-8e79-3d69d8477de4";

    /** One partition: inclusive LBA range. */
    static final class Partition {
        final String type;
        final byte[] uuid;
        final long first;
        final long last;
        final String name;

        Partition(String type, byte[] uuid, long first, long last, String name) {
            this.type = type;
            this.uuid = uuid;
            this.first = first;
            this.last = last;
            this.name = name;
        }
    }

    private Gpt() {
    }

    static long firstUsable() {
        return 2 + ENTRY_SECTORS;
    }

    static long lastUsable(long diskSectors) {
        return diskSectors - 2 - ENTRY_SECTORS;
    }

    /** The 16-byte protective MBR partition table plus signature: bytes 0x1BE..0x1FF of LBA 0. */
    static void protectiveMbr(byte[] mbr, long diskSectors) {
        int o = 0x1be;
        mbr[o] = 0;                                  // not bootable (UEFI: BootIndicator 0x00)
        mbr[o + 1] = 0x00; mbr[o + 2] = 0x02; mbr[o + 3] = 0x00;   // CHS of LBA 1
        mbr[o + 4] = (byte) MBR_TYPE_PROTECTIVE;
        mbr[o + 5] = (byte) 0xff; mbr[o + 6] = (byte) 0xff; mbr[o + 7] = (byte) 0xff;
        putLe(mbr, o + 8, 1, 4);
        putLe(mbr, o + 12, Math.min(diskSectors - 1, 0xffffffffL), 4);
        for (int i = o + 16; i < 0x1fe; i++) {
            mbr[i] = 0;
        }
        mbr[0x1fe] = 0x55;
        mbr[0x1ff] = (byte) 0xaa;
    }

    /** The partition entry array (32 sectors). */
    static byte[] entries(List<Partition> parts) {
        if (parts.size() > ENTRIES) {
            throw new IllegalArgumentException("too many partitions");
        }
        byte[] a = new byte[ENTRIES * ENTRY_SIZE];
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            int o = i * ENTRY_SIZE;
            System.arraycopy(Uuids.toGuidBytes(Uuids.parse(p.type)), 0, a, o, 16);
            System.arraycopy(Uuids.toGuidBytes(p.uuid), 0, a, o + 16, 16);
            putLe(a, o + 32, p.first, 8);
            putLe(a, o + 40, p.last, 8);
            byte[] name = p.name.getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, a, o + 56, Math.min(name.length, 72));
        }
        return a;
    }

    /** A GPT header sector for a disk of {@code diskSectors} sectors, primary or backup. */
    static byte[] header(long diskSectors, byte[] diskUuid, byte[] entries, boolean primary) {
        long last = diskSectors - 1;
        byte[] h = new byte[SECTOR];
        System.arraycopy("EFI PART".getBytes(StandardCharsets.US_ASCII), 0, h, 0, 8);
        putLe(h, 8, REVISION_1_0, 4);
        putLe(h, 12, HEADER_SIZE, 4);
        putLe(h, 24, primary ? 1 : last, 8);
        putLe(h, 32, primary ? last : 1, 8);
        putLe(h, 40, firstUsable(), 8);
        putLe(h, 48, lastUsable(diskSectors), 8);
        System.arraycopy(Uuids.toGuidBytes(diskUuid), 0, h, 56, 16);
        putLe(h, 72, primary ? 2 : last - ENTRY_SECTORS, 8);
        putLe(h, 80, ENTRIES, 4);
        putLe(h, 84, ENTRY_SIZE, 4);
        putLe(h, 88, crc32(entries, 0, entries.length), 4);
        putLe(h, 16, crc32(h, 0, HEADER_SIZE), 4);   // computed with the CRC field zero (§5.3.2)
        return h;
    }

    static long crc32(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return c.getValue();
    }

    static void putLe(byte[] b, int o, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[o + i] = (byte) (v >>> (8 * i));
        }
    }

    static long getLe(byte[] b, int o, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | (b[o + i] & 0xff);
        }
        return v;
    }
}
