package myos.kernel.fs.ext2;

import myos.kernel.fs.FsException;

/**
 * The ext2 superblock: 1024 bytes at byte offset 1024 of the volume, with backup copies in
 * the sparse groups. Field offsets follow "The Second Extended File System" (Poirier),
 * section "Superblock", and Linux's {@code struct ext2_super_block}. Only revision 1
 * (EXT2_DYNAMIC_REV) is written; the fields we do not use are kept as read so that
 * rewriting a superblock made by mke2fs preserves them.
 */
final class Superblock {
    static final int OFFSET = 1024;
    static final int SIZE = 1024;
    static final int MAGIC = 0xEF53;
    static final int DYNAMIC_REV = 1;
    static final int STATE_VALID = 1;
    static final int ERRORS_CONTINUE = 1;
    static final int OS_LINUX = 0;

    // s_feature_* bits (Linux fs/ext2/ext2.h).
    static final int RO_COMPAT_SPARSE_SUPER = 0x0001;
    static final int RO_COMPAT_LARGE_FILE = 0x0002;
    static final int INCOMPAT_FILETYPE = 0x0002;
    /** The only features this implementation understands; a volume asking for more is refused. */
    static final int INCOMPAT_SUPPORTED = INCOMPAT_FILETYPE;
    static final int RO_COMPAT_SUPPORTED = RO_COMPAT_SPARSE_SUPER | RO_COMPAT_LARGE_FILE;

    /** The raw 1024 bytes; fields below are decoded from and encoded into it. */
    final byte[] raw = new byte[SIZE];

    int inodesCount;
    int blocksCount;
    int reservedBlocksCount;
    int freeBlocksCount;
    int freeInodesCount;
    int firstDataBlock;
    int logBlockSize;
    int blocksPerGroup;
    int inodesPerGroup;
    int mountTime;
    int writeTime;
    int magic;
    int state;
    int lastCheck;
    int revLevel;
    int firstIno;
    int inodeSize;
    int blockGroupNr;
    int featureCompat;
    int featureIncompat;
    int featureRoCompat;
    final byte[] uuid = new byte[16];
    final byte[] volumeName = new byte[16];
    int mkfsTime;

    int blockSize() {
        return 1024 << logBlockSize;
    }

    int groupCount() {
        return (int) ((Integer.toUnsignedLong(blocksCount) - firstDataBlock + blocksPerGroup - 1) / blocksPerGroup);
    }

    void decode(byte[] b, int o) {
        System.arraycopy(b, o, raw, 0, SIZE);
        inodesCount = Le.i32(raw, 0);
        blocksCount = Le.i32(raw, 4);
        reservedBlocksCount = Le.i32(raw, 8);
        freeBlocksCount = Le.i32(raw, 12);
        freeInodesCount = Le.i32(raw, 16);
        firstDataBlock = Le.i32(raw, 20);
        logBlockSize = Le.i32(raw, 24);
        blocksPerGroup = Le.i32(raw, 32);
        inodesPerGroup = Le.i32(raw, 40);
        mountTime = Le.i32(raw, 44);
        writeTime = Le.i32(raw, 48);
        magic = Le.u16(raw, 56);
        state = Le.u16(raw, 58);
        lastCheck = Le.i32(raw, 64);
        revLevel = Le.i32(raw, 76);
        firstIno = revLevel >= DYNAMIC_REV ? Le.i32(raw, 84) : 11;
        inodeSize = revLevel >= DYNAMIC_REV ? Le.u16(raw, 88) : 128;
        blockGroupNr = Le.u16(raw, 90);
        featureCompat = Le.i32(raw, 92);
        featureIncompat = Le.i32(raw, 96);
        featureRoCompat = Le.i32(raw, 100);
        System.arraycopy(raw, 104, uuid, 0, 16);
        System.arraycopy(raw, 120, volumeName, 0, 16);
        mkfsTime = Le.i32(raw, 264);
    }

    /** Refuses a volume this code could damage or misread. */
    void validate(long deviceBytes) {
        if (magic != MAGIC) {
            throw new FsException(FsException.EINVAL, "not an ext2 file system (bad magic)");
        }
        if (revLevel != DYNAMIC_REV || logBlockSize < 0 || logBlockSize > 2) {
            throw new FsException(FsException.EINVAL, "unsupported ext2 revision or block size");
        }
        if ((featureIncompat & ~INCOMPAT_SUPPORTED) != 0) {
            throw new FsException(FsException.EINVAL, "unsupported incompatible ext2 features");
        }
        if (blocksCount <= 0 || inodesCount <= 0 || blocksPerGroup <= 0 || inodesPerGroup <= 0
                || blocksPerGroup > blockSize() * 8 || inodesPerGroup > blockSize() * 8
                || inodeSize < 128 || inodeSize > blockSize() || (inodeSize & (inodeSize - 1)) != 0
                || (long) blocksCount * blockSize() > deviceBytes
                || (long) groupCount() * inodesPerGroup != Integer.toUnsignedLong(inodesCount)) {
            throw new FsException(FsException.EUCLEAN, "corrupt ext2 superblock geometry");
        }
    }

    /** Writes the fields into {@code raw} and copies it to {@code b[o..]}, tagged with its group. */
    void encode(byte[] b, int o, int groupNr) {
        Le.put32(raw, 0, inodesCount);
        Le.put32(raw, 4, blocksCount);
        Le.put32(raw, 8, reservedBlocksCount);
        Le.put32(raw, 12, freeBlocksCount);
        Le.put32(raw, 16, freeInodesCount);
        Le.put32(raw, 20, firstDataBlock);
        Le.put32(raw, 24, logBlockSize);
        Le.put32(raw, 28, logBlockSize);        // s_log_frag_size: fragments = blocks
        Le.put32(raw, 32, blocksPerGroup);
        Le.put32(raw, 36, blocksPerGroup);      // s_frags_per_group
        Le.put32(raw, 40, inodesPerGroup);
        Le.put32(raw, 44, mountTime);
        Le.put32(raw, 48, writeTime);
        Le.put16(raw, 56, magic);
        Le.put16(raw, 58, state);
        Le.put32(raw, 64, lastCheck);
        Le.put32(raw, 76, revLevel);
        Le.put32(raw, 84, firstIno);
        Le.put16(raw, 88, inodeSize);
        Le.put16(raw, 90, groupNr);
        Le.put32(raw, 92, featureCompat);
        Le.put32(raw, 96, featureIncompat);
        Le.put32(raw, 100, featureRoCompat);
        System.arraycopy(uuid, 0, raw, 104, 16);
        System.arraycopy(volumeName, 0, raw, 120, 16);
        Le.put32(raw, 264, mkfsTime);
        System.arraycopy(raw, 0, b, o, SIZE);
    }

    /** Sparse superblock rule (ext2 spec, "Sparse superblock"): groups 0, 1 and powers of 3, 5, 7. */
    boolean groupHasSuper(int group) {
        if ((featureRoCompat & RO_COMPAT_SPARSE_SUPER) == 0 || group <= 1) {
            return true;
        }
        return isPowerOf(group, 3) || isPowerOf(group, 5) || isPowerOf(group, 7);
    }

    private static boolean isPowerOf(int n, int base) {
        int p = base;
        while (p < n) {
            p *= base;
        }
        return p == n;
    }
}
