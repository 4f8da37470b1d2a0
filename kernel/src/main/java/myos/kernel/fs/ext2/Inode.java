package myos.kernel.fs.ext2;

/**
 * The first 128 bytes of an on-disk inode (ext2 spec, "Inode Table"; Linux
 * {@code struct ext2_inode}). Only the fields below are written; every other byte
 * (i_file_acl, i_faddr, the OS-dependent fields, bytes past 128 in larger inodes) keeps
 * its on-disk value, because inodes are rewritten in place inside their table block — so
 * a volume made by mke2fs keeps its extended-attribute blocks and extra inode fields.
 */
public final class Inode {
    static final int SIZE = 128;
    /** i_block: 12 direct pointers, then single, double and triple indirect. */
    static final int N_BLOCKS = 15;
    static final int NDIR = 12;
    static final int IND = 12;
    static final int DIND = 13;
    static final int TIND = 14;

    // i_mode type bits (POSIX <sys/stat.h> values, which ext2 stores verbatim).
    public static final int S_IFMT = 0xF000;
    public static final int S_IFSOCK = 0xC000;
    public static final int S_IFLNK = 0xA000;
    public static final int S_IFREG = 0x8000;
    public static final int S_IFBLK = 0x6000;
    public static final int S_IFDIR = 0x4000;
    public static final int S_IFCHR = 0x2000;
    public static final int S_IFIFO = 0x1000;

    int ino;
    public int mode;
    public int uid;
    public int gid;
    public long size;
    public int atime;
    public int ctime;
    public int mtime;
    public int dtime;
    public int linksCount;
    /** i_blocks: 512-byte sectors held by data and indirect blocks. */
    public int sectors;
    public int flags;
    final int[] block = new int[N_BLOCKS];
    int generation;
    /** A newly allocated inode: its whole on-disk slot is cleared before the first write. */
    boolean fresh;
    /** EXT2_INDEX_FL: the directory carries an htree index (see Directory.add). */
    static final int INDEX_FL = 0x1000;

    public int number() {
        return ino;
    }

    public int type() {
        return mode & S_IFMT;
    }

    public boolean isDirectory() {
        return type() == S_IFDIR;
    }

    public boolean isRegular() {
        return type() == S_IFREG;
    }

    public boolean isSymlink() {
        return type() == S_IFLNK;
    }

    public boolean isDevice() {
        return type() == S_IFCHR || type() == S_IFBLK;
    }

    /** A symlink whose target lives in i_block itself (target shorter than 60 bytes). */
    boolean isFastSymlink() {
        return isSymlink() && size < N_BLOCKS * 4;
    }

    /** Device number (major, minor) of a device inode, both encodings Linux accepts. */
    public int major() {
        return block[0] != 0 ? (block[0] >>> 8) & 0xff : (block[1] & 0xfff00) >>> 8;
    }

    public int minor() {
        return block[0] != 0 ? block[0] & 0xff : (block[1] & 0xff) | ((block[1] >>> 12) & 0xfff00);
    }

    void decode(byte[] b, int o) {
        mode = Le.u16(b, o);
        uid = Le.u16(b, o + 2) | Le.u16(b, o + 120) << 16;
        size = Le.u32(b, o + 4);
        atime = Le.i32(b, o + 8);
        ctime = Le.i32(b, o + 12);
        mtime = Le.i32(b, o + 16);
        dtime = Le.i32(b, o + 20);
        gid = Le.u16(b, o + 24) | Le.u16(b, o + 122) << 16;
        linksCount = Le.u16(b, o + 26);
        sectors = Le.i32(b, o + 28);
        flags = Le.i32(b, o + 32);
        for (int i = 0; i < N_BLOCKS; i++) {
            block[i] = Le.i32(b, o + 40 + 4 * i);
        }
        generation = Le.i32(b, o + 100);
        if (isRegular()) {
            size |= Le.u32(b, o + 108) << 32;  // i_size_high (RO_COMPAT_LARGE_FILE)
        }
    }

    void encode(byte[] b, int o) {
        Le.put16(b, o, mode);
        Le.put16(b, o + 2, uid);
        Le.put32(b, o + 4, size);
        Le.put32(b, o + 8, atime);
        Le.put32(b, o + 12, ctime);
        Le.put32(b, o + 16, mtime);
        Le.put32(b, o + 20, dtime);
        Le.put16(b, o + 24, gid);
        Le.put16(b, o + 26, linksCount);
        Le.put32(b, o + 28, sectors);
        Le.put32(b, o + 32, flags);
        for (int i = 0; i < N_BLOCKS; i++) {
            Le.put32(b, o + 40 + 4 * i, block[i]);
        }
        Le.put32(b, o + 100, generation);
        if (isRegular()) {
            Le.put32(b, o + 108, size >>> 32);
        }
        Le.put16(b, o + 120, uid >>> 16);  // l_i_uid_high / l_i_gid_high (Linux osd2)
        Le.put16(b, o + 122, gid >>> 16);
    }
}
