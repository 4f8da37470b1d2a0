package java.lang;

/**
 * The larger String operations, kept out of String.java to keep it readable: replace,
 * split, regex entry points, case mapping, strip/indent helpers and the intern table.
 */
final class StringOps {
    private StringOps() {}

    // ---- replace ----

    /**
     * Works on the bytes, as the JDK's StringLatin1/StringUTF16.replace: a Latin-1 string
     * stays Latin-1 unless newChar is above 0xFF; a UTF16 one may become Latin-1 when the
     * replaced char was its only wide one (the representation is canonical).
     */
    static String replace(String s, char oldChar, char newChar) {
        if (oldChar == newChar) return s;
        int i = s.indexOf(oldChar);
        if (i < 0) return s;
        byte[] v = s.value();
        if (s.coder() == String.LATIN1) {
            int n = v.length;
            byte old = (byte) oldChar;
            if (newChar <= 0xFF) {
                // copy all, then patch the matches: the scan only reads
                byte[] r = new byte[n];
                String.copyBytes(v, 0, r, 0, n);
                byte nw = (byte) newChar;
                for (; i >= 0; i = String.indexOfByte(v, old, i + 1, n)) r[i] = nw;
                return new String(r, String.LATIN1);
            }
            byte[] r = new byte[n << 1];
            String.inflate(v, 0, r, 0, i);
            for (; i < n; i++) String.putChar(r, i, v[i] == old ? newChar : v[i] & 0xff);
            return new String(r, String.UTF16);
        }
        int n = v.length >> 1;
        byte[] r = new byte[n << 1];
        String.copyBytes(v, 0, r, 0, i << 1);
        for (; i < n; i++) {
            char c = String.getChar(v, i);
            String.putChar(r, i, c == oldChar ? newChar : c);
        }
        return String.fromUtf16(r, n);
    }

    static String replace(String s, String target, String replacement) {
        int n = s.length(), tl = target.length();
        int j = s.indexOf(target);
        if (j < 0) return s;
        StringBuilder sb = new StringBuilder(n + Math.max(0, replacement.length() - tl));
        int i = 0;
        if (tl == 0) {
            // The JDK inserts the replacement before every char and at the end.
            for (; i < n; i++) sb.append(replacement).append(s.at(i));
            return sb.append(replacement).toString();
        }
        do {
            sb.append(s, i, j).append(replacement);
            i = j + tl;
        } while ((j = s.indexOf(target, i)) >= 0);
        return sb.append(s, i, n).toString();
    }

    // ---- split and regex ----

    /** Characters with a special meaning in a java.util.regex pattern. */
    private static final String META = ".$|()[{^?*+\\";

    /**
     * The JDK's own fast path: a one-char pattern that is not a metachar, or a backslash
     * followed by a char that is neither a letter nor a digit, splits on that char.
     * A pattern made only of ordinary chars is a literal string and splits the same way
     * as the regex would. Anything else is a real regex: {@link Regex}.
     */
    static String[] split(String s, String regex, int limit) {
        int rl = regex.length();
        char ch = 0;
        boolean single = false;
        if (rl == 1 && META.indexOf(ch = regex.charAt(0)) < 0) single = true;
        else if (rl == 2 && regex.charAt(0) == '\\') {
            ch = regex.charAt(1);
            single = !((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
        }
        if (single && !Character.isSurrogate(ch)) return splitLiteral(s, String.valueOf(ch), limit);
        if (rl > 0 && isLiteral(regex)) return splitLiteral(s, regex, limit);
        return Regex.compile(regex).split(s, limit);
    }

    private static boolean isLiteral(String regex) {
        for (int i = 0; i < regex.length(); i++) if (META.indexOf(regex.charAt(i)) >= 0) return false;
        return true;
    }

    /** Pattern.split semantics for a non-empty literal delimiter. */
    private static String[] splitLiteral(String s, String delim, int limit) {
        int off = 0, next, dl = delim.length(), count = 0;
        boolean limited = limit > 0;
        String[] list = new String[8];
        while ((next = s.indexOf(delim, off)) != -1) {
            if (!limited || count < limit - 1) {
                list = add(list, count++, s.substring(off, next));
                off = next + dl;
            } else {
                int last = s.length();
                list = add(list, count++, s.substring(off, last));
                off = last;
                break;
            }
        }
        if (off == 0) return new String[] {s};
        if (!limited || count < limit) list = add(list, count++, s.substring(off));
        return finish(list, count, limit);
    }

    static String[] add(String[] list, int count, String item) {
        if (count == list.length) {
            String[] bigger = new String[count * 2];
            System.arraycopy(list, 0, bigger, 0, count);
            list = bigger;
        }
        list[count] = item;
        return list;
    }

    /** Drops trailing empty strings when limit is 0, and trims the array. */
    static String[] finish(String[] list, int count, int limit) {
        if (limit == 0) while (count > 0 && list[count - 1].isEmpty()) count--;
        String[] r = new String[count];
        System.arraycopy(list, 0, r, 0, count);
        return r;
    }

    static boolean matches(String s, String regex) {
        if (isLiteral(regex)) return s.equals(regex);
        return Regex.compile(regex).matches(s);
    }

    static String replaceRegex(String s, String regex, String replacement, boolean all) {
        if (replacement == null) throw new NullPointerException("replacement");
        return Regex.compile(regex).replace(s, replacement, all);
    }

    // ---- case mapping ----

    /**
     * Latin-1 case mapping (UnicodeData.txt, SpecialCasing.txt): LATIN1_CASE[c] is the upper
     * case of char c, or -1 for the three whose upper case leaves Latin-1 or grows: U+00B5
     * (U+039C), U+00DF ("SS") and U+00FF (U+0178); LATIN1_CASE[256 + c] is its lower case.
     * A-Z and U+00C0..U+00DE except U+00D7 are 32 below their lower-case letters; every other
     * Latin-1 char is its own case. One load per char instead of the range tests.
     */
    private static final short[] LATIN1_CASE = latin1CaseTable();

    private static short[] latin1CaseTable() {
        short[] t = new short[512];
        for (int c = 0; c < 256; c++) {
            boolean upper = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
            boolean lower = (c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7);
            t[c] = (short) (c == 0xB5 || c == 0xDF || c == 0xFF ? -1 : lower ? c - 32 : c);
            t[256 + c] = (short) (upper ? c + 32 : c);
        }
        return t;
    }

    /**
     * Case-maps Latin-1 v[from, n) into r, or with r null finds the first char that changes;
     * returns where it stopped (v.length: at the end), also at a char whose upper case is
     * not Latin-1. ASCII goes eight chars at a time (below); from the first non-ASCII byte
     * on, one table load per char (written out in the loop: a call per char costs more).
     */
    private static int caseLatin1(byte[] v, int from, byte[] r, boolean toUpper) {
        int n = v.length, i = asciiCase(v, from, r, toUpper);
        if (r == null && i < n && changes(v, i, toUpper)) return i;
        short[] t = LATIN1_CASE;
        int base = toUpper ? 0 : 256;
        if (r == null) {
            for (; i < n; i++) {
                int c = v[i] & 0xff;
                if (t[base + c] != c) return i;   // also where the entry is -1
            }
        } else {
            for (; i < n; i++) {
                int m = t[base + (v[i] & 0xff)];
                if (m < 0) return i;
                r[i] = (byte) m;
            }
        }
        return n;
    }

    private static final long ONES = 0x0101010101010101L, HIGH = 0x8080808080808080L;

    /**
     * The ASCII prefix of caseLatin1, a word of eight chars at a time ("SWAR"): a word with
     * no byte >= 0x80 is all ASCII, and for ASCII bytes b, {@code b + (0x80 - lo)} has bit 7
     * set exactly when b >= lo and {@code b + (0x7F - hi)} exactly when b > hi, with no
     * carry into the next byte; the letters to change are bit 7 of the one and not of the
     * other, and moved to bit 5 (0x20) they are what to add or subtract. Returns where the
     * words stopped: at a word holding a non-ASCII byte, the last partial word, or (with r
     * null) the word holding the first char that changes, whose position the caller then
     * finds. byte[] elements start 24 bytes into the array (docs/abi.md); arrays do not move.
     */
    private static int asciiCase(byte[] v, int from, byte[] r, boolean toUpper) {
        int n = v.length, i = from;
        long lo = (0x80 - (toUpper ? 'a' : 'A')) * ONES, hi = (0x7F - (toUpper ? 'z' : 'Z')) * ONES;
        long src = myos.rt.Mem.addressOf(v) + 24, dst = r == null ? 0 : myos.rt.Mem.addressOf(r) + 24;
        for (; i + 8 <= n; i += 8) {
            long x = myos.rt.Mem.load64(src + i);
            if ((x & HIGH) != 0) return i;
            long letters = (x + lo) & ~(x + hi) & HIGH;
            if (r == null) {
                if (letters != 0) return i + (Long.numberOfTrailingZeros(letters) >>> 3);
            } else {
                myos.rt.Mem.store64(dst + i, toUpper ? x - (letters >>> 2) : x + (letters >>> 2));
            }
        }
        return i;
    }

    /** Whether Latin-1 char v[i] changes under the mapping (or leaves Latin-1). */
    private static boolean changes(byte[] v, int i, boolean toUpper) {
        int c = v[i] & 0xff;
        return LATIN1_CASE[(toUpper ? 0 : 256) + c] != c;
    }

    static String toLowerCase(String s) {
        if (s.coder() == String.LATIN1) {
            byte[] v = s.value();
            int n = v.length, first = caseLatin1(v, 0, null, false);
            if (first == n) return s;
            byte[] r = new byte[n];
            String.copyBytes(v, 0, r, 0, first);
            caseLatin1(v, first, r, false);
            return new String(r, String.LATIN1);
        }
        int n = s.length(), first = 0;
        // Nothing to do when no char changes (the common case): return s itself, as the JDK.
        while (first < n) {
            char c = s.at(first);
            if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3' || Character.toLowerCase(c) != c) break;
            first++;
        }
        if (first == n) return s;
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, first);
        for (int i = first; i < n; ) {
            int cp = s.codePointAt(i);
            int cc = Character.charCount(cp);
            if (cp == 0x130) sb.append('i').append('\u0307');
            else if (cp == 0x3A3) sb.append(isFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            else sb.appendCodePoint(Character.toLowerCase(cp));
            i += cc;
        }
        return sb.toString();
    }

    /** Unicode Final_Sigma: preceded by a cased letter and not followed by one. */
    private static boolean isFinalSigma(String s, int i) {
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(s.at(j))) j--;
        if (j < 0 || !isCased(s.at(j))) return false;
        int k = i + 1;
        while (k < s.length() && isCaseIgnorable(s.at(k))) k++;
        return k >= s.length() || !isCased(s.at(k));
    }

    private static boolean isCased(char c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static boolean isCaseIgnorable(char c) {
        return c == '\'' || c == '.' || c == ':' || c == '\u00B7' || c == '\u2019' || c == '\u00AD'
                || (c >= '\u0300' && c <= '\u036F');
    }

    /** Latin-1 within Latin-1 on the bytes; a string with U+00B5, U+00DF or U+00FF goes on in toUpperCase(s, first). */
    static String toUpperCase(String s) {
        if (s.coder() == String.LATIN1) {
            byte[] v = s.value();
            int n = v.length, first = caseLatin1(v, 0, null, true);
            if (first == n) return s;
            byte[] r = new byte[n];
            if (caseLatin1(v, first, r, true) < n) return toUpperCase(s, first);
            String.copyBytes(v, 0, r, 0, first);
            return new String(r, String.LATIN1);
        }
        int n = s.length(), first = 0;
        while (first < n) {
            char c = s.at(first);
            if (Character.isSurrogate(c) || upperSpecial(c) != null || Character.toUpperCase(c) != c) break;
            first++;
        }
        if (first == n) return s;
        return toUpperCase(s, first);
    }

    /** The general mapping from index first on (chars before it are their own upper case). */
    private static String toUpperCase(String s, int first) {
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, first);
        for (int i = first; i < n; ) {
            int cp = s.codePointAt(i);
            String special = cp < 0x10000 ? upperSpecial((char) cp) : null;
            if (special != null) sb.append(special);
            else sb.appendCodePoint(Character.toUpperCase(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Unicode SpecialCasing.txt one-to-many upper-case mappings (unconditional ones in use). */
    private static String upperSpecial(char c) {
        switch (c) {
            case '\u00DF': return "SS";
            case '\u0149': return "\u02BCN";
            case '\u01F0': return "J\u030C";
            case '\u0390': return "\u0399\u0308\u0301";
            case '\u03B0': return "\u03A5\u0308\u0301";
            case '\u0587': return "\u0535\u0552";
            case '\u1E96': return "H\u0331";
            case '\u1E97': return "T\u0308";
            case '\u1E98': return "W\u030A";
            case '\u1E99': return "Y\u030A";
            case '\u1E9A': return "A\u02BE";
            case '\uFB00': return "FF";
            case '\uFB01': return "FI";
            case '\uFB02': return "FL";
            case '\uFB03': return "FFI";
            case '\uFB04': return "FFL";
            case '\uFB05': return "ST";
            case '\uFB06': return "ST";
            default: return null;
        }
    }

    // ---- whitespace ----

    static int firstNonWhitespace(String s) {
        int n = s.length(), i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Index after the last non-whitespace code point (0 if all blank). */
    static int lastNonWhitespace(String s) {
        int i = s.length();
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (!Character.isWhitespace(cp)) break;
            i -= Character.charCount(cp);
        }
        return i;
    }

    /** Splits into lines as String.lines() does: \n, \r or \r\n end a line. */
    static String[] lines(String s) {
        String[] list = new String[8];
        int count = 0, n = s.length(), start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.at(i);
            if (c == '\n' || c == '\r') {
                list = add(list, count++, s.substring(start, i));
                if (c == '\r' && i + 1 < n && s.at(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) list = add(list, count++, s.substring(start));
        String[] r = new String[count];
        System.arraycopy(list, 0, r, 0, count);
        return r;
    }

    static String indent(String s, int n) {
        if (s.isEmpty()) return "";
        String[] lines = lines(s);
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (n > 0) sb.append(" ".repeat(n)).append(line);
            else if (n < 0) {
                int ws = firstNonWhitespace(line);
                sb.append(line.substring(Math.min(-n, ws)));
            } else sb.append(line);
            sb.append('\n');
        }
        return sb.toString();
    }

    static String stripIndent(String s) {
        int n = s.length();
        if (n == 0) return "";
        char last = s.at(n - 1);
        boolean optOut = last == '\n' || last == '\r';
        String[] lines = lines(s);
        if (optOut) lines = add(lines, lines.length, "");
        int outdent = Integer.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int ws = firstNonWhitespace(line);
            boolean blank = ws == line.length();
            if (!blank || i == lines.length - 1) outdent = Math.min(outdent, ws);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int ws = firstNonWhitespace(line);
            String t = ws == line.length() ? "" : line.substring(Math.min(outdent, ws));
            sb.append(t.substring(0, lastNonWhitespace(t)));
            if (i < lines.length - 1) sb.append('\n');
        }
        return sb.toString();
    }

    static String translateEscapes(String s) {
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            char c = s.at(i++);
            if (c != '\\') { sb.append(c); continue; }
            if (i >= n) throw new IllegalArgumentException("Invalid escape sequence: \\");
            c = s.at(i++);
            switch (c) {
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 's': sb.append(' '); break;
                case 't': sb.append('\t'); break;
                case '\'': case '"': case '\\': sb.append(c); break;
                case '\n': break;
                case '\r': if (i < n && s.at(i) == '\n') i++; break;
                default:
                    if (c >= '0' && c <= '7') {
                        int limit = Integer.min(i + (c <= '3' ? 2 : 1), n), code = c - '0';
                        while (i < limit && s.at(i) >= '0' && s.at(i) <= '7') code = (code << 3) | (s.at(i++) - '0');
                        sb.append((char) code);
                    } else {
                        throw new IllegalArgumentException("Invalid escape sequence: \\" + c + " \\\\u" + hex4(c));
                    }
            }
        }
        return sb.toString();
    }

    private static String hex4(char c) {
        String h = Integer.toHexString(c).toUpperCase();
        return "0000".substring(h.length()) + h;
    }

    // ---- intern ----

    /**
     * Open-addressing table of interned strings, seeded at first use with every literal of
     * the program (JLS §3.10.5: literals are interned, so {@code new String("a").intern() == "a"}).
     */
    private static String[] internTable; // allocated at first use, never in the image
    private static int internCount;

    static synchronized String intern(String s) {
        if (internTable == null) {
            internTable = new String[256];
            for (String lit : (String[]) myos.rt.Rt.stringLiterals()) add(lit);
        }
        return add(s);
    }

    private static String add(String s) {
        String[] t = internTable;
        int mask = t.length - 1, i = s.hashCode() & mask;
        for (String e; (e = t[i]) != null; i = (i + 1) & mask) if (e.equals(s)) return e;
        t[i] = s;
        if (++internCount * 2 > t.length) {
            String[] bigger = new String[t.length * 2];
            int m = bigger.length - 1;
            for (String e : t) {
                if (e == null) continue;
                int j = e.hashCode() & m;
                while (bigger[j] != null) j = (j + 1) & m;
                bigger[j] = e;
            }
            internTable = bigger;
        }
        return s;
    }

    /** Locales whose case mapping differs from the root one (Unicode SpecialCasing.txt, conditional mappings). */
    static void checkCaseLocale(java.util.Locale locale) {
        String lang = locale.getLanguage();   // NullPointerException for null, as the JDK
        if (lang.equals("tr") || lang.equals("az") || lang.equals("lt"))
            throw new UnsupportedOperationException("case mapping for locale " + locale
                    + " is not supported by the MyOS2026 class library");
    }
}
