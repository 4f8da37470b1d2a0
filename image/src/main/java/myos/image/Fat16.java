package myos.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the EFI system partition as a FAT16 volume (Microsoft "FAT: General Overview of
 * On-Disk Format" 1.03, fatgen103). Our own writer rather than mtools because every byte
 * must be a function of the inputs: mformat picks the volume serial and the directory
 * timestamps from the clock, which would break byte-identical builds. The ESP holds a
 * handful of files with 8.3 names, so no long-file-name entries are needed (a name that is
 * not valid 8.3 upper case is an error, not a silent mangling).
 *
 * <p>FAT16 rather than FAT32: the partition is a few MiB, below FAT32's 65525-cluster
 * minimum. UEFI 2.10 §13.3 names FAT32 for system partitions and FAT12/16 for removable
 * media; EDK2's FAT driver (OVMF, VirtualBox) reads all three on any medium.
 */
final class Fat16 {
    static final int SECTOR = 512;
    static final int RESERVED_SECTORS = 1;
    static final int FATS = 2;
    static final int ROOT_ENTRIES = 512;
    static final int MEDIA_FIXED = 0xF8;
    static final int MIN_CLUSTERS = 4085;     // fatgen103: fewer clusters means FAT12
    static final int MAX_CLUSTERS = 65524;    // more means FAT32
    static final int ATTR_DIRECTORY = 0x10;
    static final int ATTR_ARCHIVE = 0x20;
    static final int ATTR_VOLUME_ID = 0x08;
    static final int EOC = 0xFFFF;

    /** A directory or file of the tree being written. */
    private static final class Node {
        final String name;
        final byte[] data;             // null for a directory
        final TreeMap<String, Node> children = new TreeMap<String, Node>();
        int cluster;
        int clusters;

        Node(String name, byte[] data) {
            this.name = name;
            this.data = data;
        }
    }

    /** Geometry of a volume: derived once, used by the writer and the tests. */
    static final class Geometry {
        int sectorsPerCluster;
        int fatSectors;
        int rootSectors = ROOT_ENTRIES * 32 / SECTOR;
        long clusters;

        long dataStart() {
            return RESERVED_SECTORS + (long) FATS * fatSectors + rootSectors;
        }
    }

    private Fat16() {
    }

    static Geometry geometry(long sectors) {
        for (int spc = 1; spc <= 128; spc *= 2) {
            Geometry g = new Geometry();
            g.sectorsPerCluster = spc;
            g.fatSectors = 1;
            while (true) {
                long data = sectors - RESERVED_SECTORS - (long) FATS * g.fatSectors - g.rootSectors;
                g.clusters = data / spc;
                int need = (int) ((g.clusters + 2) * 2 + SECTOR - 1) / SECTOR;
                if (need <= g.fatSectors) {
                    break;
                }
                g.fatSectors = need;
            }
            if (g.clusters <= MAX_CLUSTERS) {
                if (g.clusters < MIN_CLUSTERS) {
                    throw new IllegalArgumentException("EFI partition of " + sectors + " sectors is too small for FAT16");
                }
                return g;
            }
        }
        throw new IllegalArgumentException("EFI partition too large for FAT16");
    }

    /**
     * Builds the volume. {@code files} maps "DIR/SUB/NAME.EXT" to contents; {@code hidden} is
     * the partition's first LBA (BPB_HiddSec), {@code time} seconds since the epoch (UTC).
     */
    static byte[] build(long sectors, long hidden, int serial, String label, long time, Map<String, byte[]> files) {
        Geometry g = geometry(sectors);
        int clusterBytes = g.sectorsPerCluster * SECTOR;
        Node root = new Node("", null);
        for (Map.Entry<String, byte[]> e : new TreeMap<String, byte[]>(files).entrySet()) {
            insert(root, e.getKey(), e.getValue());
        }
        List<Node> order = new ArrayList<Node>();
        collect(root, order);
        int next = 2;
        for (Node n : order) {
            long bytes = n.data == null ? (long) (n.children.size() + 2) * 32 : n.data.length;
            n.clusters = (int) ((bytes + clusterBytes - 1) / clusterBytes);
            n.cluster = n.clusters == 0 ? 0 : next;
            next += n.clusters;
        }
        if (next - 2 > g.clusters) {
            throw new IllegalArgumentException("EFI partition full: needs " + (next - 2) + " clusters, has " + g.clusters);
        }
        long bytes = sectors * SECTOR;
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("EFI partition too large to build in memory");
        }
        byte[] img = new byte[(int) bytes];
        bootSector(img, g, sectors, hidden, serial, label);
        writeFats(img, g, order);
        int date = dosDate(time);
        int tod = dosTime(time);
        int rootOff = (int) (RESERVED_SECTORS + (long) FATS * g.fatSectors) * SECTOR;
        entry(img, rootOff, pad11(label), ATTR_VOLUME_ID, 0, 0, date, tod);
        writeDir(img, rootOff + 32, root, date, tod);
        for (Node n : order) {
            int off = (int) ((g.dataStart() + (long) (n.cluster - 2) * g.sectorsPerCluster) * SECTOR);
            if (n.data != null) {
                System.arraycopy(n.data, 0, img, off, n.data.length);
            } else {
                Node parent = parentOf(root, n);
                entry(img, off, ".          ", ATTR_DIRECTORY, n.cluster, 0, date, tod);
                entry(img, off + 32, "..         ", ATTR_DIRECTORY, parent == root ? 0 : parent.cluster, 0, date, tod);
                writeDir(img, off + 64, n, date, tod);
            }
        }
        return img;
    }

    private static void insert(Node root, String path, byte[] data) {
        String[] parts = path.split("/");
        Node d = root;
        for (int i = 0; i < parts.length; i++) {
            String name = shortName(parts[i]);
            boolean leaf = i == parts.length - 1;
            Node c = d.children.get(name);
            if (c == null) {
                c = new Node(name, leaf ? data : null);
                d.children.put(name, c);
            } else if (leaf || c.data != null) {
                throw new IllegalArgumentException("EFI partition: conflicting path " + path);
            }
            d = c;
        }
        if (root.children.size() > ROOT_ENTRIES - 1) {
            throw new IllegalArgumentException("EFI partition: root directory full");
        }
    }

    private static void collect(Node d, List<Node> out) {
        for (Node c : d.children.values()) {
            out.add(c);
            if (c.data == null) {
                collect(c, out);
            }
        }
    }

    private static Node parentOf(Node from, Node target) {
        for (Node c : from.children.values()) {
            if (c == target) {
                return from;
            }
            if (c.data == null) {
                Node p = parentOf(c, target);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static void writeDir(byte[] img, int off, Node d, int date, int tod) {
        for (Node c : d.children.values()) {
            entry(img, off, c.name, c.data == null ? ATTR_DIRECTORY : ATTR_ARCHIVE, c.cluster,
                    c.data == null ? 0 : c.data.length, date, tod);
            off += 32;
        }
    }

    /** A 32-byte directory entry (fatgen103 "FAT Directory Structure"). */
    private static void entry(byte[] img, int o, String name11, int attr, int cluster, long size, int date, int tod) {
        byte[] n = name11.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, img, o, 11);
        img[o + 11] = (byte) attr;
        Gpt.putLe(img, o + 14, tod, 2);
        Gpt.putLe(img, o + 16, date, 2);
        Gpt.putLe(img, o + 18, date, 2);
        Gpt.putLe(img, o + 22, tod, 2);
        Gpt.putLe(img, o + 24, date, 2);
        Gpt.putLe(img, o + 26, cluster, 2);
        Gpt.putLe(img, o + 28, size, 4);
    }

    private static void bootSector(byte[] img, Geometry g, long sectors, long hidden, int serial, String label) {
        img[0] = (byte) 0xEB; img[1] = 0x3C; img[2] = (byte) 0x90;            // jmp short 0x3E; nop
        System.arraycopy("MYOS2026".getBytes(StandardCharsets.US_ASCII), 0, img, 3, 8);
        Gpt.putLe(img, 11, SECTOR, 2);
        img[13] = (byte) g.sectorsPerCluster;
        Gpt.putLe(img, 14, RESERVED_SECTORS, 2);
        img[16] = FATS;
        Gpt.putLe(img, 17, ROOT_ENTRIES, 2);
        Gpt.putLe(img, 19, sectors < 0x10000 ? sectors : 0, 2);
        img[21] = (byte) MEDIA_FIXED;
        Gpt.putLe(img, 22, g.fatSectors, 2);
        Gpt.putLe(img, 24, 63, 2);             // geometry only BIOS int 13h ever used
        Gpt.putLe(img, 26, 255, 2);
        Gpt.putLe(img, 28, hidden, 4);
        Gpt.putLe(img, 32, sectors < 0x10000 ? 0 : sectors, 4);
        img[36] = (byte) 0x80;
        img[38] = 0x29;                        // extended boot signature: the next three fields exist
        Gpt.putLe(img, 39, serial & 0xffffffffL, 4);
        System.arraycopy(pad11(label).getBytes(StandardCharsets.US_ASCII), 0, img, 43, 11);
        System.arraycopy("FAT16   ".getBytes(StandardCharsets.US_ASCII), 0, img, 54, 8);
        img[0x3E] = (byte) 0xCD; img[0x3F] = 0x18;    // int 18h: "not bootable, try the next device"
        img[0x40] = (byte) 0xF4; img[0x41] = (byte) 0xEB; img[0x42] = (byte) 0xFD;   // hlt; jmp $-1
        img[510] = 0x55;
        img[511] = (byte) 0xAA;
    }

    private static void writeFats(byte[] img, Geometry g, List<Node> order) {
        byte[] fat = new byte[g.fatSectors * SECTOR];
        Gpt.putLe(fat, 0, 0xFF00 | MEDIA_FIXED, 2);
        Gpt.putLe(fat, 2, EOC, 2);   // bits 15/14 set: volume clean, no I/O errors
        for (Node n : order) {
            for (int i = 0; i < n.clusters; i++) {
                int c = n.cluster + i;
                Gpt.putLe(fat, 2 * c, i == n.clusters - 1 ? EOC : c + 1, 2);
            }
        }
        for (int f = 0; f < FATS; f++) {
            System.arraycopy(fat, 0, img, (RESERVED_SECTORS + f * g.fatSectors) * SECTOR, fat.length);
        }
    }

    /** "BOOTX64.EFI" → "BOOTX64 EFI"; only upper-case 8.3 names are accepted. */
    static String shortName(String s) {
        int dot = s.indexOf('.');
        String base = dot < 0 ? s : s.substring(0, dot);
        String ext = dot < 0 ? "" : s.substring(dot + 1);
        if (base.isEmpty() || base.length() > 8 || ext.length() > 3 || !valid83(base) || !valid83(ext)) {
            throw new IllegalArgumentException("not an upper-case 8.3 FAT name: " + s);
        }
        return pad(base, 8) + pad(ext, 3);
    }

    private static boolean valid83(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'()-@^_`{}~".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static String pad(String s, int n) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < n) {
            b.append(' ');
        }
        return b.toString();
    }

    static String pad11(String label) {
        String l = label.length() > 11 ? label.substring(0, 11) : label;
        if (!valid83(l.replace(" ", ""))) {
            throw new IllegalArgumentException("FAT volume label must be upper case: " + label);
        }
        return pad(l, 11);
    }

    /** DOS date (fatgen103 "Date Format"): years since 1980, month, day — in UTC. */
    static int dosDate(long epochSeconds) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(Math.max(epochSeconds, 315532800L), 0, java.time.ZoneOffset.UTC);
        return (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
    }

    static int dosTime(long epochSeconds) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(Math.max(epochSeconds, 315532800L), 0, java.time.ZoneOffset.UTC);
        return t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
    }
}
