package myos.kernel.fs.ext2;

import myos.kernel.fs.FsException;

/**
 * The map from a file's logical blocks to volume blocks through i_block: 12 direct
 * pointers, then single, double and triple indirect blocks (ext2 spec, "i_block").
 * A zero pointer is a hole and reads as zeros. Every block this class allocates — data or
 * indirect — is counted in i_sectors, which e2fsck checks exactly.
 */
final class FileBlocks {
    private FileBlocks() {
    }

    /**
     * Physical block of logical block {@code lblk}, or 0 for a hole when {@code create} is
     * false. With {@code create}, missing indirect blocks and the data block are allocated
     * (zero-filled on disk) and the inode's pointers and sector count are updated in memory;
     * the caller writes the inode back.
     */
    static int map(Ext2 fs, Inode in, long lblk, boolean create) {
        return map(fs, in, lblk, create, true);
    }

    /**
     * As {@link #map(Ext2, Inode, long, boolean)}; with {@code zeroData} false a newly
     * allocated data block is not cleared on disk, because the caller writes all of it next.
     */
    static int map(Ext2 fs, Inode in, long lblk, boolean create, boolean zeroData) {
        long per = fs.blockSize / 4;
        if (lblk < 0) {
            throw new FsException(FsException.EINVAL, "negative file block");
        }
        if (lblk < Inode.NDIR) {
            return slot(fs, in, (int) lblk, create, zeroData);
        }
        long rel = lblk - Inode.NDIR;
        int levels = 1;
        long span = per;
        while (rel >= span) {
            rel -= span;
            levels++;
            if (levels > 3) {
                throw new FsException(FsException.EFBIG, "file offset beyond ext2's triple-indirect limit");
            }
            span *= per;
        }
        int ptr = slot(fs, in, Inode.IND + levels - 1, create, true);
        for (int level = levels; level >= 1 && ptr != 0; level--) {
            span /= per;
            int index = (int) (rel / span);
            rel %= span;
            ptr = entry(fs, in, ptr, index, create, level > 1 || zeroData);
        }
        return ptr;
    }

    private static int slot(Ext2 fs, Inode in, int i, boolean create, boolean zero) {
        if (in.block[i] == 0 && create) {
            in.block[i] = alloc(fs, in, zero);
        }
        return in.block[i];
    }

    private static int entry(Ext2 fs, Inode in, int indirect, int index, boolean create, boolean zero) {
        byte[] b = fs.readBlock(indirect);
        int ptr = Le.i32(b, index * 4);
        if (ptr == 0 && create) {
            ptr = alloc(fs, in, zero);
            Le.put32(b, index * 4, ptr);
            fs.writeBlock(indirect, b);
        }
        if (ptr != 0 && Integer.toUnsignedLong(ptr) >= Integer.toUnsignedLong(fs.sb.blocksCount)) {
            throw new FsException(FsException.EUCLEAN, "block pointer " + Integer.toUnsignedLong(ptr) + " outside the volume");
        }
        return ptr;
    }

    private static int alloc(Ext2 fs, Inode in, boolean zero) {
        int b = fs.alloc.allocBlock(fs.groupOfInode(in.ino));
        if (zero) {
            fs.writeBlock(b, new byte[fs.blockSize]);   // indirect blocks and partial writes see zeros
        }
        in.sectors += fs.blockSize / 512;
        return b;
    }

    /** Reads up to {@code len} bytes at {@code pos}; returns the count read (0 at end of file). */
    static int read(Ext2 fs, Inode in, long pos, byte[] dst, int off, int len) {
        if (pos < 0 || len < 0) {
            throw new FsException(FsException.EINVAL, "negative position or length");
        }
        if (pos >= in.size || len == 0) {
            return 0;
        }
        int n = (int) Math.min(len, in.size - pos);
        int done = 0;
        int bs = fs.blockSize;
        while (done < n) {
            long p = pos + done;
            int inBlock = (int) (p % bs);
            int chunk = Math.min(bs - inBlock, n - done);
            int phys = map(fs, in, p / bs, false);
            if (phys == 0) {
                Le.zero(dst, off + done, chunk);
            } else {
                System.arraycopy(fs.readBlock(phys), inBlock, dst, off + done, chunk);
            }
            done += chunk;
        }
        return n;
    }

    /** Writes {@code len} bytes at {@code pos}, allocating blocks; grows the size. */
    static void write(Ext2 fs, Inode in, long pos, byte[] src, int off, int len) {
        if (pos < 0 || len < 0) {
            throw new FsException(FsException.EINVAL, "negative position or length");
        }
        int bs = fs.blockSize;
        int done = 0;
        while (done < len) {
            long p = pos + done;
            int inBlock = (int) (p % bs);
            int chunk = Math.min(bs - inBlock, len - done);
            boolean whole = chunk == bs;
            int phys = map(fs, in, p / bs, true, !whole);
            byte[] b = whole ? new byte[bs] : fs.readBlock(phys);
            System.arraycopy(src, off + done, b, inBlock, chunk);
            fs.writeBlock(phys, b);
            done += chunk;
            if (pos + done > in.size) {
                in.size = pos + done;   // grows chunk by chunk: an ENOSPC leaves a consistent short write
            }
        }
    }

    /**
     * Cuts the file to {@code size} bytes: frees every data block past the new end and every
     * indirect block left empty, and zeroes the rest of the last partial block so that a later
     * extension reads zeros (POSIX truncate). Growing only changes the size (a hole).
     */
    static void truncate(Ext2 fs, Inode in, long size) {
        int bs = fs.blockSize;
        long keep = (size + bs - 1) / bs;
        if (size < in.size && size % bs != 0) {
            int phys = map(fs, in, size / bs, false);
            if (phys != 0) {
                byte[] b = fs.readBlock(phys);
                Le.zero(b, (int) (size % bs), bs - (int) (size % bs));
                fs.writeBlock(phys, b);
            }
        }
        for (int i = 0; i < Inode.NDIR; i++) {
            if (i >= keep && in.block[i] != 0) {
                release(fs, in, in.block[i]);
                in.block[i] = 0;
            }
        }
        long per = bs / 4;
        long first = Inode.NDIR;
        long span = per;
        for (int level = 1; level <= 3; level++) {
            int slot = Inode.IND + level - 1;
            if (in.block[slot] != 0 && first + span > keep && freeTree(fs, in, in.block[slot], level, first, keep)) {
                in.block[slot] = 0;
            }
            first += span;
            span *= per;
        }
        in.size = size;
    }

    /**
     * Frees what lies at or past logical block {@code keep} below indirect block {@code block},
     * which maps [first, first + per^level); returns true when the indirect block itself was
     * freed because nothing below it remains.
     */
    private static boolean freeTree(Ext2 fs, Inode in, int block, int level, long first, long keep) {
        long per = fs.blockSize / 4;
        long childSpan = 1;
        for (int i = 1; i < level; i++) {
            childSpan *= per;
        }
        byte[] b = fs.readBlock(block);
        boolean changed = false;
        boolean empty = true;
        for (int i = 0; i < per; i++) {
            int ptr = Le.i32(b, 4 * i);
            if (ptr == 0) {
                continue;
            }
            long childFirst = first + i * childSpan;
            boolean gone;
            if (childFirst + childSpan <= keep) {
                gone = false;   // entirely inside the kept range
            } else if (level == 1) {
                release(fs, in, ptr);
                gone = true;
            } else {
                gone = freeTree(fs, in, ptr, level - 1, childFirst, keep);
            }
            if (gone) {
                Le.put32(b, 4 * i, 0);
                changed = true;
            } else {
                empty = false;
            }
        }
        if (empty) {
            release(fs, in, block);
            return true;
        }
        if (changed) {
            fs.writeBlock(block, b);
        }
        return false;
    }

    private static void release(Ext2 fs, Inode in, int block) {
        fs.alloc.freeBlock(block);
        in.sectors -= fs.blockSize / 512;
    }
}
