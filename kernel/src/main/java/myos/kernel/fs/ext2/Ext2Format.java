package myos.kernel.fs.ext2;

import myos.kernel.fs.BlockDevice;
import myos.kernel.fs.FsException;
import myos.kernel.fs.TimeSource;

/**
 * mkfs for ext2 revision 1 with sparse superblocks, file types in directory entries and
 * large files — the feature set every ext2 driver since Linux 2.2 reads. Lays out the block
 * groups (ext2 spec, "Block Group" layout: [superblock + GDT copy] block bitmap, inode
 * bitmap, inode table, data), zeroes the inode tables, then creates the root directory and
 * lost+found through the ordinary {@link Ext2} operations. Nothing depends on the host:
 * the UUID, label and time are parameters, so the result is a pure function of them.
 */
public final class Ext2Format {
    /** Parameters of a new volume. */
    public static final class Options {
        /** 1024, 2048 or 4096. */
        public int blockSize = 4096;
        /** Bytes of volume per inode (mke2fs's inode_ratio). */
        public int bytesPerInode = 16384;
        public int inodeSize = Inode.SIZE;
        /** Percentage of blocks reserved for uid 0 (s_r_blocks_count). */
        public int reservedPercent = 0;
        public byte[] uuid = new byte[16];
        public String label = "";
    }

    /** Inodes 1..10 are reserved (ext2 spec, "Defined Reserved Inodes"); 11 is the first normal one. */
    static final int FIRST_INO = 11;
    /** A group too small to hold its metadata plus this many data blocks is dropped (as mke2fs does). */
    static final int MIN_DATA_BLOCKS = 50;

    private Ext2Format() {
    }

    /** Formats the whole device and returns the mounted, synced volume. */
    public static Ext2 format(BlockDevice dev, Options o, TimeSource clock) {
        int bs = o.blockSize;
        if ((bs != 1024 && bs != 2048 && bs != 4096) || bs % dev.blockSize() != 0) {
            throw new FsException(FsException.EINVAL, "unsupported ext2 block size " + bs);
        }
        if (o.inodeSize < Inode.SIZE || o.inodeSize > bs || (o.inodeSize & (o.inodeSize - 1)) != 0) {
            throw new FsException(FsException.EINVAL, "bad inode size " + o.inodeSize);
        }
        if (o.uuid.length != 16) {
            throw new FsException(FsException.EINVAL, "the UUID must be 16 bytes");
        }
        Superblock sb = geometry(dev.blockCount() * dev.blockSize() / bs, o);
        Ext2 fs = new Ext2(dev, sb, clock);
        int n = sb.groupCount();
        fs.groups = new GroupDescriptor[n];
        fs.alloc = new Allocator(fs, n);
        int gdtBlocks = (n * GroupDescriptor.SIZE + bs - 1) / bs;
        int tableBlocks = sb.inodesPerGroup * sb.inodeSize / bs;
        byte[] zero = new byte[bs];
        for (int g = 0; g < n; g++) {
            layoutGroup(fs, g, gdtBlocks, tableBlocks);
            for (int i = 0; i < tableBlocks; i++) {
                fs.writeBlock(fs.groups[g].inodeTable + i, zero);
            }
        }
        if (bs > Superblock.OFFSET) {
            fs.writeBlock(0, zero);   // boot sector area: no stale boot code or old signatures
        }
        int t = (int) clock.nowSeconds();
        sb.mkfsTime = t;
        sb.lastCheck = t;
        createRoot(fs, t);
        fs.mkdir(Ext2.ROOT_INO, "lost+found", 0700, 0, 0);
        fs.sync();
        return fs;
    }

    /** Chooses the group geometry for a volume of {@code blocks} blocks; throws ENOSPC if too small. */
    static Superblock geometry(long blocks, Options o) {
        int bs = o.blockSize;
        blocks = Math.min(blocks, 0x7fffffffL);
        int firstData = bs == 1024 ? 1 : 0;
        int bpg = bs * 8;
        int groups = (int) ((blocks - firstData + bpg - 1) / bpg);
        int perTableBlock = bs / o.inodeSize;
        long wanted = Math.max(blocks * bs / o.bytesPerInode, FIRST_INO + 5);
        int ipg = (int) ((wanted + groups - 1) / groups);
        int align = Math.max(8, perTableBlock);
        ipg = Math.min((ipg + align - 1) / align * align, bs * 8 / align * align);
        Superblock sb = new Superblock();
        sb.firstDataBlock = firstData;
        sb.blocksPerGroup = bpg;
        sb.inodesPerGroup = ipg;
        sb.logBlockSize = Integer.numberOfTrailingZeros(bs) - 10;
        sb.featureRoCompat = Superblock.RO_COMPAT_SPARSE_SUPER | Superblock.RO_COMPAT_LARGE_FILE;
        int gdtBlocks = (groups * GroupDescriptor.SIZE + bs - 1) / bs;
        long last = blocks - firstData - (long) (groups - 1) * bpg;
        int overhead = (sb.groupHasSuper(groups - 1) ? 1 + gdtBlocks : 0) + 2 + ipg * o.inodeSize / bs;
        if (last < overhead + MIN_DATA_BLOCKS) {
            if (groups == 1) {
                throw new FsException(FsException.ENOSPC, "device too small for an ext2 volume (" + blocks + " blocks)");
            }
            groups--;
            blocks -= last;
        }
        sb.blocksCount = (int) blocks;
        sb.inodesCount = groups * ipg;
        sb.reservedBlocksCount = (int) (blocks * o.reservedPercent / 100);
        sb.magic = Superblock.MAGIC;
        sb.state = Superblock.STATE_VALID;
        sb.revLevel = Superblock.DYNAMIC_REV;
        sb.firstIno = FIRST_INO;
        sb.inodeSize = o.inodeSize;
        sb.featureIncompat = Superblock.INCOMPAT_FILETYPE;
        System.arraycopy(o.uuid, 0, sb.uuid, 0, 16);
        byte[] label = Utf8.encode(o.label);
        System.arraycopy(label, 0, sb.volumeName, 0, Math.min(16, label.length));
        Le.put16(sb.raw, 54, 0xffff);                       // s_max_mnt_count = -1: no forced checks
        Le.put16(sb.raw, 60, Superblock.ERRORS_CONTINUE);   // s_errors
        Le.put32(sb.raw, 72, Superblock.OS_LINUX);          // s_creator_os
        return sb;
    }

    /** Places group {@code g}'s metadata and builds its bitmaps with metadata and padding marked used. */
    private static void layoutGroup(Ext2 fs, int g, int gdtBlocks, int tableBlocks) {
        Superblock sb = fs.sb;
        int bs = fs.blockSize;
        int start = sb.firstDataBlock + g * sb.blocksPerGroup;
        int meta = sb.groupHasSuper(g) ? 1 + gdtBlocks : 0;
        GroupDescriptor d = new GroupDescriptor();
        d.blockBitmap = start + meta;
        d.inodeBitmap = start + meta + 1;
        d.inodeTable = start + meta + 2;
        int used = meta + 2 + tableBlocks;
        int size = fs.alloc.blocksInGroup(g);
        byte[] bb = new byte[bs];
        for (int i = 0; i < used; i++) {
            Allocator.setBit(bb, i);
        }
        for (int i = size; i < bs * 8; i++) {
            Allocator.setBit(bb, i);   // bits past the end of the volume are "in use" (e2fsck checks)
        }
        byte[] ib = new byte[bs];
        int reserved = g == 0 ? FIRST_INO - 1 : 0;
        for (int i = 0; i < reserved; i++) {
            Allocator.setBit(ib, i);
        }
        for (int i = sb.inodesPerGroup; i < bs * 8; i++) {
            Allocator.setBit(ib, i);
        }
        d.freeBlocks = size - used;
        d.freeInodes = sb.inodesPerGroup - reserved;
        fs.groups[g] = d;
        fs.alloc.install(g, bb, ib);
    }

    /** Inode 2, the root directory: "." and ".." both name itself. */
    private static void createRoot(Ext2 fs, int t) {
        Inode root = new Inode();
        root.fresh = true;
        root.ino = Ext2.ROOT_INO;
        root.mode = Inode.S_IFDIR | 0755;
        root.linksCount = 2;
        root.atime = t;
        root.ctime = t;
        root.mtime = t;
        Directory.init(fs, root, Ext2.ROOT_INO);
        fs.writeInode(root);
        fs.groups[0].usedDirs++;
    }
}
