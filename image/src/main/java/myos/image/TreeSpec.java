package myos.image;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The root tree description (image/rootfs.tree): one object a line,
 * {@code TYPE PATH MODE UID GID [ARGS]}, where TYPE is dir, file (ARGS: a source path relative
 * to the description, or {@code @name} for a build input such as the kernel), symlink (ARGS:
 * the target), char/block (ARGS: major minor) or fifo. '#' starts a comment. Entries come
 * back sorted by path, so the order of lines never changes the image, and every parent
 * directory must itself be listed. Any mistake is an error naming the line.
 */
final class TreeSpec {
    enum Kind { DIR, FILE, SYMLINK, CHAR, BLOCK, FIFO }

    static final class Entry {
        final Kind kind;
        final String path;
        final int mode;
        final int uid;
        final int gid;
        /** FILE: resolved source file; SYMLINK: target. */
        final String arg;
        final int major;
        final int minor;
        final int line;

        Entry(Kind kind, String path, int mode, int uid, int gid, String arg, int major, int minor, int line) {
            this.kind = kind;
            this.path = path;
            this.mode = mode;
            this.uid = uid;
            this.gid = gid;
            this.arg = arg;
            this.major = major;
            this.minor = minor;
            this.line = line;
        }

        String parent() {
            return path.substring(0, Math.max(1, path.lastIndexOf('/')));
        }

        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** Problems with the description or its inputs. */
    static final class SpecException extends Exception {
        SpecException(String message) {
            super(message);
        }
    }

    private TreeSpec() {
    }

    static List<Entry> parse(File spec, Map<String, File> inputs) throws SpecException {
        List<String> lines;
        try {
            lines = Files.readAllLines(spec.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException("cannot read tree description " + spec + ": " + e.getMessage());
        }
        File base = spec.getAbsoluteFile().getParentFile();
        TreeMap<String, Entry> byPath = new TreeMap<String, Entry>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int hash = text.indexOf('#');
            String t = (hash >= 0 ? text.substring(0, hash) : text).trim();
            if (t.isEmpty()) {
                continue;
            }
            Entry e = entry(t.split("\\s+"), i + 1, spec, base, inputs);
            if (byPath.put(e.path, e) != null) {
                throw new SpecException(where(spec, e.line) + "duplicate path " + e.path);
            }
        }
        for (Entry e : byPath.values()) {
            Entry p = byPath.get(e.parent());
            if (!e.parent().equals("/") && (p == null || p.kind != Kind.DIR)) {
                throw new SpecException(where(spec, e.line) + "parent directory " + e.parent() + " of " + e.path + " is not listed");
            }
        }
        return new ArrayList<Entry>(byPath.values());
    }

    private static Entry entry(String[] f, int line, File spec, File base, Map<String, File> inputs) throws SpecException {
        String at = where(spec, line);
        if (f.length < 5) {
            throw new SpecException(at + "expected TYPE PATH MODE UID GID [ARGS]");
        }
        Kind kind;
        int args;
        switch (f[0]) {
            case "dir": kind = Kind.DIR; args = 0; break;
            case "file": kind = Kind.FILE; args = 1; break;
            case "symlink": kind = Kind.SYMLINK; args = 1; break;
            case "char": kind = Kind.CHAR; args = 2; break;
            case "block": kind = Kind.BLOCK; args = 2; break;
            case "fifo": kind = Kind.FIFO; args = 0; break;
            default: throw new SpecException(at + "unknown type '" + f[0] + "'");
        }
        if (f.length != 5 + args) {
            throw new SpecException(at + f[0] + " takes " + (5 + args) + " fields, found " + f.length);
        }
        String path = checkPath(f[1], at);
        int mode = number(f[2], 8, 07777, at, "mode");
        int uid = number(f[3], 10, 0xffff, at, "uid");
        int gid = number(f[4], 10, 0xffff, at, "gid");
        String arg = null;
        int major = 0;
        int minor = 0;
        if (kind == Kind.FILE) {
            arg = source(f[5], base, inputs, at).getPath();
        } else if (kind == Kind.SYMLINK) {
            arg = f[5];
        } else if (kind == Kind.CHAR || kind == Kind.BLOCK) {
            major = number(f[5], 10, 0xfff, at, "major");
            minor = number(f[6], 10, 0xfffff, at, "minor");
        }
        return new Entry(kind, path, mode, uid, gid, arg, major, minor, line);
    }

    private static File source(String s, File base, Map<String, File> inputs, String at) throws SpecException {
        File f;
        if (s.startsWith("@")) {
            f = inputs.get(s.substring(1));
            if (f == null) {
                throw new SpecException(at + "build input " + s + " was not given (--input " + s.substring(1) + "=FILE)");
            }
        } else {
            f = new File(base, s);
        }
        if (!f.isFile()) {
            throw new SpecException(at + "missing file " + f.getPath());
        }
        return f;
    }

    private static String checkPath(String p, String at) throws SpecException {
        if (!p.startsWith("/") || p.equals("/") || p.endsWith("/") || p.contains("//")
                || p.contains("/./") || p.contains("/../") || p.endsWith("/.") || p.endsWith("/..")) {
            throw new SpecException(at + "path must be absolute and normalised: " + p);
        }
        return p;
    }

    private static int number(String s, int radix, int max, String at, String what) throws SpecException {
        try {
            int v = Integer.parseInt(s, radix);
            if (v < 0 || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SpecException(at + "bad " + what + " '" + s + "'");
        }
    }

    private static String where(File spec, int line) {
        return spec.getName() + ":" + line + ": ";
    }
}
