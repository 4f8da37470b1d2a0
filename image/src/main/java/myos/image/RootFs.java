package myos.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import myos.kernel.fs.ext2.Ext2;
import myos.kernel.fs.ext2.Inode;

/**
 * Populates an ext2 volume from a tree description through the ext2 library's own
 * operations — the same mkdir/create/write/symlink/mknod the kernel driver calls — in
 * path order, so the result depends only on the description and the input files.
 */
final class RootFs {
    /** Files are copied in pieces of this size, as a kernel write(2) loop would. */
    static final int CHUNK = 64 * 1024;

    private RootFs() {
    }

    static void populate(Ext2 fs, List<TreeSpec.Entry> entries) throws IOException {
        Map<String, Integer> dirs = new HashMap<String, Integer>();
        dirs.put("/", Ext2.ROOT_INO);
        for (TreeSpec.Entry e : entries) {
            int parent = dirs.get(e.parent());
            switch (e.kind) {
                case DIR:
                    dirs.put(e.path, fs.mkdir(parent, e.name(), e.mode, e.uid, e.gid));
                    break;
                case FILE:
                    int ino = fs.create(parent, e.name(), e.mode, e.uid, e.gid);
                    byte[] data = Files.readAllBytes(Paths.get(e.arg));
                    for (int off = 0; off < data.length; off += CHUNK) {
                        fs.write(ino, off, data, off, Math.min(CHUNK, data.length - off));
                    }
                    break;
                case SYMLINK:
                    fs.symlink(parent, e.name(), e.arg, e.uid, e.gid);
                    break;
                case CHAR:
                    fs.mknod(parent, e.name(), Inode.S_IFCHR | e.mode, e.major, e.minor, e.uid, e.gid);
                    break;
                case BLOCK:
                    fs.mknod(parent, e.name(), Inode.S_IFBLK | e.mode, e.major, e.minor, e.uid, e.gid);
                    break;
                case FIFO:
                    fs.mknod(parent, e.name(), Inode.S_IFIFO | e.mode, 0, 0, e.uid, e.gid);
                    break;
                default:
                    throw new IllegalStateException(e.kind.name());
            }
        }
        fs.sync();
    }
}
