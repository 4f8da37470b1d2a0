package myos.kernel.fs.ext2;

import myos.kernel.fs.FsException;

/**
 * Block and inode bitmaps (ext2 spec, "Block Bitmap", "Inode Bitmap"). Bitmaps are cached
 * per group and written back by {@link #flush}; the free counts in the group descriptors are
 * kept exact on every change, because e2fsck compares them with the bitmaps.
 *
 * <p>Placement is deterministic (the reproducible image depends on it): a file's blocks go
 * after the previous block this allocator handed out when that lies in the inode's group,
 * otherwise at the start of the inode's group; new directories go to the group with the
 * most free blocks among those with at least the average number of free inodes (the spirit
 * of Linux's find_group_dir), files to their parent's group.
 */
final class Allocator {
    private final Ext2 fs;
    private final byte[][] blockBitmaps;
    private final byte[][] inodeBitmaps;
    private final boolean[] blockDirty;
    private final boolean[] inodeDirty;
    private long lastBlock = -1;

    Allocator(Ext2 fs, int groups) {
        this.fs = fs;
        blockBitmaps = new byte[groups][];
        inodeBitmaps = new byte[groups][];
        blockDirty = new boolean[groups];
        inodeDirty = new boolean[groups];
    }

    /** Installs freshly built bitmaps (used by the formatter before anything is on disk). */
    void install(int group, byte[] blockBitmap, byte[] inodeBitmap) {
        blockBitmaps[group] = blockBitmap;
        inodeBitmaps[group] = inodeBitmap;
        blockDirty[group] = true;
        inodeDirty[group] = true;
    }

    private byte[] blockBitmap(int g) {
        if (blockBitmaps[g] == null) {
            blockBitmaps[g] = fs.readBlock(fs.groups[g].blockBitmap);
        }
        return blockBitmaps[g];
    }

    private byte[] inodeBitmap(int g) {
        if (inodeBitmaps[g] == null) {
            inodeBitmaps[g] = fs.readBlock(fs.groups[g].inodeBitmap);
        }
        return inodeBitmaps[g];
    }

    /** Allocates one block, preferring the area of {@code inodeGroup}; throws ENOSPC. */
    int allocBlock(int inodeGroup) {
        Superblock sb = fs.sb;
        int groups = fs.groups.length;
        long next = lastBlock + 1;
        int startGroup = inodeGroup;
        int startBit = 0;
        if (lastBlock >= 0 && groupOfBlock(next) == inodeGroup && next < Integer.toUnsignedLong(sb.blocksCount)) {
            startBit = (int) (next - sb.firstDataBlock - (long) inodeGroup * sb.blocksPerGroup);
        }
        for (int k = 0; k <= groups; k++) {
            int g = (startGroup + k) % groups;
            if (fs.groups[g].freeBlocks == 0) {
                startBit = 0;
                continue;
            }
            int bit = findZero(blockBitmap(g), startBit, blocksInGroup(g));
            startBit = 0;
            if (bit >= 0) {
                setBit(blockBitmap(g), bit);
                blockDirty[g] = true;
                fs.groups[g].freeBlocks--;
                long block = sb.firstDataBlock + (long) g * sb.blocksPerGroup + bit;
                lastBlock = block;
                return (int) block;
            }
        }
        throw new FsException(FsException.ENOSPC, "no free blocks left on the ext2 volume");
    }

    /** Allocates an inode number; throws ENOSPC. */
    int allocInode(int parentGroup, boolean directory) {
        int groups = fs.groups.length;
        int first = directory ? directoryGroup() : parentGroup;
        for (int k = 0; k < groups; k++) {
            int g = (first + k) % groups;
            if (fs.groups[g].freeInodes == 0) {
                continue;
            }
            int bit = findZero(inodeBitmap(g), 0, fs.sb.inodesPerGroup);
            if (bit >= 0) {
                setBit(inodeBitmap(g), bit);
                inodeDirty[g] = true;
                fs.groups[g].freeInodes--;
                if (directory) {
                    fs.groups[g].usedDirs++;
                }
                return g * fs.sb.inodesPerGroup + bit + 1;
            }
        }
        throw new FsException(FsException.ENOSPC, "no free inodes left on the ext2 volume");
    }

    /** Returns a block to its group; freeing a free block means the metadata is corrupt. */
    void freeBlock(int block) {
        Superblock sb = fs.sb;
        if (Integer.toUnsignedLong(block) < sb.firstDataBlock || Integer.toUnsignedLong(block) >= Integer.toUnsignedLong(sb.blocksCount)) {
            throw new FsException(FsException.EUCLEAN, "freeing block " + Integer.toUnsignedLong(block) + " outside the volume");
        }
        int g = groupOfBlock(block);
        int bit = (int) (block - sb.firstDataBlock - (long) g * sb.blocksPerGroup);
        byte[] bm = blockBitmap(g);
        if (!testBit(bm, bit)) {
            throw new FsException(FsException.EUCLEAN, "block " + block + " freed twice");
        }
        bm[bit >>> 3] &= (byte) ~(1 << (bit & 7));
        blockDirty[g] = true;
        fs.groups[g].freeBlocks++;
    }

    /** Returns an inode number to its group. */
    void freeInode(int ino, boolean directory) {
        int g = fs.groupOfInode(ino);
        int bit = (ino - 1) % fs.sb.inodesPerGroup;
        byte[] bm = inodeBitmap(g);
        if (ino < fs.sb.firstIno || !testBit(bm, bit)) {
            throw new FsException(FsException.EUCLEAN, "inode " + ino + " is reserved or already free");
        }
        bm[bit >>> 3] &= (byte) ~(1 << (bit & 7));
        inodeDirty[g] = true;
        fs.groups[g].freeInodes++;
        if (directory) {
            fs.groups[g].usedDirs--;
        }
    }

    private int directoryGroup() {
        int groups = fs.groups.length;
        long freeInodes = 0;
        for (int g = 0; g < groups; g++) {
            freeInodes += fs.groups[g].freeInodes;
        }
        long avg = freeInodes / groups;
        int best = 0;
        int bestFree = -1;
        for (int g = 0; g < groups; g++) {
            GroupDescriptor d = fs.groups[g];
            if (d.freeInodes > 0 && d.freeInodes >= avg && d.freeBlocks > bestFree) {
                best = g;
                bestFree = d.freeBlocks;
            }
        }
        return best;
    }

    int groupOfBlock(long block) {
        return (int) ((block - fs.sb.firstDataBlock) / fs.sb.blocksPerGroup);
    }

    int blocksInGroup(int g) {
        long rest = Integer.toUnsignedLong(fs.sb.blocksCount) - fs.sb.firstDataBlock - (long) g * fs.sb.blocksPerGroup;
        return (int) Math.min(rest, fs.sb.blocksPerGroup);
    }

    void flush() {
        for (int g = 0; g < fs.groups.length; g++) {
            if (blockDirty[g]) {
                fs.writeBlock(fs.groups[g].blockBitmap, blockBitmaps[g]);
                blockDirty[g] = false;
            }
            if (inodeDirty[g]) {
                fs.writeBlock(fs.groups[g].inodeBitmap, inodeBitmaps[g]);
                inodeDirty[g] = false;
            }
        }
    }

    static int findZero(byte[] bitmap, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if ((i & 7) == 0 && bitmap[i >>> 3] == (byte) 0xff && i + 8 <= limit) {
                i += 7;
                continue;
            }
            if ((bitmap[i >>> 3] & (1 << (i & 7))) == 0) {
                return i;
            }
        }
        return -1;
    }

    static void setBit(byte[] bitmap, int i) {
        bitmap[i >>> 3] |= (byte) (1 << (i & 7));
    }

    static boolean testBit(byte[] bitmap, int i) {
        return (bitmap[i >>> 3] & (1 << (i & 7))) != 0;
    }
}
