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
        }
        if (pos + len > in.size) {
            in.size = pos + len;
        }
    }
}
