package myos.image;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import myos.kernel.fs.FsException;
import myos.kernel.fs.TimeSource;
import myos.kernel.fs.ext2.Ext2;
import myos.kernel.fs.ext2.Ext2Format;

/**
 * Builds the whole disk: GPT with protective MBR + GRUB boot.img, a BIOS boot partition
 * holding GRUB's core, an EFI system partition (FAT16) with a standalone \EFI\BOOT\BOOTX64.EFI,
 * and the ext2 root — then converts the raw disk to compressed qcow2 with qemu-img.
 *
 * <p>Layout (512-byte sectors, partitions 1 MiB aligned): LBA 0 MBR, 1 GPT header, 2..33
 * entries; partition 1 "BIOS boot" at 1 MiB (1 MiB); partition 2 "EFI System" at 2 MiB;
 * partition 3 the root; 1 MiB at the end for the backup GPT.
 *
 * <p>Reproducibility: every timestamp is the given epoch; every UUID and the FAT serial come
 * from a SHA-256 of all inputs (tree, file contents, GRUB images, sizes); nothing reads the
 * clock, the host's users or paths. The raw image is written to a temporary file and only
 * renamed into place when everything succeeded, so a failure never leaves a corrupt image.
 */
final class DiskImage {
    static final int SECTOR = 512;
    static final long MIB = 2048;   // sectors
    static final long BIOS_START = MIB;
    static final long BIOS_SECTORS = MIB;
    static final long ESP_START = BIOS_START + BIOS_SECTORS;
    static final int ROOT_PARTITION = 3;

    /** What to build. */
    static final class Options {
        File tree;
        Map<String, File> inputs = new TreeMap<String, File>();
        File out;
        File raw;
        File work;
        File grubLib = new File("/usr/lib/grub");
        long epoch = -1;
        int rootMiB = 64;
        int espMiB = 8;
        int blockSize = 4096;
        String cmdline = "console=ttyS0";
        String qemuImg = "qemu-img";
    }

    /** The sector map, computed from the sizes alone. */
    static final class Layout {
        final long espSectors;
        final long rootStart;
        final long rootSectors;
        final long diskSectors;

        Layout(int espMiB, int rootMiB) {
            espSectors = espMiB * MIB;
            rootStart = ESP_START + espSectors;
            rootSectors = rootMiB * MIB;
            diskSectors = rootStart + rootSectors + MIB;
        }
    }

    private DiskImage() {
    }

    static void build(Options o) throws IOException, TreeSpec.SpecException {
        if (o.epoch < 0) {
            throw new IOException("SOURCE_DATE_EPOCH is not set (every timestamp in the image comes from it)");
        }
        if (o.rootMiB < 4 || o.espMiB < 4) {
            throw new IOException("partition sizes below 4 MiB are not supported");
        }
        List<String> diskModules = Grub.diskModules(o.grubLib);
        List<TreeSpec.Entry> entries = withGrubModules(TreeSpec.parse(o.tree, o.inputs), o.grubLib, diskModules);
        Files.createDirectories(o.work.toPath());
        String prefix = "(,gpt" + ROOT_PARTITION + ")" + Grub.MODULE_DIR;
        byte[] core = Grub.mkimage(o.grubLib, "i386-pc", Grub.BIOS_CORE_MODULES, prefix,
                Grub.config(Grub.BIOS_CONSOLE_MODULES, Grub.BIOS_LOADER_MODULES, "/boot/kernel.elf", o.cmdline), o.work);
        byte[] efi = Grub.mkimage(o.grubLib, "x86_64-efi", Grub.EFI_MODULES, prefix,
                Grub.config(new ArrayList<String>(), new ArrayList<String>(), "/boot/kernel.elf", o.cmdline), o.work);
        byte[] bootImg = Grub.bootImg(o.grubLib);
        Layout l = new Layout(o.espMiB, o.rootMiB);
        Uuids ids = new Uuids(digest(o, entries, core, efi, bootImg));

        File tmp = new File(o.work, "disk.raw.tmp");
        Files.deleteIfExists(tmp.toPath());
        try (RandomAccessFile f = new RandomAccessFile(tmp, "rw")) {
            f.setLength(l.diskSectors * SECTOR);
            writeRoot(f, l, entries, ids, o);
            writeEsp(f, l, efi, ids, o.epoch);
            byte[] placed = Grub.placeCore(core, BIOS_START, BIOS_SECTORS);
            f.seek(BIOS_START * SECTOR);
            f.write(placed);
            writePartitionTables(f, l, bootImg, ids);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp.toPath());
            throw e;
        }
        File qcowTmp = new File(o.work, "disk.qcow2.tmp");
        Files.deleteIfExists(qcowTmp.toPath());
        try {
            // -m 1: one coroutine, so compressed clusters land in a fixed order (byte-identical output).
            Exec.run(Arrays.asList(o.qemuImg, "convert", "-q", "-f", "raw", "-O", "qcow2", "-c", "-m", "1",
                    "-o", "compression_type=zlib", tmp.getPath(), qcowTmp.getPath()), null);
            Files.createDirectories(o.out.getAbsoluteFile().getParentFile().toPath());
            Files.move(qcowTmp.toPath(), o.out.toPath(), StandardCopyOption.REPLACE_EXISTING);
            if (o.raw != null) {
                Files.move(tmp.toPath(), o.raw.toPath(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp.toPath());
            Files.deleteIfExists(qcowTmp.toPath());
        }
    }

    /**
     * The tree plus /boot/grub/i386-pc/NAME.mod for every module the BIOS script loads (see
     * {@link Grub}): root-owned, 0644, from the same GRUB installation as the core image, so
     * the two always match. The tree itself must have /boot and must not have /boot/grub.
     */
    static List<TreeSpec.Entry> withGrubModules(List<TreeSpec.Entry> tree, File grubLib, List<String> modules)
            throws IOException {
        TreeMap<String, TreeSpec.Entry> byPath = new TreeMap<String, TreeSpec.Entry>();
        for (TreeSpec.Entry e : tree) {
            byPath.put(e.path, e);
        }
        String dir = Grub.MODULE_DIR;
        TreeSpec.Entry parent = byPath.get(dir.substring(0, dir.lastIndexOf('/')));
        if (parent == null || parent.kind != TreeSpec.Kind.DIR) {
            throw new IOException("the root tree has no " + dir.substring(0, dir.lastIndexOf('/')) + " directory for GRUB's modules");
        }
        if (byPath.containsKey(dir)) {
            throw new IOException("the root tree must not list " + dir + ": the image builder writes GRUB's modules there");
        }
        byPath.put(dir, new TreeSpec.Entry(TreeSpec.Kind.DIR, dir, 0755, 0, 0, null, 0, 0, 0));
        String mods = dir + "/i386-pc";
        byPath.put(mods, new TreeSpec.Entry(TreeSpec.Kind.DIR, mods, 0755, 0, 0, null, 0, 0, 0));
        for (String m : modules) {
            File f = new File(grubLib, "i386-pc/" + m + ".mod");
            if (!f.isFile()) {
                throw new IOException("GRUB module " + f + " not found (package grub-pc-bin)");
            }
            byPath.put(mods + "/" + m + ".mod", new TreeSpec.Entry(TreeSpec.Kind.FILE, mods + "/" + m + ".mod", 0644, 0, 0, f.getPath(), 0, 0, 0));
        }
        return new ArrayList<TreeSpec.Entry>(byPath.values());
    }

    private static void writeRoot(RandomAccessFile f, Layout l, List<TreeSpec.Entry> entries, Uuids ids, Options o)
            throws IOException {
        final long epoch = o.epoch;
        TimeSource fixed = new TimeSource() {
            @Override
            public long nowSeconds() {
                return epoch;
            }
        };
        Ext2Format.Options fo = new Ext2Format.Options();
        fo.blockSize = o.blockSize;
        fo.uuid = ids.uuid("root-fs");
        fo.label = "myos-root";
        fo.bytesPerInode = 16384;
        try {
            Ext2 fs = Ext2Format.format(new FileWindow(f, l.rootStart, l.rootSectors), fo, fixed);
            RootFs.populate(fs, entries);
        } catch (FsException e) {
            if (e.errno() == FsException.ENOSPC) {
                throw new IOException("the root tree does not fit in the " + o.rootMiB + " MiB root partition ("
                        + e.getMessage() + "); raise --root-size");
            }
            throw new IOException("writing the ext2 root: " + e.getMessage());
        }
    }

    private static void writeEsp(RandomAccessFile f, Layout l, byte[] efi, Uuids ids, long epoch) throws IOException {
        Map<String, byte[]> files = new TreeMap<String, byte[]>();
        files.put("EFI/BOOT/BOOTX64.EFI", efi);
        byte[] serial = ids.uuid("esp-serial");
        int vol = (serial[0] & 0xff) | (serial[1] & 0xff) << 8 | (serial[2] & 0xff) << 16 | (serial[3] & 0xff) << 24;
        byte[] fat;
        try {
            fat = Fat16.build(l.espSectors, ESP_START, vol, "EFISYSTEM", epoch, files);
        } catch (IllegalArgumentException e) {
            throw new IOException("writing the EFI system partition: " + e.getMessage());
        }
        f.seek(ESP_START * SECTOR);
        f.write(fat);
    }

    private static void writePartitionTables(RandomAccessFile f, Layout l, byte[] bootImg, Uuids ids) throws IOException {
        List<Gpt.Partition> parts = new ArrayList<Gpt.Partition>();
        parts.add(new Gpt.Partition(Gpt.TYPE_BIOS_BOOT, ids.uuid("part-bios"), BIOS_START, BIOS_START + BIOS_SECTORS - 1, "BIOS boot"));
        parts.add(new Gpt.Partition(Gpt.TYPE_ESP, ids.uuid("part-esp"), ESP_START, ESP_START + l.espSectors - 1, "EFI System"));
        parts.add(new Gpt.Partition(Gpt.TYPE_LINUX_FS, ids.uuid("part-root"), l.rootStart, l.rootStart + l.rootSectors - 1, "MyOS root"));
        byte[] entries = Gpt.entries(parts);
        byte[] disk = ids.uuid("disk");
        byte[] mbr = new byte[SECTOR];
        Gpt.protectiveMbr(mbr, l.diskSectors);
        Grub.installBootSector(mbr, bootImg, BIOS_START);
        f.seek(0);
        f.write(mbr);
        f.write(Gpt.header(l.diskSectors, disk, entries, true));
        f.write(entries);
        f.seek((l.diskSectors - 1 - Gpt.ENTRY_SECTORS) * SECTOR);
        f.write(entries);
        f.write(Gpt.header(l.diskSectors, disk, entries, false));
    }

    /** SHA-256 over every input in a fixed order; the namespace of all UUIDs. */
    static byte[] digest(Options o, List<TreeSpec.Entry> entries, byte[]... blobs) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(("myos2026 image v1 root=" + o.rootMiB + " esp=" + o.espMiB + " bs=" + o.blockSize
                    + " epoch=" + o.epoch + " cmdline=" + o.cmdline + "\n").getBytes(StandardCharsets.UTF_8));
            for (TreeSpec.Entry e : entries) {
                d.update((e.kind + " " + e.path + " " + e.mode + " " + e.uid + " " + e.gid + " " + e.major + " " + e.minor
                        + (e.kind == TreeSpec.Kind.SYMLINK ? " " + e.arg : "") + "\n").getBytes(StandardCharsets.UTF_8));
                if (e.kind == TreeSpec.Kind.FILE) {
                    d.update(Files.readAllBytes(new File(e.arg).toPath()));   // contents, never the host path
                }
            }
            for (byte[] b : blobs) {
                d.update(b);
            }
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
