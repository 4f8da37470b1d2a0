package myos.kernel.fs.ext2;

/** One 32-byte block group descriptor (ext2 spec, "Block Group Descriptor Table"). */
final class GroupDescriptor {
    static final int SIZE = 32;

    int blockBitmap;
    int inodeBitmap;
    int inodeTable;
    int freeBlocks;
    int freeInodes;
    int usedDirs;

    void decode(byte[] b, int o) {
        blockBitmap = Le.i32(b, o);
        inodeBitmap = Le.i32(b, o + 4);
        inodeTable = Le.i32(b, o + 8);
        freeBlocks = Le.u16(b, o + 12);
        freeInodes = Le.u16(b, o + 14);
        usedDirs = Le.u16(b, o + 16);
    }

    void encode(byte[] b, int o) {
        Le.put32(b, o, blockBitmap);
        Le.put32(b, o + 4, inodeBitmap);
        Le.put32(b, o + 8, inodeTable);
        Le.put16(b, o + 12, freeBlocks);
        Le.put16(b, o + 14, freeInodes);
        Le.put16(b, o + 16, usedDirs);
        Le.zero(b, o + 18, SIZE - 18);
    }
}
