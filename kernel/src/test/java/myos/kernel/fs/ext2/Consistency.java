package myos.kernel.fs.ext2;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A small fsck for tests: the free counts in every group descriptor and the superblock
 * must equal what the bitmaps say (the real e2fsck runs in the image module's tests).
 */
final class Consistency {
    private Consistency() {
    }

    static void check(Ext2 fs) {
        long freeB = 0;
        long freeI = 0;
        for (int g = 0; g < fs.groups.length; g++) {
            GroupDescriptor d = fs.groups[g];
            byte[] bb = fs.readBlock(d.blockBitmap);
            byte[] ib = fs.readBlock(d.inodeBitmap);
            int fb = 0;
            for (int i = 0; i < fs.alloc.blocksInGroup(g); i++) {
                fb += Allocator.testBit(bb, i) ? 0 : 1;
            }
            int fi = 0;
            for (int i = 0; i < fs.sb.inodesPerGroup; i++) {
                fi += Allocator.testBit(ib, i) ? 0 : 1;
            }
            assertEquals(fb, d.freeBlocks, "free blocks of group " + g);
            assertEquals(fi, d.freeInodes, "free inodes of group " + g);
            freeB += fb;
            freeI += fi;
        }
        Superblock sb = new Superblock();
        byte[] head = new byte[2048];
        fs.dev.read(0, head, 0, 2048 / fs.dev.blockSize());
        sb.decode(head, Superblock.OFFSET);
        assertEquals(freeB, Integer.toUnsignedLong(sb.freeBlocksCount));
        assertEquals(freeI, Integer.toUnsignedLong(sb.freeInodesCount));
    }
}
