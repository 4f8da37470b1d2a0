package myos.kernel.fs.ext2;

/** One name in a directory, as {@link Ext2#list} returns it. */
public final class DirEntry {
    // ext2_dir_entry_2.file_type values (ext2 spec, "Linked Directory Entry").
    public static final int FT_UNKNOWN = 0;
    public static final int FT_REG_FILE = 1;
    public static final int FT_DIR = 2;
    public static final int FT_CHRDEV = 3;
    public static final int FT_BLKDEV = 4;
    public static final int FT_FIFO = 5;
    public static final int FT_SOCK = 6;
    public static final int FT_SYMLINK = 7;

    public final int inode;
    public final String name;
    public final int fileType;

    DirEntry(int inode, String name, int fileType) {
        this.inode = inode;
        this.name = name;
        this.fileType = fileType;
    }

    /** The directory-entry type for an i_mode. */
    static int typeOf(int mode) {
        switch (mode & Inode.S_IFMT) {
            case Inode.S_IFREG: return FT_REG_FILE;
            case Inode.S_IFDIR: return FT_DIR;
            case Inode.S_IFCHR: return FT_CHRDEV;
            case Inode.S_IFBLK: return FT_BLKDEV;
            case Inode.S_IFIFO: return FT_FIFO;
            case Inode.S_IFSOCK: return FT_SOCK;
            case Inode.S_IFLNK: return FT_SYMLINK;
            default: return FT_UNKNOWN;
        }
    }

    @Override
    public String toString() {
        return name + " -> " + inode;
    }
}
