package myos.kernel.fs.ext2;

/**
 * Walks the records of a directory in on-disk order, block by block (holes skipped), so
 * that lookup, list, add, remove and replace share one loop. Each record's rec_len is
 * checked before it is followed (see {@link Directory#checkedRecLen}).
 */
final class DirCursor {
    private final Ext2 fs;
    private final Inode dir;
    private final long blocks;
    private long nextBlock;
    /** Volume block holding the current record, and its contents (modifiable, then {@link #write}). */
    int phys;
    byte[] block;
    /** Offset of the current record in {@link #block}, of the one before it (-1 at block start). */
    int offset = -1;
    int prev = -1;
    int recLen;

    DirCursor(Ext2 fs, Inode dir) {
        this.fs = fs;
        this.dir = dir;
        this.blocks = dir.size / fs.blockSize;
    }

    /** Moves to the next record, free ones included; false after the last. */
    boolean next() {
        if (block != null && offset + recLen < fs.blockSize) {
            prev = offset;
            offset += recLen;
            recLen = Directory.checkedRecLen(block, offset, fs.blockSize);
            return true;
        }
        while (nextBlock < blocks) {
            int p = FileBlocks.map(fs, dir, nextBlock++, false);
            if (p != 0) {
                phys = p;
                block = fs.readBlock(p);
                prev = -1;
                offset = 0;
                recLen = Directory.checkedRecLen(block, 0, fs.blockSize);
                return true;
            }
        }
        return false;
    }

    int inode() {
        return Le.i32(block, offset);
    }

    int nameLength() {
        return Le.u8(block, offset + 6);
    }

    int fileType() {
        return Le.u8(block, offset + 7);
    }

    /** True for a live record named {@code name}. */
    boolean isNamed(byte[] name) {
        if (inode() == 0 || nameLength() != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (block[offset + Directory.HEADER + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Writes the current block back after a change. */
    void write() {
        fs.writeBlock(phys, block);
    }
}
