package myos.kernel.fs.ext2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import myos.kernel.fs.FsException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class Ext2RemoveTest {
    @Test
    void deletingEverythingGivesEveryBlockAndInodeBack() {
        Ext2 fs = Ext2RoundTripTest.fresh(1024, 16 << 20);
        long blocks = fs.freeBlocks();
        long inodes = fs.freeInodes();
        int d = fs.mkdir(Ext2.ROOT_INO, "d", 0755, 0, 0);
        int sub = fs.mkdir(d, "sub", 0755, 0, 0);
        byte[] big = Ext2RoundTripTest.pattern(3 << 20, 1);   // reaches double indirect at 1 KiB blocks
        fs.write(fs.create(d, "big", 0644, 0, 0), 0, big, 0, big.length);
        int sparse = fs.create(sub, "sparse", 0644, 0, 0);
        fs.write(sparse, (12L + 256 + 65536 + 3) * 1024, big, 0, 5000);   // triple indirect
        fs.symlink(sub, "slow", "x".repeat(300), 0, 0);
        fs.symlink(sub, "fast", "big", 0, 0);
        fs.mknod(sub, "tty", Inode.S_IFCHR | 0600, 4, 1, 0, 0);
        for (int i = 0; i < 300; i++) {
            fs.create(d, "many" + i, 0644, 0, 0);
        }
        for (int i = 0; i < 300; i++) {
            fs.unlink(d, "many" + i);
        }
        fs.unlink(d, "big");
        for (String n : new String[] {"sparse", "slow", "fast", "tty"}) {
            fs.unlink(sub, n);
        }
        fs.rmdir(d, "sub");
        fs.rmdir(Ext2.ROOT_INO, "d");
        assertEquals(inodes, fs.freeInodes());
        // The root directory keeps no extra block; "d" had grown by several blocks and is gone.
        assertEquals(blocks, fs.freeBlocks());
        assertEquals(3, fs.stat(Ext2.ROOT_INO).linksCount);
        fs.sync();
        Consistency.check(fs);
    }

    @Test
    void truncateCutsAndZeroesTheTail() {
        Ext2 fs = Ext2RoundTripTest.fresh(1024, 16 << 20);
        int f = fs.create(Ext2.ROOT_INO, "f", 0644, 0, 0);
        byte[] data = Ext2RoundTripTest.pattern(400 * 1024, 5);
        fs.write(f, 0, data, 0, data.length);
        long before = fs.freeBlocks();
        fs.truncate(f, 13 * 1024 + 10);   // keeps 14 blocks: 12 direct + 2 via the single indirect
        assertEquals(13 * 1024 + 10, fs.stat(f).size);
        assertEquals((14 + 1) * 2, fs.stat(f).sectors);
        assertEquals(before + (400 - 14) + 2, fs.freeBlocks(), "data past block 14, the double indirect block and its one child freed");
        fs.truncate(f, 20 * 1024);   // grow: a hole, and the old tail reads as zeros
        byte[] got = new byte[20 * 1024];
        assertEquals(got.length, fs.read(f, 0, got, 0, got.length));
        byte[] want = new byte[20 * 1024];
        System.arraycopy(data, 0, want, 0, 13 * 1024 + 10);
        assertArrayEquals(want, got);
        fs.truncate(f, 0);
        assertEquals(0, fs.stat(f).sectors);
        fs.sync();
        Consistency.check(fs);
    }

    @Test
    void hardLinksKeepTheInodeUntilTheLastName() {
        Ext2 fs = Ext2RoundTripTest.fresh(1024, 4 << 20);
        int f = fs.create(Ext2.ROOT_INO, "a", 0644, 0, 0);
        fs.write(f, 0, new byte[] {1, 2, 3}, 0, 3);
        fs.link(Ext2.ROOT_INO, "b", f);
        assertEquals(2, fs.stat(f).linksCount);
        fs.unlink(Ext2.ROOT_INO, "a");
        assertEquals(f, fs.lookup(Ext2.ROOT_INO, "b"));
        byte[] got = new byte[3];
        fs.read(f, 0, got, 0, 3);
        assertArrayEquals(new byte[] {1, 2, 3}, got);
        long free = fs.freeInodes();
        fs.unlink(Ext2.ROOT_INO, "b");
        assertEquals(free + 1, fs.freeInodes());
        assertEquals(0, fs.lookup(Ext2.ROOT_INO, "b"));
    }

    @Test
    void removalErrorsAreErrnos() {
        Ext2 fs = Ext2RoundTripTest.fresh(1024, 4 << 20);
        int d = fs.mkdir(Ext2.ROOT_INO, "d", 0755, 0, 0);
        fs.create(d, "x", 0644, 0, 0);
        assertEquals(FsException.ENOTEMPTY, assertThrows(FsException.class, () -> fs.rmdir(Ext2.ROOT_INO, "d")).errno());
        assertEquals(FsException.EISDIR, assertThrows(FsException.class, () -> fs.unlink(Ext2.ROOT_INO, "d")).errno());
        assertEquals(FsException.ENOTDIR, assertThrows(FsException.class, () -> fs.rmdir(d, "x")).errno());
        assertEquals(FsException.ENOENT, assertThrows(FsException.class, () -> fs.unlink(d, "nope")).errno());
        assertEquals(FsException.EPERM, assertThrows(FsException.class, () -> fs.link(Ext2.ROOT_INO, "l", d)).errno());
        assertEquals(FsException.EINVAL, assertThrows(FsException.class, () -> fs.rmdir(d, "..")).errno());
    }
}
