package myos.kernel.fs.ext2;

import java.util.List;
import myos.kernel.fs.BlockDevice;
import myos.kernel.fs.FsException;
import myos.kernel.fs.TimeSource;

/**
 * A mounted ext2 volume: the operations the kernel's VFS and the image builder call
 * (lookup, list, read, readlink, stat; mkdir, create, write, symlink, mknod). Inodes are
 * written through on every change; bitmaps, group descriptors and superblocks are written
 * by {@link #sync}. Names are Java strings stored as UTF-8.
 *
 * <p>Not thread-safe: the caller serialises access (the kernel holds one lock per volume).
 */
public final class Ext2 {
    public static final int ROOT_INO = 2;
    /** EXT2_LINK_MAX (Linux fs/ext2/ext2.h). */
    static final int LINK_MAX = 32000;
    /** A fast symlink keeps its target in the 60 bytes of i_block. */
    static final int FAST_SYMLINK_MAX = Inode.N_BLOCKS * 4 - 1;

    final BlockDevice dev;
    final int blockSize;
    private final int devPerBlock;
    final Superblock sb;
    GroupDescriptor[] groups;
    Allocator alloc;
    private final TimeSource clock;
    /** Set when the volume has read-only-compatible features this code cannot maintain. */
    private boolean readOnly;

    Ext2(BlockDevice dev, Superblock sb, TimeSource clock) {
        this.dev = dev;
        this.sb = sb;
        this.blockSize = sb.blockSize();
        this.clock = clock;
        if (blockSize % dev.blockSize() != 0) {
            throw new FsException(FsException.EINVAL, "ext2 block size is not a multiple of the device block size");
        }
        this.devPerBlock = blockSize / dev.blockSize();
    }

    /** Mounts an existing volume, checking that this code understands it. */
    public static Ext2 mount(BlockDevice dev, TimeSource clock) {
        byte[] head = new byte[Math.max(dev.blockSize(), 2048)];
        dev.read(0, head, 0, head.length / dev.blockSize());
        Superblock sb = new Superblock();
        sb.decode(head, Superblock.OFFSET);
        sb.validate(dev.blockCount() * dev.blockSize());
        Ext2 fs = new Ext2(dev, sb, clock);
        int n = sb.groupCount();
        fs.groups = new GroupDescriptor[n];
        int gdtStart = sb.firstDataBlock + 1;
        byte[] b = null;
        for (int g = 0; g < n; g++) {
            int off = g * GroupDescriptor.SIZE;
            if (off % fs.blockSize == 0) {
                b = fs.readBlock(gdtStart + off / fs.blockSize);   // each GDT block once
            }
            fs.groups[g] = new GroupDescriptor();
            fs.groups[g].decode(b, off % fs.blockSize);
        }
        fs.alloc = new Allocator(fs, n);
        // ext2 spec, "s_feature_ro_compat": an implementation that does not know one of these
        // features may read the volume but must not write it.
        fs.readOnly = (sb.featureRoCompat & ~Superblock.RO_COMPAT_SUPPORTED) != 0;
        return fs;
    }

    /** True when the volume can only be read (unknown read-only-compatible features). */
    public boolean isReadOnly() {
        return readOnly;
    }

    void checkWritable() {
        if (readOnly) {
            throw new FsException(FsException.EROFS, "ext2 volume has features this driver cannot write");
        }
    }

    // ---- block and inode I/O ----

    byte[] readBlock(int block) {
        byte[] b = new byte[blockSize];
        dev.read(Integer.toUnsignedLong(block) * devPerBlock, b, 0, devPerBlock);
        return b;
    }

    void writeBlock(int block, byte[] b) {
        dev.write(Integer.toUnsignedLong(block) * devPerBlock, b, 0, devPerBlock);
    }

    int groupOfInode(int ino) {
        return (ino - 1) / sb.inodesPerGroup;
    }

    private int inodeBlock(int ino) {
        if (ino < 1 || Integer.toUnsignedLong(ino) > Integer.toUnsignedLong(sb.inodesCount)) {
            throw new FsException(FsException.EUCLEAN, "inode number " + ino + " out of range");
        }
        int index = (ino - 1) % sb.inodesPerGroup;
        return groups[groupOfInode(ino)].inodeTable + (int) ((long) index * sb.inodeSize / blockSize);
    }

    private int inodeOffset(int ino) {
        return (int) ((long) ((ino - 1) % sb.inodesPerGroup) * sb.inodeSize % blockSize);
    }

    Inode readInode(int ino) {
        byte[] b = readBlock(inodeBlock(ino));
        Inode in = new Inode();
        in.ino = ino;
        in.decode(b, inodeOffset(ino));
        return in;
    }

    void writeInode(Inode in) {
        int block = inodeBlock(in.ino);
        byte[] b = readBlock(block);
        if (in.fresh) {
            Le.zero(b, inodeOffset(in.ino), sb.inodeSize);   // no stale bytes from a deleted inode
            in.fresh = false;
        }
        in.encode(b, inodeOffset(in.ino));
        writeBlock(block, b);
    }

    int now() {
        return (int) clock.nowSeconds();
    }

    // ---- reading ----

    /** A copy of inode {@code ino}'s metadata. */
    public Inode stat(int ino) {
        return readInode(ino);
    }

    /** Inode of {@code name} in directory {@code dir}, or 0 when there is none. */
    public int lookup(int dir, String name) {
        return Directory.lookup(this, directory(dir), Utf8.encode(name));
    }

    /**
     * Inode of an absolute path, following no symlinks (the VFS resolves links itself),
     * or 0 when a component is missing. "." and ".." are ordinary entries on disk.
     */
    public int lookupPath(String path) {
        if (!path.startsWith("/")) {
            throw new FsException(FsException.EINVAL, "path must be absolute: " + path);
        }
        int ino = ROOT_INO;
        int i = 1;
        while (i < path.length()) {
            int slash = path.indexOf('/', i);
            int end = slash < 0 ? path.length() : slash;
            if (end > i) {
                ino = lookup(ino, path.substring(i, end));
                if (ino == 0) {
                    return 0;
                }
            }
            i = end + 1;
        }
        return ino;
    }

    /** The entries of directory {@code dir} in on-disk order, "." and ".." included. */
    public List<DirEntry> list(int dir) {
        return Directory.list(this, directory(dir));
    }

    /** Reads file bytes at {@code pos}; returns how many were read, 0 at end of file. */
    public int read(int ino, long pos, byte[] dst, int off, int len) {
        Inode in = readInode(ino);
        if (in.isDirectory()) {
            throw new FsException(FsException.EISDIR, "inode " + ino + " is a directory");
        }
        return FileBlocks.read(this, in, pos, dst, off, len);
    }

    /** The target of symlink {@code ino}. */
    public String readlink(int ino) {
        Inode in = readInode(ino);
        if (!in.isSymlink()) {
            throw new FsException(FsException.EINVAL, "inode " + ino + " is not a symlink");
        }
        int n = (int) in.size;
        byte[] b = new byte[n];
        if (in.isFastSymlink()) {
            byte[] raw = new byte[Inode.N_BLOCKS * 4];
            for (int i = 0; i < Inode.N_BLOCKS; i++) {
                Le.put32(raw, 4 * i, in.block[i]);
            }
            System.arraycopy(raw, 0, b, 0, n);
        } else {
            FileBlocks.read(this, in, 0, b, 0, n);
        }
        return Utf8.decode(b, 0, n);
    }

    // ---- writing ----

    /** Creates directory {@code name} in {@code parent}; returns its inode. */
    public int mkdir(int parent, String name, int perm, int uid, int gid) {
        checkWritable();
        Inode p = directory(parent);
        if (p.linksCount >= LINK_MAX) {
            throw new FsException(FsException.EMLINK, "too many subdirectories");
        }
        Inode in = newInode(p, name, Inode.S_IFDIR | (perm & 07777), uid, gid);
        in.linksCount = 2;
        p.linksCount++;   // the child's ".." names the parent
        try {
            Directory.init(this, in, parent);
            writeInode(in);
            link(p, name, in);
        } catch (FsException e) {
            p.linksCount--;
            abandon(p, in);
            throw e;
        }
        return in.ino;
    }

    /** Creates an empty regular file; returns its inode. */
    public int create(int parent, String name, int perm, int uid, int gid) {
        checkWritable();
        Inode p = directory(parent);
        Inode in = newInode(p, name, Inode.S_IFREG | (perm & 07777), uid, gid);
        attach(p, name, in);
        return in.ino;
    }

    /** Creates a symbolic link: fast (in the inode) below 60 bytes, else one data block. */
    public int symlink(int parent, String name, String target, int uid, int gid) {
        checkWritable();
        byte[] t = Utf8.encode(target);
        if (t.length == 0 || t.length >= blockSize) {
            throw new FsException(FsException.ENAMETOOLONG, "symlink target must be 1.." + (blockSize - 1) + " bytes");
        }
        Inode p = directory(parent);
        Inode in = newInode(p, name, Inode.S_IFLNK | 0777, uid, gid);
        if (t.length <= FAST_SYMLINK_MAX) {
            byte[] raw = new byte[Inode.N_BLOCKS * 4];
            System.arraycopy(t, 0, raw, 0, t.length);
            for (int i = 0; i < Inode.N_BLOCKS; i++) {
                in.block[i] = Le.i32(raw, 4 * i);
            }
            in.size = t.length;
        } else {
            try {
                FileBlocks.write(this, in, 0, t, 0, t.length);
            } catch (FsException e) {
                abandon(p, in);
                throw e;
            }
        }
        attach(p, name, in);
        return in.ino;
    }

    /**
     * Creates a device node, FIFO or socket; {@code mode} carries the type bits. The device
     * number is stored the way Linux's ext2_set_inode does: the old 8:8 encoding in i_block[0]
     * when it fits, otherwise the new encoding in i_block[1].
     */
    public int mknod(int parent, String name, int mode, int major, int minor, int uid, int gid) {
        checkWritable();
        int type = mode & Inode.S_IFMT;
        if (type != Inode.S_IFCHR && type != Inode.S_IFBLK && type != Inode.S_IFIFO && type != Inode.S_IFSOCK) {
            throw new FsException(FsException.EINVAL, "mknod needs a device, FIFO or socket type");
        }
        if (major < 0 || major > 0xfff || minor < 0 || minor > 0xfffff) {
            throw new FsException(FsException.EINVAL, "device number out of range");
        }
        Inode p = directory(parent);
        Inode in = newInode(p, name, type | (mode & 07777), uid, gid);
        if (type == Inode.S_IFCHR || type == Inode.S_IFBLK) {
            if (major < 256 && minor < 256) {
                in.block[0] = major << 8 | minor;
            } else {
                in.block[1] = (minor & 0xff) | major << 8 | (minor & ~0xff) << 12;
            }
        }
        attach(p, name, in);
        return in.ino;
    }

    /** Writes bytes into regular file {@code ino} at {@code pos}, growing it as needed. */
    public void write(int ino, long pos, byte[] src, int off, int len) {
        checkWritable();
        Inode in = readInode(ino);
        if (!in.isRegular()) {
            throw new FsException(FsException.EINVAL, "inode " + ino + " is not a regular file");
        }
        try {
            FileBlocks.write(this, in, pos, src, off, len);
        } finally {
            // Also after ENOSPC: the blocks written so far are kept and counted in the size
            // (a short write), so no allocated block is left unreferenced.
            in.mtime = now();
            in.ctime = in.mtime;
            writeInode(in);
        }
    }

    /** Sets the size of regular file {@code ino}, freeing blocks past a new, smaller end. */
    public void truncate(int ino, long size) {
        checkWritable();
        Inode in = readInode(ino);
        if (!in.isRegular()) {
            throw new FsException(in.isDirectory() ? FsException.EISDIR : FsException.EINVAL, "truncate needs a regular file");
        }
        if (size < 0) {
            throw new FsException(FsException.EINVAL, "negative size");
        }
        FileBlocks.truncate(this, in, size);
        in.mtime = now();
        in.ctime = in.mtime;
        writeInode(in);
    }

    /** Adds another name for non-directory {@code ino} (a hard link). */
    public void link(int parent, String name, int ino) {
        checkWritable();
        Names.link(this, parent, name, ino);
    }

    /** Removes a non-directory name; the inode and its blocks go when the last name does. */
    public void unlink(int parent, String name) {
        checkWritable();
        Names.unlink(this, parent, name);
    }

    /** Removes an empty directory. */
    public void rmdir(int parent, String name) {
        checkWritable();
        Names.rmdir(this, parent, name);
    }

    /**
     * Moves {@code oldName} in {@code oldParent} to {@code newName} in {@code newParent},
     * replacing what is there as rename(2) does (a directory only by an empty directory).
     */
    public void rename(int oldParent, String oldName, int newParent, String newName) {
        checkWritable();
        Names.rename(this, oldParent, oldName, newParent, newName);
    }

    /** Frees an inode that has lost its last name: blocks, then the inode (dtime set, as e2fsck expects). */
    void release(Inode in) {
        boolean blockMapped = in.isRegular() || in.isDirectory() || (in.isSymlink() && !in.isFastSymlink());
        if (blockMapped) {
            FileBlocks.truncate(this, in, 0);
        }
        in.linksCount = 0;
        in.dtime = now();
        writeInode(in);
        alloc.freeInode(in.ino, in.isDirectory());
    }

    void stamp(Inode dir) {
        dir.mtime = now();
        dir.ctime = dir.mtime;
        writeInode(dir);
    }

    /** Writes bitmaps, group descriptors and every superblock copy, then flushes the device. */
    public void sync() {
        if (readOnly) {
            return;
        }
        alloc.flush();
        MetadataWriter.write(this);
        dev.flush();
    }

    int gdtBlocks() {
        return (groups.length * GroupDescriptor.SIZE + blockSize - 1) / blockSize;
    }

    /** Free blocks and inodes, as statfs reports them. */
    public long freeBlocks() {
        long n = 0;
        for (int g = 0; g < groups.length; g++) {
            n += groups[g].freeBlocks;
        }
        return n;
    }

    public long freeInodes() {
        long n = 0;
        for (int g = 0; g < groups.length; g++) {
            n += groups[g].freeInodes;
        }
        return n;
    }

    public int blockSize() {
        return blockSize;
    }

    // ---- helpers ----

    Inode directory(int ino) {
        Inode in = readInode(ino);
        if (!in.isDirectory()) {
            throw new FsException(FsException.ENOTDIR, "inode " + ino + " is not a directory");
        }
        return in;
    }

    /** Checks the name is free, then allocates and initialises an inode near its parent. */
    private Inode newInode(Inode parent, String name, int mode, int uid, int gid) {
        byte[] n = Utf8.component(name);
        if (Directory.lookup(this, parent, n) != 0) {
            throw new FsException(FsException.EEXIST, "'" + name + "' already exists");
        }
        Inode in = new Inode();
        in.fresh = true;
        in.ino = alloc.allocInode(groupOfInode(parent.ino), (mode & Inode.S_IFMT) == Inode.S_IFDIR);
        in.mode = mode;
        in.uid = uid;
        in.gid = gid;
        in.linksCount = 1;
        int t = now();
        in.atime = t;
        in.ctime = t;
        in.mtime = t;
        return in;
    }

    /** Writes a new inode and enters it under {@code name}; undoes the allocation if that fails. */
    private void attach(Inode p, String name, Inode in) {
        try {
            writeInode(in);
            link(p, name, in);
        } catch (FsException e) {
            abandon(p, in);
            throw e;
        }
    }

    /**
     * Cleans up after a create that failed half-way (ENOSPC growing the parent directory):
     * the parent keeps any block it already attached (an empty directory block is valid),
     * the new inode and its blocks are freed.
     */
    private void abandon(Inode p, Inode in) {
        writeInode(p);
        release(in);
    }

    /** Enters {@code child} under {@code name} and stamps the parent (whose in-memory copy is current). */
    void link(Inode parent, String name, Inode child) {
        // An htree index (dir_index, made by e2fsck -D or ext4) is not maintained here; like
        // ext3 before htree support, we clear the flag, and the directory stays valid as a
        // linear one (the index lives inside what linear readers see as empty space).
        parent.flags &= ~Inode.INDEX_FL;
        Directory.add(this, parent, Utf8.encode(name), child.ino, DirEntry.typeOf(child.mode));
        stamp(parent);
    }
}
