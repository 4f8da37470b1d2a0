package myos.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import myos.kernel.fs.FsException;
import myos.kernel.fs.TimeSource;
import myos.kernel.fs.ext2.DirEntry;
import myos.kernel.fs.ext2.Ext2;
import myos.kernel.fs.ext2.Ext2Format;
import myos.kernel.fs.ext2.Inode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The kernel's ext2 code against the reference implementation, both ways: volumes it
 * writes (every block size, several groups, triple-indirect sparse files, fast and slow
 * symlinks, devices, big directories) pass e2fsck -fn; volumes mke2fs writes read back.
 */
@Tag("host")
class Ext2RealToolsTest {
    static final TimeSource T = new TimeSource() {
        @Override
        public long nowSeconds() {
            return Fixtures.EPOCH;
        }
    };

    static byte[] pattern(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed + (i >>> 9));
        }
        return b;
    }

    @Test
    void volumesWrittenByOurCodePassE2fsck() throws Exception {
        for (int bs : new int[] {1024, 2048, 4096}) {
            File img = new File(Fixtures.tempDir("e2fsck"), "v" + bs + ".ext2");
            long sectors = 40L << 11;   // 40 MiB: 5 groups at 1 KiB blocks, 2 at 2 KiB, 1 at 4 KiB
            try (RandomAccessFile f = new RandomAccessFile(img, "rw")) {
                f.setLength(sectors * 512);
                Ext2Format.Options o = new Ext2Format.Options();
                o.blockSize = bs;
                o.uuid = Uuids.v5(new byte[16], ("bs" + bs).getBytes("UTF-8"));
                o.bytesPerInode = 8192;
                Ext2 fs = Ext2Format.format(new FileWindow(f, 0, sectors), o, T);
                populate(fs, bs);
                fs.sync();
            }
            String out = Exec.run(Arrays.asList("e2fsck", "-fn", img.getPath()), null);
            assertTrue(out.contains("Pass 5"), out);
            String stat = Exec.run(Arrays.asList("debugfs", "-R", "stat /sparse", img.getPath()), null);
            long far = (12L + bs / 4 + (long) (bs / 4) * (bs / 4)) * bs + 77;
            assertTrue(stat.contains("Size: " + (far + 3000)), stat);
            String link = Exec.run(Arrays.asList("debugfs", "-R", "stat /d/slow", img.getPath()), null);
            assertTrue(link.contains("Type: symlink"), link);
            File dumped = new File(img.getParentFile(), "big.out");
            Exec.run(Arrays.asList("debugfs", "-R", "dump /d/big " + dumped.getPath(), img.getPath()), null);
            assertArrayEquals(pattern(3 << 20, bs), Files.readAllBytes(dumped.toPath()));
        }
    }

    private static void populate(Ext2 fs, int bs) {
        int d = fs.mkdir(Ext2.ROOT_INO, "d", 0755, 1000, 1000);
        int big = fs.create(d, "big", 0644, 70000, 70001);   // 32-bit ids use the high halves
        byte[] data = pattern(3 << 20, bs);
        for (int off = 0; off < data.length; off += 10000) {
            fs.write(big, off, data, off, Math.min(10000, data.length - off));
        }
        fs.symlink(d, "fast", "big", 0, 0);
        fs.symlink(d, "slow", "/d/" + "long-".repeat(30) + "target", 0, 0);
        int dev = fs.mkdir(Ext2.ROOT_INO, "dev", 0755, 0, 0);
        fs.mknod(dev, "console", Inode.S_IFCHR | 0600, 5, 1, 0, 5);
        fs.mknod(dev, "nvme", Inode.S_IFBLK | 0660, 259, 300000, 0, 6);
        fs.mknod(dev, "fifo", Inode.S_IFIFO | 0644, 0, 0, 0, 0);
        fs.mknod(dev, "sock", Inode.S_IFSOCK | 0755, 0, 0, 0, 0);
        int many = fs.mkdir(Ext2.ROOT_INO, "many", 0755, 0, 0);
        for (int i = 0; i < 700; i++) {
            fs.create(many, "n" + i, 0600, 0, 0);
        }
        for (int i = 0; i < 40; i++) {
            int sub = fs.mkdir(many, "sub" + i, 0700, 0, 0);
            fs.write(fs.create(sub, "x", 0644, 0, 0), 0, data, 0, 20000 + i);
        }
        int sparse = fs.create(Ext2.ROOT_INO, "sparse", 0644, 0, 0);
        long far = (12L + bs / 4 + (long) (bs / 4) * (bs / 4)) * bs + 77;   // first byte of the triple-indirect range + 77
        fs.write(sparse, far, data, 0, 3000);
        fs.write(sparse, 5, data, 0, 10);
    }

    @Test
    void volumesWrittenByMke2fsReadBack() throws Exception {
        File work = Fixtures.tempDir("mke2fs");
        File src = new File(work, "src");
        Files.createDirectories(new File(src, "etc/deep/er").toPath());
        Files.write(new File(src, "etc/hostname").toPath(), "ref\n".getBytes("UTF-8"));
        byte[] big = pattern(2 << 20, 9);
        Files.write(new File(src, "etc/deep/er/big").toPath(), big);
        Files.createSymbolicLink(new File(src, "link").toPath(), new File("etc/hostname").toPath());
        for (int i = 0; i < 300; i++) {
            Files.write(new File(src, "etc/f" + i).toPath(), new byte[i]);
        }
        File img = new File(work, "ref.ext2");
        for (String bs : new String[] {"1024", "4096"}) {
            Files.deleteIfExists(img.toPath());
            Exec.run(Arrays.asList("mke2fs", "-q", "-F", "-t", "ext2", "-b", bs, "-E", "root_owner=0:0", "-d", src.getPath(),
                    img.getPath(), "16M"), null);
            try (RandomAccessFile f = new RandomAccessFile(img, "r")) {
                Ext2 fs = Ext2.mount(new FileWindow(f, 0, f.length() / 512), T);
                assertEquals(Integer.parseInt(bs), fs.blockSize());
                int ino = fs.lookupPath("/etc/deep/er/big");
                byte[] got = new byte[big.length];
                assertEquals(big.length, fs.read(ino, 0, got, 0, got.length));
                assertArrayEquals(big, got);
                assertEquals("etc/hostname", fs.readlink(fs.lookupPath("/link")));
                Set<String> names = new HashSet<String>();
                for (DirEntry e : fs.list(fs.lookupPath("/etc"))) {
                    names.add(e.name);
                }
                assertEquals(300 + 4, names.size());   // f0..f299, hostname, deep, ".", ".."
                byte[] host = new byte[16];
                int n = fs.read(fs.lookupPath("/etc/hostname"), 0, host, 0, 16);
                assertEquals("ref\n", new String(host, 0, n, "UTF-8"));
            }
        }
    }


    @Test
    void writingIntoAMke2fsVolumeKeepsItClean() throws Exception {
        // mke2fs's ext2 has 256-byte inodes, ext_attr, resize_inode and dir_index: our writes
        // must preserve what they do not understand (reserved GDT blocks, extra inode bytes).
        File work = Fixtures.tempDir("mke2fs-write");
        File src = new File(work, "src");
        Files.createDirectories(new File(src, "etc").toPath());
        for (int i = 0; i < 50; i++) {
            Files.write(new File(src, "etc/old" + i).toPath(), pattern(i * 100, i));
        }
        File img = new File(work, "v.ext2");
        Exec.run(Arrays.asList("mke2fs", "-q", "-F", "-t", "ext2", "-b", "1024", "-d", src.getPath(), img.getPath(), "32M"), null);
        // An extended attribute too big for the inode lives in a block named by i_file_acl:
        // rewriting /etc's inode must keep that pointer.
        String value = "v".repeat(600);
        Exec.run(Arrays.asList("debugfs", "-w", "-R", "ea_set /etc user.big " + value, img.getPath()), null);
        try (RandomAccessFile f = new RandomAccessFile(img, "rw")) {
            Ext2 fs = Ext2.mount(new FileWindow(f, 0, f.length() / 512), T);
            int etc = fs.lookupPath("/etc");
            for (int i = 0; i < 200; i++) {
                fs.write(fs.create(etc, "new" + i, 0600, 0, 0), 0, pattern(i * 700, i), 0, i * 700);
            }
            int d = fs.mkdir(Ext2.ROOT_INO, "d", 0755, 0, 0);
            fs.symlink(d, "slow", "t".repeat(80), 0, 0);
            fs.mknod(d, "null", Inode.S_IFCHR | 0666, 1, 3, 0, 0);
            fs.sync();
        }
        String out = Exec.run(Arrays.asList("e2fsck", "-fn", img.getPath()), null);
        assertTrue(out.contains("Pass 5"), out);
        String cat = Exec.run(Arrays.asList("debugfs", "-R", "stat /etc/new199", img.getPath()), null);
        assertTrue(cat.contains("Size: " + 199 * 700), cat);
        String ea = Exec.run(Arrays.asList("debugfs", "-R", "ea_get /etc user.big", img.getPath()), null);
        assertTrue(ea.contains(value), ea);
    }

    @Test
    void unknownFeaturesAreRefusedOrReadOnly() throws Exception {
        File work = Fixtures.tempDir("features");
        File ext4 = new File(work, "v.ext4");
        Exec.run(Arrays.asList("mke2fs", "-q", "-F", "-t", "ext4", ext4.getPath(), "16M"), null);
        try (RandomAccessFile f = new RandomAccessFile(ext4, "r")) {
            FsException e = assertThrows(FsException.class, () -> Ext2.mount(new FileWindow(f, 0, f.length() / 512), T));
            assertEquals(FsException.EINVAL, e.errno());
        }
        File huge = new File(work, "v.huge");   // huge_file is read-only-compatible: readable, not writable
        Exec.run(Arrays.asList("mke2fs", "-q", "-F", "-t", "ext2", "-O", "huge_file", huge.getPath(), "16M"), null);
        try (RandomAccessFile f = new RandomAccessFile(huge, "rw")) {
            Ext2 fs = Ext2.mount(new FileWindow(f, 0, f.length() / 512), T);
            assertTrue(fs.isReadOnly());
            assertEquals(11, fs.lookup(Ext2.ROOT_INO, "lost+found"));
            FsException e = assertThrows(FsException.class, () -> fs.mkdir(Ext2.ROOT_INO, "x", 0755, 0, 0));
            assertEquals(FsException.EROFS, e.errno());
        }
    }

    @Test
    void deletionsAndTruncationsLeaveE2fsckClean() throws Exception {
        for (int bs : new int[] {1024, 4096}) {
            File img = new File(Fixtures.tempDir("delete"), "v.ext2");
            long sectors = 24L << 11;
            try (RandomAccessFile f = new RandomAccessFile(img, "rw")) {
                f.setLength(sectors * 512);
                Ext2Format.Options o = new Ext2Format.Options();
                o.blockSize = bs;
                o.uuid = Uuids.v5(new byte[16], "delete".getBytes("UTF-8"));
                o.bytesPerInode = 8192;
                Ext2 fs = Ext2Format.format(new FileWindow(f, 0, sectors), o, T);
                populate(fs, bs);
                int d = fs.lookupPath("/d");
                fs.truncate(fs.lookupPath("/d/big"), 100000);        // into the single-indirect range
                fs.truncate(fs.lookupPath("/sparse"), 7);            // drops the triple-indirect tree
                fs.unlink(d, "slow");
                fs.link(d, "big2", fs.lookupPath("/d/big"));
                fs.unlink(d, "big");
                int many = fs.lookupPath("/many");
                for (int i = 0; i < 700; i += 2) {
                    fs.unlink(many, "n" + i);
                }
                for (int i = 0; i < 40; i += 3) {
                    fs.unlink(fs.lookup(many, "sub" + i), "x");
                    fs.rmdir(many, "sub" + i);
                }
                fs.unlink(fs.lookupPath("/dev"), "nvme");
                fs.rename(many, "sub1", d, "moved");                       // directory across parents
                fs.rename(d, "fast", fs.lookupPath("/dev"), "console");    // replaces a device node
                fs.rename(many, "n1", many, "n3");                         // replaces a file in place
                fs.mkdir(d, "empty", 0700, 0, 0);
                fs.rename(many, "sub2", d, "empty");                       // replaces an empty directory
                fs.sync();
            }
            String out = Exec.run(Arrays.asList("e2fsck", "-fn", img.getPath()), null);
            assertTrue(out.contains("Pass 5"), out);
            String stat = Exec.run(Arrays.asList("debugfs", "-R", "stat /d/big2", img.getPath()), null);
            assertTrue(stat.contains("Size: 100000") && stat.contains("Links: 1"), stat);
            String moved = Exec.run(Arrays.asList("debugfs", "-R", "ls -l /d/moved", img.getPath()), null);
            assertTrue(moved.contains(" x"), moved);
        }
    }

    @Test
    void runningOutOfSpaceLeavesE2fsckClean() throws Exception {
        File img = new File(Fixtures.tempDir("enospc"), "v.ext2");
        long sectors = 2L << 11;   // 2 MiB, 1 KiB blocks
        try (RandomAccessFile f = new RandomAccessFile(img, "rw")) {
            f.setLength(sectors * 512);
            Ext2Format.Options o = new Ext2Format.Options();
            o.blockSize = 1024;
            o.uuid = Uuids.v5(new byte[16], "enospc".getBytes("UTF-8"));
            Ext2 fs = Ext2Format.format(new FileWindow(f, 0, sectors), o, T);
            int big = fs.create(Ext2.ROOT_INO, "big", 0644, 0, 0);
            byte[] data = pattern(4 << 20, 3);
            FsException full = assertThrows(FsException.class, () -> fs.write(big, 0, data, 0, data.length));
            assertEquals(FsException.ENOSPC, full.errno());
            long written = fs.stat(big).size;
            assertTrue(written > 1 << 20 && written < 2 << 20, "short write of " + written);
            fs.truncate(big, written - 40 * 1024);   // room for a little metadata, not much
            int d = fs.mkdir(Ext2.ROOT_INO, "d", 0755, 0, 0);
            FsException e = assertThrows(FsException.class, () -> {
                for (int i = 0; ; i++) {   // directory blocks, symlink blocks, subdirectories: until full
                    fs.symlink(d, "long-name-to-fill-directory-blocks-" + i, "t".repeat(200), 0, 0);
                    if (i % 7 == 0) {
                        fs.mkdir(d, "sub" + i, 0755, 0, 0);
                    }
                }
            });
            assertTrue(e.errno() == FsException.ENOSPC, e.getMessage());
            fs.sync();
            byte[] back = new byte[(int) fs.stat(big).size];
            fs.read(big, 0, back, 0, back.length);
            assertArrayEquals(Arrays.copyOf(data, back.length), back);
        }
        String out = Exec.run(Arrays.asList("e2fsck", "-fn", img.getPath()), null);
        assertTrue(out.contains("Pass 5"), out);
    }
}
