package myos.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class Fat16Test {
    @Test
    void geometryStaysInFat16Range() {
        for (long mib = 4; mib <= 512; mib *= 2) {
            Fat16.Geometry g = Fat16.geometry(mib * 2048);
            assertTrue(g.clusters >= Fat16.MIN_CLUSTERS && g.clusters <= Fat16.MAX_CLUSTERS, mib + " MiB");
            assertTrue((g.clusters + 2) * 2 <= g.fatSectors * 512L, "FAT holds every cluster");
        }
        assertThrows(IllegalArgumentException.class, () -> Fat16.geometry(2048));
    }

    @Test
    void fileIsReachableThroughDirectoriesAndFatChain() {
        byte[] payload = new byte[5000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 7);
        }
        Map<String, byte[]> files = new TreeMap<String, byte[]>();
        files.put("EFI/BOOT/BOOTX64.EFI", payload);
        long sectors = 8 * 2048;
        byte[] img = Fat16.build(sectors, 4096, 0x12345678, "EFISYSTEM", Fixtures.EPOCH, files);
        Fat16.Geometry g = Fat16.geometry(sectors);
        assertEquals("FAT16   ", new String(img, 54, 8, StandardCharsets.US_ASCII));
        assertEquals(4096, Gpt.getLe(img, 28, 4));
        assertEquals(0x12345678, Gpt.getLe(img, 39, 4));
        int rootOff = (1 + 2 * g.fatSectors) * 512;
        assertEquals("EFISYSTEM  ", new String(img, rootOff, 11, StandardCharsets.US_ASCII));
        int efi = find(img, rootOff + 32, "EFI        ");
        int boot = find(img, clusterOffset(g, efi) + 64, "BOOT       ");
        int dirOff = clusterOffset(g, boot);
        assertEquals(".          ", new String(img, dirOff, 11, StandardCharsets.US_ASCII));
        assertEquals(efi, Gpt.getLe(img, dirOff + 32 + 26, 2), "'..' names the parent");
        int entry = dirOff + 64;
        assertEquals("BOOTX64 EFI", new String(img, entry, 11, StandardCharsets.US_ASCII));
        assertEquals(payload.length, Gpt.getLe(img, entry + 28, 4));
        // Follow the FAT chain and reassemble the file.
        byte[] got = new byte[payload.length];
        int c = (int) Gpt.getLe(img, entry + 26, 2);
        int clusterBytes = g.sectorsPerCluster * 512;
        for (int off = 0; off < payload.length; off += clusterBytes) {
            System.arraycopy(img, clusterOffset(g, c), got, off, Math.min(clusterBytes, payload.length - off));
            c = (int) Gpt.getLe(img, 512 + 2 * c, 2);
        }
        assertEquals(Fat16.EOC, c);
        assertArrayEquals(payload, got);
        byte[] fat1 = Arrays.copyOfRange(img, 512, 512 + g.fatSectors * 512);
        byte[] fat2 = Arrays.copyOfRange(img, 512 + g.fatSectors * 512, 512 + 2 * g.fatSectors * 512);
        assertArrayEquals(fat1, fat2);
        // 2026-01-01 00:00 UTC
        assertEquals((2026 - 1980) << 9 | 1 << 5 | 1, Gpt.getLe(img, entry + 24, 2));
    }

    @Test
    void longOrLowerCaseNamesAreRefused() {
        Map<String, byte[]> files = new TreeMap<String, byte[]>();
        files.put("EFI/boot/bootx64.efi", new byte[1]);
        assertThrows(IllegalArgumentException.class, () -> Fat16.build(8 * 2048, 0, 0, "EFISYSTEM", 0, files));
        files.clear();
        files.put("LONGFILENAME.EFI", new byte[1]);
        assertThrows(IllegalArgumentException.class, () -> Fat16.build(8 * 2048, 0, 0, "EFISYSTEM", 0, files));
    }

    @Test
    void contentLargerThanThePartitionIsAnError() {
        Map<String, byte[]> files = new TreeMap<String, byte[]>();
        files.put("BIG.BIN", new byte[5 << 20]);
        assertThrows(IllegalArgumentException.class, () -> Fat16.build(4 * 2048, 0, 0, "EFISYSTEM", 0, files));
    }

    private static int clusterOffset(Fat16.Geometry g, int cluster) {
        return (int) ((g.dataStart() + (long) (cluster - 2) * g.sectorsPerCluster) * 512);
    }

    private static int find(byte[] img, int from, String name11) {
        for (int o = from; img[o] != 0; o += 32) {
            if (new String(img, o, 11, StandardCharsets.US_ASCII).equals(name11)) {
                return (int) Gpt.getLe(img, o + 26, 2);
            }
        }
        throw new AssertionError(name11 + " not found");
    }
}
