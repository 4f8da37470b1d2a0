package myos.kernel.fs.ext2;

import myos.kernel.fs.FsException;

/**
 * UTF-8 for directory entry names, written out so the file system needs no charset
 * machinery from the class library. ext2 names are byte strings (no NUL, no '/');
 * we store Java strings as UTF-8 and decode them back the same way.
 */
final class Utf8 {
    private Utf8() {
    }

    static byte[] encode(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (isPair(s, i)) {
                n += 4;
                i++;
            } else {
                n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        byte[] out = new byte[n];
        int o = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (isPair(s, i)) {
                c = 0x10000 + ((c - 0xd800) << 10) + (s.charAt(++i) - 0xdc00);
                out[o++] = (byte) (0xf0 | c >>> 18);
                out[o++] = (byte) (0x80 | (c >>> 12 & 0x3f));
                out[o++] = (byte) (0x80 | (c >>> 6 & 0x3f));
            } else if (c < 0x80) {
                out[o++] = (byte) c;
                continue;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xc0 | c >>> 6);
            } else {
                out[o++] = (byte) (0xe0 | c >>> 12);
                out[o++] = (byte) (0x80 | (c >>> 6 & 0x3f));
            }
            out[o++] = (byte) (0x80 | (c & 0x3f));
        }
        return out;
    }

    /** A UTF-16 surrogate pair starts at {@code i}. */
    private static boolean isPair(String s, int i) {
        char c = s.charAt(i);
        return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length() && s.charAt(i + 1) >= 0xdc00 && s.charAt(i + 1) <= 0xdfff;
    }

    /** Decodes well-formed UTF-8; any malformed byte becomes U+FFFD, as java.lang.String does. */
    static String decode(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            int need = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
            if (need < 0 || i + need >= end) {
                sb.append('\uFFFD');
                i++;
                continue;
            }
            int cp = need == 0 ? c : c & (0x3f >> need);
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = cp << 6 | (cc & 0x3f);
            }
            if (!ok || (need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff))
                    || (cp >= 0xd800 && cp <= 0xdfff)) {
                sb.append('\uFFFD');
                i++;
                continue;
            }
            if (cp >= 0x10000) {
                sb.append((char) (0xd800 + ((cp - 0x10000) >>> 10)));
                sb.append((char) (0xdc00 + ((cp - 0x10000) & 0x3ff)));
            } else {
                sb.append((char) cp);
            }
            i += need + 1;
        }
        return sb.toString();
    }

    /** Checks a single path component for create operations (POSIX: no '/', no NUL, ≤ 255 bytes). */
    static byte[] component(String name) {
        byte[] b = encode(name);
        if (b.length == 0 || name.equals(".") || name.equals("..")) {
            throw new FsException(FsException.EINVAL, "invalid file name '" + name + "'");
        }
        if (b.length > 255) {
            throw new FsException(FsException.ENAMETOOLONG, "file name longer than 255 bytes");
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '/' || b[i] == 0) {
                throw new FsException(FsException.EINVAL, "file name contains '/' or NUL");
            }
        }
        return b;
    }
}
