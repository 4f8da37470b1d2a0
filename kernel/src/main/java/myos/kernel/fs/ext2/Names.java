package myos.kernel.fs.ext2;

import myos.kernel.fs.FsException;

/**
 * The operations that change names of existing inodes: link, unlink, rmdir and rename
 * (POSIX link(2), unlink(2), rmdir(2), rename(2); Linux fs/ext2/namei.c). Link counts follow
 * the ext2 rule: a file's count is its number of names; a directory's is 2 plus one per
 * subdirectory (each child's ".."). An inode that loses its last name is released.
 */
final class Names {
    private static final byte[] DOTDOT = {'.', '.'};

    private Names() {
    }

    /** Adds another name for non-directory {@code ino} (a hard link). */
    static void link(Ext2 fs, int parent, String name, int ino) {
        Inode p = fs.directory(parent);
        Inode in = fs.readInode(ino);
        if (in.isDirectory()) {
            throw new FsException(FsException.EPERM, "hard links to directories are not allowed");
        }
        if (in.linksCount >= Ext2.LINK_MAX) {
            throw new FsException(FsException.EMLINK, "too many links");
        }
        byte[] n = Utf8.component(name);
        if (Directory.lookup(fs, p, n) != 0) {
            throw new FsException(FsException.EEXIST, "'" + name + "' already exists");
        }
        fs.link(p, name, in);   // first: if the directory cannot grow, the count stays right
        in.linksCount++;
        in.ctime = fs.now();
        fs.writeInode(in);
    }

    /** Removes a non-directory name; the inode and its blocks go when the last name does. */
    static void unlink(Ext2 fs, int parent, String name) {
        Inode p = fs.directory(parent);
        byte[] n = Utf8.component(name);
        Inode in = existing(fs, p, n, name);
        if (in.isDirectory()) {
            throw new FsException(FsException.EISDIR, "'" + name + "' is a directory");
        }
        Directory.remove(fs, p, n);
        fs.stamp(p);
        in.linksCount--;
        in.ctime = fs.now();
        if (in.linksCount == 0) {
            fs.release(in);
        } else {
            fs.writeInode(in);
        }
    }

    /** Removes an empty directory. */
    static void rmdir(Ext2 fs, int parent, String name) {
        Inode p = fs.directory(parent);
        byte[] n = Utf8.component(name);
        Inode in = existing(fs, p, n, name);
        if (!in.isDirectory()) {
            throw new FsException(FsException.ENOTDIR, "'" + name + "' is not a directory");
        }
        if (!Directory.isEmpty(fs, in)) {
            throw new FsException(FsException.ENOTEMPTY, "directory '" + name + "' is not empty");
        }
        Directory.remove(fs, p, n);
        p.linksCount--;   // the child's ".." no longer names the parent
        fs.stamp(p);
        fs.release(in);
    }

    /** rename(2): see {@link Ext2#rename}. */
    static void rename(Ext2 fs, int oldParent, String oldName, int newParent, String newName) {
        byte[] on = Utf8.component(oldName);
        byte[] nn = Utf8.component(newName);
        Inode op = fs.directory(oldParent);
        Inode np = oldParent == newParent ? op : fs.directory(newParent);
        Inode src = existing(fs, op, on, oldName);
        int ino = src.ino;
        int existing = Directory.lookup(fs, np, nn);
        if (existing == ino) {
            return;   // two names of one file: rename(2) does nothing
        }
        boolean moveDir = src.isDirectory() && oldParent != newParent;
        if (moveDir) {
            refuseMoveIntoItself(fs, ino, newParent);
        }
        Inode victim = existing == 0 ? null : fs.readInode(existing);
        if (victim != null) {
            if (src.isDirectory() && !victim.isDirectory()) {
                throw new FsException(FsException.ENOTDIR, "'" + newName + "' is not a directory");
            }
            if (!src.isDirectory() && victim.isDirectory()) {
                throw new FsException(FsException.EISDIR, "'" + newName + "' is a directory");
            }
            if (victim.isDirectory() && !Directory.isEmpty(fs, victim)) {
                throw new FsException(FsException.ENOTEMPTY, "directory '" + newName + "' is not empty");
            }
            Directory.replace(fs, np, nn, ino, DirEntry.typeOf(src.mode));
        } else {
            if (moveDir && np.linksCount >= Ext2.LINK_MAX) {
                throw new FsException(FsException.EMLINK, "too many subdirectories");
            }
            try {
                Directory.add(fs, np, nn, ino, DirEntry.typeOf(src.mode));
            } catch (FsException e) {
                fs.writeInode(np);   // keep any block the directory attached before running out
                throw e;
            }
        }
        Directory.remove(fs, op, on);
        if (moveDir) {
            Directory.setParent(fs, src, newParent);
            op.linksCount--;
            np.linksCount++;
        }
        src.ctime = fs.now();
        fs.writeInode(src);
        if (victim != null) {
            if (victim.isDirectory()) {
                np.linksCount--;   // the replaced directory's ".." is gone
                fs.release(victim);
            } else if (--victim.linksCount == 0) {
                fs.release(victim);
            } else {
                victim.ctime = fs.now();
                fs.writeInode(victim);
            }
        }
        fs.stamp(op);
        if (np != op) {
            fs.stamp(np);
        }
    }

    /** The inode named {@code n} in {@code p}; ENOENT when there is none. */
    private static Inode existing(Ext2 fs, Inode p, byte[] n, String name) {
        int ino = Directory.lookup(fs, p, n);
        if (ino == 0) {
            throw new FsException(FsException.ENOENT, "'" + name + "' does not exist");
        }
        return fs.readInode(ino);
    }

    /** EINVAL when {@code dir} is {@code target} or one of its ancestors (rename(2)). */
    private static void refuseMoveIntoItself(Ext2 fs, int dir, int target) {
        int cur = target;
        for (int depth = 0; cur != Ext2.ROOT_INO; depth++) {
            if (cur == dir) {
                throw new FsException(FsException.EINVAL, "cannot move a directory below itself");
            }
            if (depth > 65536) {
                throw new FsException(FsException.EUCLEAN, "directory loop through '..'");
            }
            cur = Directory.lookup(fs, fs.readInode(cur), DOTDOT);
        }
    }
}
