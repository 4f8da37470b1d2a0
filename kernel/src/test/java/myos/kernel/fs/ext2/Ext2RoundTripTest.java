package myos.kernel.fs.ext2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import myos.kernel.fs.FsException;
import myos.kernel.fs.TimeSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class Ext2RoundTripTest {
    static final TimeSource T0 = new TimeSource() {
        @Override
        public long nowSeconds() {
            return 1767225600L;
        }
    };

    static Ext2 fresh(int blockSize, int volumeBytes) {
        Ext2Format.Options o = new Ext2Format.Options();
        o.blockSize = blockSize;
        o.uuid = new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
        o.label = "test";
        o.bytesPerInode = 4096;
        return Ext2Format.format(new MemoryBlockDevice(512, volumeBytes / 512), o, T0);
    }

    static byte[] pattern(int n, int seed) {
        byte[] b = new byte[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            b[i] = (byte) (x >>> 16);
        }
        return b;
    }

    static byte[] readAll(Ext2 fs, int ino) {
        byte[] b = new byte[(int) fs.stat(ino).size];
        assertEquals(b.length, fs.read(ino, 0, b, 0, b.length));
        return b;
    }

    @Test
    void freshVolumeHasRootAndLostFound() {
        Ext2 fs = fresh(1024, 4 << 20);
        List<DirEntry> root = fs.list(Ext2.ROOT_INO);
        assertEquals(".", root.get(0).name);
        assertEquals("..", root.get(1).name);
        assertEquals(Ext2.ROOT_INO, root.get(1).inode);
        assertEquals(11, fs.lookup(Ext2.ROOT_INO, "lost+found"));
        assertEquals(3, fs.stat(Ext2.ROOT_INO).linksCount);
        assertEquals(040700, fs.stat(11).mode);
    }

    @Test
    void filesOfEverySizeClassRoundTrip() {
        for (int bs : new int[] {1024, 4096}) {
            Ext2 fs = fresh(bs, 24 << 20);
            int[] sizes = {0, 1, bs - 1, bs, bs + 1, 12 * bs, 12 * bs + 1, (12 + bs / 4) * bs + 7, 5 << 20};
            List<Integer> inos = new ArrayList<Integer>();
            for (int i = 0; i < sizes.length; i++) {
                int ino = fs.create(Ext2.ROOT_INO, "f" + i, 0644, 1000, 100);
                byte[] data = pattern(sizes[i], i);
                // Write in odd-sized pieces so partial-block paths run.
                for (int off = 0; off < data.length; off += 3001) {
                    fs.write(ino, off, data, off, Math.min(3001, data.length - off));
                }
                inos.add(ino);
            }
            fs.sync();
            Ext2 again = Ext2.mount(fs.dev, T0);
            for (int i = 0; i < sizes.length; i++) {
                int ino = again.lookup(Ext2.ROOT_INO, "f" + i);
                assertEquals((int) inos.get(i), ino);
                assertArrayEquals(pattern(sizes[i], i), readAll(again, ino), "size " + sizes[i] + " bs " + bs);
                Inode in = again.stat(ino);
                assertEquals(1000, in.uid);
                assertEquals(100, in.gid);
                assertEquals(0100644, in.mode);
            }
            Consistency.check(again);
        }
    }

    @Test
    void sparseFileReachesTripleIndirectAndReadsHolesAsZero() {
        Ext2 fs = fresh(1024, 8 << 20);
        int ino = fs.create(Ext2.ROOT_INO, "sparse", 0600, 0, 0);
        long far = (12L + 256 + 256 * 256 + 5) * 1024 + 100;  // inside the triple-indirect range
        byte[] tail = pattern(2000, 7);
        fs.write(ino, far, tail, 0, tail.length);
        fs.write(ino, 10, tail, 0, 5);
        Inode in = fs.stat(ino);
        assertEquals(far + tail.length, in.size);
        // data: 3 blocks at the far end (bytes 100..2100 of three 1 KiB blocks) + 1 at the start;
        // indirect: tind, dind, ind — nothing else, so the hole costs no blocks
        assertEquals((4 + 3) * 2, in.sectors);
        byte[] got = new byte[tail.length];
        assertEquals(tail.length, fs.read(ino, far, got, 0, got.length));
        assertArrayEquals(tail, got);
        byte[] hole = new byte[4096];
        fs.read(ino, 5 << 20, hole, 0, hole.length);
        assertArrayEquals(new byte[4096], hole);
        fs.sync();
        Consistency.check(fs);
    }

    @Test
    void symlinksFastAndSlow() {
        Ext2 fs = fresh(1024, 4 << 20);
        String shortT = "/bin/busybox";
        String longT = "/very/long/target/" + "x".repeat(200);
        String edge = "y".repeat(59);
        String edge2 = "z".repeat(60);
        int a = fs.symlink(Ext2.ROOT_INO, "short", shortT, 0, 0);
        int b = fs.symlink(Ext2.ROOT_INO, "long", longT, 0, 0);
        int c = fs.symlink(Ext2.ROOT_INO, "edge59", edge, 0, 0);
        int d = fs.symlink(Ext2.ROOT_INO, "edge60", edge2, 0, 0);
        assertEquals(shortT, fs.readlink(a));
        assertEquals(longT, fs.readlink(b));
        assertEquals(edge, fs.readlink(c));
        assertEquals(edge2, fs.readlink(d));
        assertEquals(0, fs.stat(a).sectors);
        assertEquals(0, fs.stat(c).sectors);
        assertEquals(2, fs.stat(b).sectors);
        assertEquals(2, fs.stat(d).sectors);
        assertEquals(0120777, fs.stat(a).mode);
        assertEquals(DirEntry.FT_SYMLINK, find(fs.list(Ext2.ROOT_INO), "long").fileType);
    }

    @Test
    void deviceNodesKeepTheirNumbers() {
        Ext2 fs = fresh(1024, 4 << 20);
        int dev = fs.mkdir(Ext2.ROOT_INO, "dev", 0755, 0, 0);
        int con = fs.mknod(dev, "console", Inode.S_IFCHR | 0600, 5, 1, 0, 5);
        int big = fs.mknod(dev, "big", Inode.S_IFBLK | 0660, 259, 70000, 0, 6);
        int fifo = fs.mknod(dev, "fifo", Inode.S_IFIFO | 0644, 0, 0, 0, 0);
        assertEquals(5, fs.stat(con).major());
        assertEquals(1, fs.stat(con).minor());
        assertEquals(0x501, fs.stat(con).block[0]);
        assertEquals(259, fs.stat(big).major());
        assertEquals(70000, fs.stat(big).minor());
        assertEquals(060660, fs.stat(big).mode);
        assertEquals(DirEntry.FT_FIFO, find(fs.list(dev), "fifo").fileType);
        assertEquals(fifo, fs.lookupPath("/dev/fifo"));
        assertThrows(FsException.class, () -> fs.mknod(dev, "bad", Inode.S_IFREG | 0644, 1, 1, 0, 0));
    }

    @Test
    void manyEntriesInOneDirectory() {
        Ext2 fs = fresh(1024, 8 << 20);
        int d = fs.mkdir(Ext2.ROOT_INO, "many", 0755, 0, 0);
        int n = 1500;
        for (int i = 0; i < n; i++) {
            fs.create(d, "entry-with-a-longish-name-" + i, 0644, 0, 0);
        }
        assertTrue(fs.stat(d).size > 30 * 1024, "directory spans many blocks");
        List<DirEntry> all = fs.list(d);
        assertEquals(n + 2, all.size());
        for (int i = 0; i < n; i++) {
            assertEquals(all.get(i + 2).inode, fs.lookup(d, "entry-with-a-longish-name-" + i));
        }
        fs.sync();
        Consistency.check(Ext2.mount(fs.dev, T0));
    }

    @Test
    void nestedDirectoriesAndLinkCounts() {
        Ext2 fs = fresh(2048, 16 << 20);
        int a = fs.mkdir(Ext2.ROOT_INO, "a", 0755, 0, 0);
        int b = fs.mkdir(a, "b", 0700, 0, 0);
        fs.mkdir(a, "c", 0700, 0, 0);
        assertEquals(4, fs.stat(a).linksCount);
        assertEquals(2, fs.stat(b).linksCount);
        assertEquals(a, find(fs.list(b), "..").inode);
        assertEquals(b, fs.lookupPath("/a/b"));
        assertEquals(b, fs.lookupPath("//a//b/"));
        assertEquals(0, fs.lookupPath("/a/nope"));
        fs.sync();
        Consistency.check(fs);
    }

    @Test
    void errorsAreErrnos() {
        Ext2 fs = fresh(1024, 4 << 20);
        int f = fs.create(Ext2.ROOT_INO, "f", 0644, 0, 0);
        assertEquals(FsException.EEXIST, assertThrows(FsException.class,
                () -> fs.create(Ext2.ROOT_INO, "f", 0644, 0, 0)).errno());
        assertEquals(FsException.ENOTDIR, assertThrows(FsException.class,
                () -> fs.mkdir(f, "x", 0755, 0, 0)).errno());
        assertEquals(FsException.EINVAL, assertThrows(FsException.class,
                () -> fs.create(Ext2.ROOT_INO, "a/b", 0644, 0, 0)).errno());
        assertEquals(FsException.ENAMETOOLONG, assertThrows(FsException.class,
                () -> fs.create(Ext2.ROOT_INO, "n".repeat(256), 0644, 0, 0)).errno());
        assertEquals(FsException.EISDIR, assertThrows(FsException.class,
                () -> fs.read(Ext2.ROOT_INO, 0, new byte[1], 0, 1)).errno());
    }

    @Test
    void fullVolumeIsEnospcNotCorruption() {
        Ext2 fs = fresh(1024, 1 << 20);
        int f = fs.create(Ext2.ROOT_INO, "big", 0644, 0, 0);
        byte[] chunk = pattern(64 * 1024, 3);
        FsException e = assertThrows(FsException.class, () -> {
            for (long off = 0; ; off += chunk.length) {
                fs.write(f, off, chunk, 0, chunk.length);
            }
        });
        assertEquals(FsException.ENOSPC, e.errno());
        assertEquals(0, fs.freeBlocks());
        fs.sync();
        Consistency.check(fs);
    }

    @Test
    void tooSmallDeviceIsRefused() {
        assertEquals(FsException.ENOSPC, assertThrows(FsException.class, () -> fresh(4096, 64 * 1024)).errno());
    }

    @Test
    void multiGroupVolumeHasBackupsAndUnicodeNames() {
        Ext2 fs = fresh(1024, 30 << 20);  // 4 groups of 8 MiB: backups in groups 1 and 3
        assertEquals(4, fs.groups.length);
        assertTrue(fs.sb.groupHasSuper(1) && !fs.sb.groupHasSuper(2) && fs.sb.groupHasSuper(3));
        for (int i = 0; i < 12; i++) {
            int d = fs.mkdir(Ext2.ROOT_INO, "d" + i, 0755, 0, 0);
            fs.write(fs.create(d, "fichier-é-日本-" + i, 0644, 0, 0), 0, pattern(300000, i), 0, 300000);
        }
        fs.sync();
        Ext2 again = Ext2.mount(fs.dev, T0);
        for (int i = 0; i < 12; i++) {
            int ino = again.lookupPath("/d" + i + "/fichier-é-日本-" + i);
            assertArrayEquals(pattern(300000, i), readAll(again, ino));
        }
        Consistency.check(again);
    }

    static DirEntry find(List<DirEntry> l, String name) {
        for (DirEntry e : l) {
            if (e.name.equals(name)) {
                return e;
            }
        }
        throw new AssertionError(name + " not found");
    }
}
