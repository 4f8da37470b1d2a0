package myos.kernel.fs.ext2;

import java.util.ArrayList;
import java.util.List;
import myos.kernel.fs.FsException;

/**
 * Linked-list directories (ext2 spec, "Linked Directory Entry"): each block holds records
 * {inode u32, rec_len u16, name_len u8, file_type u8, name}, records are 4-byte aligned and
 * the last record of a block stretches to the block's end. A record with inode 0 is free
 * space. Every directory starts with "." and ".." in its first block.
 */
final class Directory {
    static final int HEADER = 8;

    private Directory() {
    }

    /** Bytes a record with a name of {@code nameLen} bytes needs (rounded to 4). */
    static int recordSize(int nameLen) {
        return (HEADER + nameLen + 3) & ~3;
    }

    /** Writes the first block of a new directory {@code dir} whose parent is {@code parent}. */
    static void init(Ext2 fs, Inode dir, int parent) {
        byte[] b = new byte[fs.blockSize];
        int dotLen = recordSize(1);
        putRecord(b, 0, dir.ino, dotLen, new byte[] {'.'}, DirEntry.FT_DIR);
        putRecord(b, dotLen, parent, fs.blockSize - dotLen, new byte[] {'.', '.'}, DirEntry.FT_DIR);
        int phys = FileBlocks.map(fs, dir, 0, true, false);
        fs.writeBlock(phys, b);
        dir.size = fs.blockSize;
    }

    /** The inode number for {@code name} in {@code dir}, or 0 when absent. */
    static int lookup(Ext2 fs, Inode dir, byte[] name) {
        for (DirCursor c = new DirCursor(fs, dir); c.next(); ) {
            if (c.isNamed(name)) {
                return c.inode();
            }
        }
        return 0;
    }

    static List<DirEntry> list(Ext2 fs, Inode dir) {
        List<DirEntry> out = new ArrayList<DirEntry>();
        for (DirCursor c = new DirCursor(fs, dir); c.next(); ) {
            if (c.inode() != 0) {
                out.add(new DirEntry(c.inode(), Utf8.decode(c.block, c.offset + HEADER, c.nameLength()), c.fileType()));
            }
        }
        return out;
    }

    /**
     * Adds a record; the caller has checked that the name is absent. Reuses the slack of an
     * existing record (splitting it) or appends a block; writes the directory inode when it grows.
     */
    static void add(Ext2 fs, Inode dir, byte[] name, int ino, int fileType) {
        int need = recordSize(name.length);
        for (DirCursor c = new DirCursor(fs, dir); c.next(); ) {
            int used = c.inode() == 0 ? 0 : recordSize(c.nameLength());
            if (c.recLen - used >= need) {
                if (used > 0) {
                    Le.put16(c.block, c.offset + 4, used);
                }
                putRecord(c.block, c.offset + used, ino, c.recLen - used, name, fileType);
                c.write();
                return;
            }
        }
        int bs = fs.blockSize;
        byte[] b = new byte[bs];
        putRecord(b, 0, ino, bs, name, fileType);
        int phys = FileBlocks.map(fs, dir, dir.size / bs, true, false);
        fs.writeBlock(phys, b);
        dir.size += bs;
        fs.writeInode(dir);
    }

    /**
     * Removes the record for {@code name} and returns its inode (0 when absent): a record is
     * merged into the one before it, or at the start of a block marked free (inode 0), as
     * Linux's ext2_delete_entry does.
     */
    static int remove(Ext2 fs, Inode dir, byte[] name) {
        for (DirCursor c = new DirCursor(fs, dir); c.next(); ) {
            if (c.isNamed(name)) {
                int ino = c.inode();
                if (c.prev < 0) {
                    Le.put32(c.block, c.offset, 0);
                } else {
                    Le.put16(c.block, c.prev + 4, Le.u16(c.block, c.prev + 4) + c.recLen);
                }
                c.write();
                return ino;
            }
        }
        return 0;
    }

    /** Points the existing record {@code name} at another inode (rename over an existing name). */
    static void replace(Ext2 fs, Inode dir, byte[] name, int ino, int fileType) {
        for (DirCursor c = new DirCursor(fs, dir); c.next(); ) {
            if (c.isNamed(name)) {
                Le.put32(c.block, c.offset, ino);
                Le.put8(c.block, c.offset + 7, fileType);
                c.write();
                return;
            }
        }
        throw new FsException(FsException.ENOENT, "directory entry vanished");
    }

    /** Rewrites ".." — the second record of the first block — of a directory being moved. */
    static void setParent(Ext2 fs, Inode dir, int parent) {
        DirCursor c = new DirCursor(fs, dir);
        if (!c.next() || c.offset != 0 || !c.next() || !c.isNamed(new byte[] {'.', '.'})) {
            throw new FsException(FsException.EUCLEAN, "directory " + dir.ino + " does not start with . and ..");
        }
        Le.put32(c.block, c.offset, parent);
        c.write();
    }

    /** True when the directory holds nothing but "." and "..". */
    static boolean isEmpty(Ext2 fs, Inode dir) {
        for (DirEntry e : list(fs, dir)) {
            if (!e.name.equals(".") && !e.name.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static void putRecord(byte[] b, int o, int ino, int recLen, byte[] name, int fileType) {
        Le.put32(b, o, ino);
        Le.put16(b, o + 4, recLen);
        Le.put8(b, o + 6, name.length);
        Le.put8(b, o + 7, fileType);
        System.arraycopy(name, 0, b, o + HEADER, name.length);
        Le.zero(b, o + HEADER + name.length, recordSize(name.length) - HEADER - name.length);
    }

    /** rec_len of the record at {@code o}, refusing values that would loop or overrun. */
    static int checkedRecLen(byte[] b, int o, int bs) {
        int rec = Le.u16(b, o + 4);
        if (rec < HEADER || (rec & 3) != 0 || o + rec > bs || HEADER + Le.u8(b, o + 6) > rec) {
            throw new FsException(FsException.EUCLEAN, "corrupt directory record at offset " + o);
        }
        return rec;
    }
}
