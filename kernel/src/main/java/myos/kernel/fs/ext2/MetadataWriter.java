package myos.kernel.fs.ext2;

/**
 * Writes the volume-wide metadata at sync: the superblock's free counts summed from the
 * group descriptors (which the allocator keeps exact), and the superblock and group
 * descriptor table into group 0 and every sparse backup group (ext2 spec, "Superblock",
 * "Block Group Descriptor Table"), each superblock copy tagged with its group number.
 */
final class MetadataWriter {
    private MetadataWriter() {
    }

    static void write(Ext2 fs) {
        Superblock sb = fs.sb;
        GroupDescriptor[] groups = fs.groups;
        int bs = fs.blockSize;
        long freeBlocks = 0;
        long freeInodes = 0;
        for (int g = 0; g < groups.length; g++) {
            freeBlocks += groups[g].freeBlocks;
            freeInodes += groups[g].freeInodes;
        }
        sb.freeBlocksCount = (int) freeBlocks;
        sb.freeInodesCount = (int) freeInodes;
        sb.writeTime = fs.now();
        int gdtBlocks = fs.gdtBlocks();
        byte[] gdt = new byte[gdtBlocks * bs];
        for (int g = 0; g < groups.length; g++) {
            groups[g].encode(gdt, g * GroupDescriptor.SIZE);
        }
        for (int g = 0; g < groups.length; g++) {
            if (!sb.groupHasSuper(g)) {
                continue;
            }
            int start = sb.firstDataBlock + g * sb.blocksPerGroup;
            // Group 0's superblock is at byte 1024 whatever the block size; backups start their group.
            boolean inBlockZero = g == 0 && bs > Superblock.OFFSET;
            byte[] b = inBlockZero ? fs.readBlock(0) : new byte[bs];
            sb.encode(b, inBlockZero ? Superblock.OFFSET : 0, g);
            fs.writeBlock(start, b);
            for (int i = 0; i < gdtBlocks; i++) {
                byte[] part = new byte[bs];
                System.arraycopy(gdt, i * bs, part, 0, bs);
                fs.writeBlock(start + 1 + i, part);
            }
        }
    }
}
