package myos.kernel.fs.ext2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import myos.kernel.fs.FsException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class Ext2RenameTest {
    @Test
    void renameWithinAndAcrossDirectories() {
        Ext2 fs = Ext2RoundTripTest.fresh(1024, 8 << 20);
        int a = fs.mkdir(Ext2.ROOT_INO, "a", 0755, 0, 0);
        int b = fs.mkdir(Ext2.ROOT_INO, "b", 0755, 0, 0);
        int f = fs.create(a, "f", 0644, 0, 0);
        fs.rename(a, "f", a, "g");
        assertEquals(0, fs.lookup(a, "f"));
        assertEquals(f, fs.lookup(a, "g"));
        fs.rename(a, "g", b, "h");
        assertEquals(f, fs.lookupPath("/b/h"));
        int sub = fs.mkdir(a, "sub", 0755, 0, 0);
        assertEquals(3, fs.stat(a).linksCount);
        fs.rename(a, "sub", b, "moved");
        assertEquals(2, fs.stat(a).linksCount);
        assertEquals(3, fs.stat(b).linksCount);
        assertEquals(b, fs.lookup(sub, ".."), "'..' follows the move");
        fs.sync();
        Consistency.check(fs);
    }

    @Test
    void renameReplacesFilesAndEmptyDirectories() {
        Ext2 fs = Ext2RoundTripTest.fresh(1024, 8 << 20);
        int x = fs.create(Ext2.ROOT_INO, "x", 0644, 0, 0);
        int y = fs.create(Ext2.ROOT_INO, "y", 0644, 0, 0);
        fs.write(y, 0, new byte[5000], 0, 5000);
        long freeInodes = fs.freeInodes();
        long freeBlocks = fs.freeBlocks();
        fs.rename(Ext2.ROOT_INO, "x", Ext2.ROOT_INO, "y");   // y's inode and 5 blocks go
        assertEquals(x, fs.lookup(Ext2.ROOT_INO, "y"));
        assertEquals(0, fs.lookup(Ext2.ROOT_INO, "x"));
        assertEquals(freeInodes + 1, fs.freeInodes());
        assertEquals(freeBlocks + 5, fs.freeBlocks());
        int d1 = fs.mkdir(Ext2.ROOT_INO, "d1", 0755, 0, 0);
        int d2 = fs.mkdir(Ext2.ROOT_INO, "d2", 0755, 0, 0);
        int p = fs.mkdir(Ext2.ROOT_INO, "p", 0755, 0, 0);
        fs.mkdir(p, "inner", 0755, 0, 0);
        int rootLinks = fs.stat(Ext2.ROOT_INO).linksCount;
        fs.rename(Ext2.ROOT_INO, "d1", Ext2.ROOT_INO, "d2");   // same parent, empty dir replaced
        assertEquals(d1, fs.lookup(Ext2.ROOT_INO, "d2"));
        assertEquals(rootLinks - 1, fs.stat(Ext2.ROOT_INO).linksCount);
        fs.rename(Ext2.ROOT_INO, "d2", p, "inner");   // across parents, replacing an empty dir
        assertEquals(d1, fs.lookup(p, "inner"));
        assertEquals(p, fs.lookup(d1, ".."));
        assertEquals(3, fs.stat(p).linksCount);
        assertEquals(rootLinks - 2, fs.stat(Ext2.ROOT_INO).linksCount);
        fs.sync();
        Consistency.check(fs);
    }

    @Test
    void renameErrors() {
        Ext2 fs = Ext2RoundTripTest.fresh(1024, 4 << 20);
        int a = fs.mkdir(Ext2.ROOT_INO, "a", 0755, 0, 0);
        int b = fs.mkdir(a, "b", 0755, 0, 0);
        fs.create(b, "f", 0644, 0, 0);
        fs.create(Ext2.ROOT_INO, "file", 0644, 0, 0);
        int c = fs.mkdir(Ext2.ROOT_INO, "c", 0755, 0, 0);
        assertEquals(FsException.EINVAL, assertThrows(FsException.class,
                () -> fs.rename(Ext2.ROOT_INO, "a", b, "a")).errno(), "into its own subtree");
        assertEquals(FsException.EINVAL, assertThrows(FsException.class,
                () -> fs.rename(Ext2.ROOT_INO, "a", a, "x")).errno(), "into itself");
        assertEquals(FsException.ENOTEMPTY, assertThrows(FsException.class,
                () -> fs.rename(Ext2.ROOT_INO, "c", a, "b")).errno());
        assertEquals(FsException.ENOTDIR, assertThrows(FsException.class,
                () -> fs.rename(Ext2.ROOT_INO, "c", Ext2.ROOT_INO, "file")).errno());
        assertEquals(FsException.EISDIR, assertThrows(FsException.class,
                () -> fs.rename(Ext2.ROOT_INO, "file", Ext2.ROOT_INO, "c")).errno());
        assertEquals(FsException.ENOENT, assertThrows(FsException.class,
                () -> fs.rename(Ext2.ROOT_INO, "nope", Ext2.ROOT_INO, "x")).errno());
        int f = fs.lookup(Ext2.ROOT_INO, "file");
        fs.link(Ext2.ROOT_INO, "alias", f);
        fs.rename(Ext2.ROOT_INO, "file", Ext2.ROOT_INO, "alias");   // same inode: nothing happens
        assertEquals(f, fs.lookup(Ext2.ROOT_INO, "file"));
        assertEquals(2, fs.stat(f).linksCount);
        assertEquals(c, fs.lookup(Ext2.ROOT_INO, "c"));
    }
}
