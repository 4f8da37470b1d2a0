package java.io;

import myos.rt.Os;

/**
 * A Unix path name plus the file operations of java.io.File, through myos.rt.Os.
 * Normalisation, resolution and getParent follow the JDK's UnixFileSystem.
 */
public class File implements Serializable, Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private static final int S_IFMT = 0170000, S_IFREG = 0100000, S_IFDIR = 0040000;
    private static final int O_WRONLY = 1, O_CREAT = 0100, O_EXCL = 0200, O_CLOEXEC = 02000000;
    private static final int EEXIST = 17, EISDIR = 21;

    private final String path;

    public File(String pathname) {
        if (pathname == null) throw new NullPointerException();
        this.path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null) throw new NullPointerException();
        if (parent != null) {
            if (parent.isEmpty()) this.path = resolve("/", normalize(child));
            else this.path = resolve(normalize(parent), normalize(child));
        } else {
            this.path = normalize(child);
        }
    }

    public File(File parent, String child) {
        if (child == null) throw new NullPointerException();
        if (parent != null) {
            if (parent.path.isEmpty()) this.path = resolve("/", normalize(child));
            else this.path = resolve(parent.path, normalize(child));
        } else {
            this.path = normalize(child);
        }
    }

    /** Collapses runs of '/' and drops a trailing '/' (except for "/" itself). */
    private static String normalize(String p) {
        int n = p.length();
        StringBuilder sb = new StringBuilder(n);
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/') continue;
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') sb.setLength(sb.length() - 1);
        return sb.length() == n ? p : sb.toString();
    }

    private static String resolve(String parent, String child) {
        if (child.isEmpty()) return parent;
        if (child.charAt(0) == '/') {
            if (parent.equals("/")) return child;
            return parent + child;
        }
        if (parent.equals("/")) return parent + child;
        return parent + '/' + child;
    }

    final boolean isInvalid() {
        return path.indexOf('\u0000') >= 0;
    }

    public String getName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf('/');
        int prefixLength = path.startsWith("/") ? 1 : 0;
        if (index < prefixLength) {
            if ((prefixLength > 0) && (path.length() > prefixLength)) return path.substring(0, prefixLength);
            return null;
        }
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public String getAbsolutePath() {
        if (isAbsolute()) return path;
        return resolve(System.getProperty("user.dir"), path);
    }

    public File getAbsoluteFile() {
        return new File(getAbsolutePath());
    }

    /**
     * The absolute path with "." and ".." removed lexically. Unlike the JDK (realpath),
     * symbolic links are not resolved: Os has no readlink/realpath yet.
     */
    public String getCanonicalPath() throws IOException {
        if (isInvalid()) throw new IOException("Invalid file path");
        String abs = getAbsolutePath();
        String[] parts = new String[abs.length() / 2 + 1];
        int n = 0, i = 0;
        while (i < abs.length()) {
            int j = abs.indexOf('/', i);
            if (j < 0) j = abs.length();
            String seg = abs.substring(i, j);
            if (seg.equals("..")) {
                if (n > 0) n--;
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts[n++] = seg;
            }
            i = j + 1;
        }
        if (n == 0) return "/";
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) sb.append('/').append(parts[k]);
        return sb.toString();
    }

    public File getCanonicalFile() throws IOException {
        return new File(getCanonicalPath());
    }

    /** stat(2) of this path into out; false on any error. */
    private boolean stat(long[] out) {
        return !isInvalid() && Os.stat(Errno.path(path), out) == 0;
    }

    private int mode() {
        long[] st = new long[3];
        return stat(st) ? (int) st[0] : -1;
    }

    public boolean exists() {
        return mode() != -1;
    }

    public boolean isDirectory() {
        int m = mode();
        return m != -1 && (m & S_IFMT) == S_IFDIR;
    }

    public boolean isFile() {
        int m = mode();
        return m != -1 && (m & S_IFMT) == S_IFREG;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public boolean canRead() {
        return !isInvalid() && Os.access(Errno.path(path), 4) == 0;
    }

    public boolean canWrite() {
        return !isInvalid() && Os.access(Errno.path(path), 2) == 0;
    }

    public boolean canExecute() {
        return !isInvalid() && Os.access(Errno.path(path), 1) == 0;
    }

    public long lastModified() {
        long[] st = new long[3];
        return stat(st) ? st[2] : 0L;
    }

    public long length() {
        long[] st = new long[3];
        return stat(st) ? st[1] : 0L;
    }

    public boolean createNewFile() throws IOException {
        if (isInvalid()) throw new IOException("Invalid file path");
        int fd = Os.open(Errno.path(path), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            Os.close(fd);
            return true;
        }
        if (fd == -EEXIST) return false;
        throw new IOException(Errno.message(fd));
    }

    /** remove(3): unlink, or rmdir for a directory. */
    public boolean delete() {
        if (isInvalid()) return false;
        byte[] p = Errno.path(path);
        int r = Os.unlink(p);
        if (r == -EISDIR || (r < 0 && isDirectory())) r = Os.rmdir(p);
        return r == 0;
    }

    public String[] list() {
        if (isInvalid()) return null;
        byte[][] names = Os.listDirectory(Errno.path(path));
        if (names == null) return null;
        String[] r = new String[names.length];
        for (int i = 0; i < names.length; i++) r[i] = new String(names[i]);
        return r;
    }

    public File[] listFiles() {
        String[] ss = list();
        if (ss == null) return null;
        File[] fs = new File[ss.length];
        for (int i = 0; i < ss.length; i++) fs[i] = new File(this, ss[i]);
        return fs;
    }

    public File[] listFiles(FileFilter filter) {
        String[] ss = list();
        if (ss == null) return null;
        File[] fs = new File[ss.length];
        int n = 0;
        for (String s : ss) {
            File f = new File(this, s);
            if (filter == null || filter.accept(f)) fs[n++] = f;
        }
        File[] r = new File[n];
        System.arraycopy(fs, 0, r, 0, n);
        return r;
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] ss = list();
        if (ss == null) return null;
        File[] fs = new File[ss.length];
        int n = 0;
        for (String s : ss) if (filter == null || filter.accept(this, s)) fs[n++] = new File(this, s);
        File[] r = new File[n];
        System.arraycopy(fs, 0, r, 0, n);
        return r;
    }

    public boolean mkdir() {
        return !isInvalid() && Os.mkdir(Errno.path(path), 0777) == 0;
    }

    public boolean mkdirs() {
        if (exists()) return false;
        if (mkdir()) return true;
        File canonFile;
        try {
            canonFile = getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canonFile.getParentFile();
        return (parent != null && (parent.mkdirs() || parent.exists()) && canonFile.mkdir());
    }

    public boolean renameTo(File dest) {
        if (dest == null) throw new NullPointerException();
        if (isInvalid() || dest.isInvalid()) return false;
        return Os.rename(Errno.path(path), Errno.path(dest.path)) == 0;
    }

    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    public boolean equals(Object obj) {
        return (obj instanceof File) && compareTo((File) obj) == 0;
    }

    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    public String toString() {
        return path;
    }
}
