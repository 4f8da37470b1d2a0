package java.lang;

import java.io.UnsupportedEncodingException;

/**
 * Charset encoding and decoding for String. Only the charsets a systems class library needs:
 * UTF-8 (the default charset, as on JDK 18+), ISO-8859-1 and US-ASCII. Malformed input is
 * replaced exactly as the JDK's String decoder does (one U+FFFD per malformed sequence, with
 * the JDK's rules for how many bytes a malformed sequence spans), unmappable chars are
 * encoded as '?'.
 */
final class StringCoding {
    private StringCoding() {}

    static final int UTF_8 = 0, ISO_8859_1 = 1, US_ASCII = 2;
    private static final char REPL = '\uFFFD';

    /** Maps a charset name or alias (case-insensitive) to one of the constants above. */
    static int lookup(String name) throws UnsupportedEncodingException {
        int cs = lookupOrMinus1(name);
        if (cs < 0) throw new UnsupportedEncodingException(name);
        return cs;
    }

    /**
     * Charset names are matched ignoring ASCII case only (java.nio.charset.Charset: names are
     * made of ASCII letters, digits and "-+:_." and "are not case-sensitive"; the JDK compares
     * them with an ASCII case-insensitive comparator). Not String.toUpperCase: that is
     * Unicode case mapping ("ı" would become "I"), and its tables cost every program ~10 KB.
     */
    static int lookupOrMinus1(String name) {
        char[] c = new char[name.length()];
        for (int i = 0; i < c.length; i++) {
            char ch = name.charAt(i);
            c[i] = ch >= 'a' && ch <= 'z' ? (char) (ch - ('a' - 'A')) : ch;
        }
        String n = new String(c);
        switch (n) {
            case "UTF-8": case "UTF8": case "UNICODE-1-1-UTF-8":
                return UTF_8;
            case "ISO-8859-1": case "ISO8859-1": case "ISO8859_1": case "ISO_8859_1": case "ISO_8859-1":
            case "LATIN1": case "L1": case "ISO-IR-100": case "IBM819": case "CP819": case "CSISOLATIN1":
            case "819": case "IBM-819": case "ISO_8859_1:1987": case "8859_1":
                return ISO_8859_1;
            case "US-ASCII": case "ASCII": case "US": case "ISO646-US": case "DEFAULT": case "646":
            case "ISO_646.IRV:1991": case "ISO_646.IRV:1983": case "ANSI_X3.4-1968": case "ANSI_X3.4-1986":
            case "CP367": case "IBM367": case "CSASCII": case "ISO-IR-6": case "ASCII7":
                return US_ASCII;
            default:
                return -1;
        }
    }

    static String decode(int charset, byte[] b, int off, int len) {
        if (charset == UTF_8) return decodeUTF8(b, off, len);
        if (len == 0) return "";
        if (charset == ISO_8859_1) {
            byte[] v = new byte[len];
            System.arraycopy(b, off, v, 0, len);
            return new String(v, String.LATIN1);
        }
        // US-ASCII: every byte >= 0x80 becomes U+FFFD.
        boolean ascii = true;
        for (int i = 0; i < len; i++) if (b[off + i] < 0) { ascii = false; break; }
        if (ascii) {
            byte[] v = new byte[len];
            System.arraycopy(b, off, v, 0, len);
            return new String(v, String.LATIN1);
        }
        byte[] v = new byte[len << 1];
        for (int i = 0; i < len; i++) String.putChar(v, i, b[off + i] >= 0 ? b[off + i] : REPL);
        return new String(v, String.UTF16);
    }

    static String decodeUTF8(byte[] b, int off, int len) {
        if (len == 0) return "";
        boolean ascii = true;
        for (int i = 0; i < len; i++) if (b[off + i] < 0) { ascii = false; break; }
        if (ascii) {
            byte[] v = new byte[len];
            System.arraycopy(b, off, v, 0, len);
            return new String(v, String.LATIN1);
        }
        // At most one char per input byte.
        byte[] dst = new byte[len << 1];
        int n = decodeUTF8(b, off, off + len, dst);
        return String.fromUtf16(dst, n);
    }

    private static boolean notCont(int b) {
        return (b & 0xc0) != 0x80;
    }

    /**
     * Decodes src[sp, sl) into UTF-16 chars in dst; returns the char count. The malformed
     * sequence lengths follow the JDK (its String.decodeUTF8_UTF16 in replace mode), so the
     * number of U+FFFD chars produced is the same.
     */
    static int decodeUTF8(byte[] src, int sp, int sl, byte[] dst) {
        int dp = 0;
        while (sp < sl) {
            int b1 = src[sp++];
            if (b1 >= 0) {
                String.putChar(dst, dp++, b1);
            } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {          // 110xxxxx, not overlong
                if (sp < sl) {
                    int b2 = src[sp++];
                    if (notCont(b2)) {
                        String.putChar(dst, dp++, REPL);
                        sp--;
                    } else {
                        String.putChar(dst, dp++, ((b1 & 0x1f) << 6) | (b2 & 0x3f));
                    }
                    continue;
                }
                String.putChar(dst, dp++, REPL);
                break;
            } else if ((b1 >> 4) == -2) {                                // 1110xxxx
                if (sp + 1 < sl) {
                    int b2 = src[sp++], b3 = src[sp++];
                    boolean overlong = b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80;
                    if (overlong || notCont(b2) || notCont(b3)) {
                        String.putChar(dst, dp++, REPL);
                        sp -= 3;
                        sp += (overlong || notCont(b2)) ? 1 : 2;
                    } else {
                        int c = ((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
                        String.putChar(dst, dp++, Character.isSurrogate((char) c) ? REPL : c);
                    }
                    continue;
                }
                if (sp < sl && ((b1 == (byte) 0xe0 && (src[sp] & 0xe0) == 0x80) || notCont(src[sp]))) {
                    String.putChar(dst, dp++, REPL);
                    continue;
                }
                String.putChar(dst, dp++, REPL);
                break;
            } else if ((b1 >> 3) == -2) {                                // 11110xxx
                if (sp + 2 < sl) {
                    int b2 = src[sp++], b3 = src[sp++], b4 = src[sp++];
                    int uc = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
                    if (notCont(b2) || notCont(b3) || notCont(b4) || uc < 0x10000 || uc > 0x10FFFF) {
                        String.putChar(dst, dp++, REPL);
                        sp -= 4;
                        sp += malformed4(src, sp);
                    } else {
                        String.putChar(dst, dp++, Character.highSurrogate(uc));
                        String.putChar(dst, dp++, Character.lowSurrogate(uc));
                    }
                    continue;
                }
                b1 &= 0xff;
                if (b1 > 0xf4 || sp < sl && malformed4_2(b1, src[sp] & 0xff)) {
                    String.putChar(dst, dp++, REPL);
                    continue;
                }
                sp++;
                String.putChar(dst, dp++, REPL);
                if (sp < sl && notCont(src[sp])) continue;
                break;
            } else {
                String.putChar(dst, dp++, REPL);
            }
        }
        return dp;
    }

    private static boolean malformed4_2(int b1, int b2) {
        return (b1 == 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (b1 == 0xf4 && (b2 & 0xf0) != 0x80) || notCont(b2);
    }

    private static int malformed4(byte[] src, int sp) {
        int b1 = src[sp++] & 0xff, b2 = src[sp++] & 0xff;
        if (b1 > 0xf4 || malformed4_2(b1, b2)) return 1;
        return notCont(src[sp]) ? 2 : 3;
    }

    static byte[] encode(int charset, String s) {
        byte[] v = s.value();
        int n = s.length();
        if (s.coder() == String.LATIN1) {
            if (charset == ISO_8859_1) return v.clone();
            int extra = 0;
            for (byte b : v) if (b < 0) extra++;
            if (extra == 0) return v.clone();
            byte[] out = new byte[charset == UTF_8 ? n + extra : n];
            int o = 0;
            for (byte b : v) {
                if (b >= 0) out[o++] = b;
                else if (charset == UTF_8) { out[o++] = (byte) (0xc0 | ((b & 0xff) >> 6)); out[o++] = (byte) (0x80 | (b & 0x3f)); }
                else out[o++] = '?';
            }
            return out;
        }
        if (charset != UTF_8) {
            // One byte per code point: a valid surrogate pair becomes a single '?'.
            byte[] out = new byte[n];
            int o = 0, limit = charset == ISO_8859_1 ? 0xFF : 0x7F;
            for (int i = 0; i < n; i++) {
                char c = String.getChar(v, i);
                if (c <= limit) out[o++] = (byte) c;
                else {
                    out[o++] = '?';
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(String.getChar(v, i + 1))) i++;
                }
            }
            if (o == n) return out;
            byte[] r = new byte[o];
            System.arraycopy(out, 0, r, 0, o);
            return r;
        }
        byte[] out = new byte[n * 3];
        int o = encodeUTF8(v, 0, n, out, 0);
        byte[] r = new byte[o];
        System.arraycopy(out, 0, r, 0, o);
        return r;
    }

    /** Encodes UTF16 chars v[from, to) to UTF-8 at out[o]; unpaired surrogates become '?'. */
    static int encodeUTF8(byte[] v, int from, int to, byte[] out, int o) {
        for (int i = from; i < to; i++) {
            char c = String.getChar(v, i);
            if (c < 0x80) out[o++] = (byte) c;
            else if (c < 0x800) {
                out[o++] = (byte) (0xc0 | (c >> 6));
                out[o++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                char d;
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(d = String.getChar(v, i + 1))) {
                    int uc = Character.toCodePoint(c, d);
                    out[o++] = (byte) (0xf0 | (uc >> 18));
                    out[o++] = (byte) (0x80 | ((uc >> 12) & 0x3f));
                    out[o++] = (byte) (0x80 | ((uc >> 6) & 0x3f));
                    out[o++] = (byte) (0x80 | (uc & 0x3f));
                    i++;
                } else {
                    out[o++] = '?';
                }
            } else {
                out[o++] = (byte) (0xe0 | (c >> 12));
                out[o++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[o++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return o;
    }
}
