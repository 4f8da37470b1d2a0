package java.lang;

import java.io.UnsupportedEncodingException;
import java.util.Iterator;

/**
 * An immutable character sequence. Representation (docs/abi.md): {@code value} holds the
 * chars either one byte each (LATIN1, when every char is at most 0xFF) or two bytes each,
 * little-endian (UTF16). The representation is canonical: a string is UTF16 only if one of
 * its chars is above 0xFF, so two equal strings always have equal bytes and coder.
 * Case mapping, splitting, stripping and formatting live in {@link StringOps},
 * charset coding in {@link StringCoding}.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    static final byte LATIN1 = 0;
    static final byte UTF16 = 1;
    static final byte[] EMPTY = new byte[0];

    private final byte[] value;
    private final byte coder;
    private int hash;
    private boolean hashIsZero;

    public static final java.util.Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    /** Takes ownership of value (no copy); value/coder must already be canonical. */
    String(byte[] value, byte coder) {
        this.value = value;
        this.coder = coder;
    }

    public String() {
        this.value = EMPTY;
        this.coder = LATIN1;
    }

    public String(String original) {
        this.value = original.value;
        this.coder = original.coder;
        this.hash = original.hash;
        this.hashIsZero = original.hashIsZero;
    }

    public String(char[] value) {
        this(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        byte[] v = bytesOf(value, offset, count);
        this.value = v;
        this.coder = coderOf(v, count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        StringBuilder sb = new StringBuilder(count);
        for (int i = offset; i < offset + count; i++) sb.appendCodePoint(codePoints[i]);
        String s = sb.toString();
        this.value = s.value;
        this.coder = s.coder;
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        String s = StringCoding.decodeUTF8(bytes, offset, length);
        this.value = s.value;
        this.coder = s.coder;
    }

    public String(byte[] bytes, java.nio.charset.Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
        this(StringCoding.decode(StringCoding.lookupOrMinus1(charset.name()), checkedBytes(bytes, offset, length), offset, length));
    }

    /** Bounds check of String(byte[], int, int, ...) with the JDK 25 message, before decoding. */
    private static byte[] checkedBytes(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        return bytes;
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length, String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) throw new NullPointerException("charsetName");
        checkBoundsOffCount(offset, length, bytes.length);
        String s = StringCoding.decode(StringCoding.lookup(charsetName), bytes, offset, length);
        this.value = s.value;
        this.coder = s.coder;
    }

    /** Deprecated JDK constructor: each char is {@code (hibyte << 8) | (b & 0xff)}. */
    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        char[] c = new char[count];
        for (int i = 0; i < count; i++) c[i] = (char) (((hibyte & 0xff) << 8) | (ascii[offset + i] & 0xff));
        String s = fromChars(c, 0, count);
        this.value = s.value;
        this.coder = s.coder;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(StringBuffer buffer) {
        String s = buffer.toString();
        this.value = s.value;
        this.coder = s.coder;
    }

    public String(StringBuilder builder) {
        String s = builder.toString();
        this.value = s.value;
        this.coder = s.coder;
    }

    // ---- representation helpers shared with StringBuilder, StringOps, StringCoding ----

    byte[] value() { return value; }
    byte coder() { return coder; }

    static char getChar(byte[] v, int i) {
        return (char) ((v[i << 1] & 0xff) | ((v[(i << 1) + 1] & 0xff) << 8));
    }

    static void putChar(byte[] v, int i, int c) {
        v[i << 1] = (byte) c;
        v[(i << 1) + 1] = (byte) (c >> 8);
    }

    /**
     * Copies n bytes between byte arrays whose ranges the caller has checked. System.arraycopy
     * would repeat the class, null and range checks on every append and substring; the heap
     * does not move objects (docs/architecture.md), so the element addresses stay valid, and
     * byte[] holds no references, so no barrier is needed (elements at offset 24, docs/abi.md).
     */
    static void copyBytes(byte[] src, int srcPos, byte[] dst, int dstPos, int n) {
        myos.rt.Mem.copy(myos.rt.Mem.addressOf(dst) + 24 + dstPos, myos.rt.Mem.addressOf(src) + 24 + srcPos, n);
    }

    /** Widens Latin-1 src[srcOff, srcOff+len) to UTF16 chars dst[dstOff, dstOff+len) (char indexes). */
    static void inflate(byte[] src, int srcOff, byte[] dst, int dstOff, int len) {
        for (int i = 0; i < len; i++) {
            int j = (dstOff + i) << 1;
            dst[j] = src[srcOff + i];
            dst[j + 1] = 0;
        }
    }

    /** Writes all of s's chars into dst (coder dstCoder, UTF16 if s is) at char index at. */
    static void putChars(byte[] dst, byte dstCoder, int at, String s) {
        byte[] v = s.value;
        if (s.coder == dstCoder) copyBytes(v, 0, dst, at << dstCoder, v.length);
        else inflate(v, 0, dst, at, v.length);
    }

    /** Chars [from, to) of value/coder into dst from dstBegin (ranges checked by the caller). */
    static void getChars(byte[] v, byte coder, int from, int to, char[] dst, int dstBegin) {
        if (coder == LATIN1) {
            for (int i = from; i < to; i++) dst[dstBegin++] = (char) (v[i] & 0xff);
        } else {
            for (int i = from; i < to; i++) dst[dstBegin++] = getChar(v, i);
        }
    }

    /** The canonical string for chars[off, off+len). */
    static String fromChars(char[] c, int off, int len) {
        if (len == 0) return "";
        byte[] v = bytesOf(c, off, len);
        return new String(v, coderOf(v, len));
    }

    /**
     * The canonical bytes of chars[off, off+len): compressed to Latin-1 in one pass, and
     * widened to UTF16 from the first char above 0xFF (as the JDK's StringUTF16.compress).
     */
    private static byte[] bytesOf(char[] c, int off, int len) {
        byte[] v = new byte[len];
        for (int i = 0; i < len; i++) {
            char ch = c[off + i];
            if (ch > 0xFF) {
                byte[] w = new byte[len << 1];
                inflate(v, 0, w, 0, i);
                for (; i < len; i++) putChar(w, i, c[off + i]);
                return w;
            }
            v[i] = (byte) ch;
        }
        return v;
    }

    /** The coder of bytesOf's result for len chars: one byte per char is Latin-1. */
    private static byte coderOf(byte[] v, int len) {
        return v.length == len ? LATIN1 : UTF16;
    }

    /** Canonical string from UTF16 bytes of len chars; takes v itself when it is exact and must stay UTF16. */
    static String fromUtf16(byte[] v, int len) {
        if (v.length == len << 1 && firstWide(v, 0, len) >= 0) return new String(v, UTF16);
        return newUtf16(v, 0, len);
    }

    /** Canonical copy of the UTF16 chars v[off, off+len) (char indexes): Latin-1 if every char fits. */
    static String newUtf16(byte[] v, int off, int len) {
        if (len == 0) return "";
        if (firstWide(v, off, len) >= 0) {
            byte[] w = new byte[len << 1];
            copyBytes(v, off << 1, w, 0, len << 1);
            return new String(w, UTF16);
        }
        byte[] w = new byte[len];
        for (int i = 0; i < len; i++) w[i] = v[(off + i) << 1];
        return new String(w, LATIN1);
    }

    /** Index (from off) of the first UTF16 char above 0xFF in v[off, off+len), or -1. */
    private static int firstWide(byte[] v, int off, int len) {
        for (int i = 0; i < len; i++) if (v[((off + i) << 1) + 1] != 0) return i;
        return -1;
    }

    // ---- JDK bounds checks with the JDK 25 messages ----

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length)
            throw new StringIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length)
            throw new StringIndexOutOfBoundsException("Range [" + offset + ", " + length + ") out of bounds for length " + length);
    }

    /** Preconditions.checkFromToIndex with the IndexOutOfBoundsException formatter. */
    static void checkFromToIndexIOOBE(int from, int to, int length) {
        if (from < 0 || from > to || to > length)
            throw new IndexOutOfBoundsException("Range [" + from + ", " + to + ") out of bounds for length " + length);
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length)
            throw new StringIndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length " + length);
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if ((length | offset | count) < 0 || count > length - offset)
            throw new StringIndexOutOfBoundsException("Range [" + offset + ", " + offset + " + " + count + ") out of bounds for length " + length);
    }

    // ---- basic access ----

    public int length() {
        return value.length >> coder;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        checkIndex(index, length());
        return coder == LATIN1 ? (char) (value[index] & 0xff) : getChar(value, index);
    }

    /**
     * Not JDK API: the char at index with no bounds check, so no exception and no
     * allocation, for @NoAllocation runtime code (myos.rt.Log). The caller guarantees
     * 0 <= index < length(); anything else reads arbitrary memory.
     */
    @myos.rt.NoAllocation(reason = "runtime diagnostics on fatal paths")
    public char charAtNoCheck(int index) {
        long base = myos.rt.Mem.addressOf(value) + 24;
        if (coder == LATIN1) return (char) (myos.rt.Mem.load8(base + index) & 0xff);
        return (char) myos.rt.Mem.load16(base + 2L * index);
    }

    /**
     * The index of the first byte equal to {@code (byte) b} in v[from, to), or -1, for
     * 0 <= from and to <= v.length: sixteen bytes at a time (Mem.indexOfByte, SSE2), where a
     * loop over the bytes cost five instructions per byte.
     */
    static int indexOfByte(byte[] v, int b, int from, int to) {
        if (from >= to) return -1;
        long r = myos.rt.Mem.indexOfByte(myos.rt.Mem.addressOf(v) + 24 + from, to - from, b);
        return r < 0 ? -1 : from + (int) r;
    }

    /** Unchecked char access for library code that has validated the index. */
    char at(int i) {
        return coder == LATIN1 ? (char) (value[i] & 0xff) : getChar(value, i);
    }

    public int codePointAt(int index) {
        int len = length();
        checkIndex(index, len);
        char c = at(index);
        if (Character.isHighSurrogate(c) && index + 1 < len) {
            char d = at(index + 1);
            if (Character.isLowSurrogate(d)) return Character.toCodePoint(c, d);
        }
        return c;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        checkIndex(i, length());
        char c = at(i);
        if (Character.isLowSurrogate(c) && i > 0) {
            char h = at(i - 1);
            if (Character.isHighSurrogate(h)) return Character.toCodePoint(h, c);
        }
        return c;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        int len = length();
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > len) throw new IndexOutOfBoundsException();
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (Character.isHighSurrogate(at(i)) && Character.isLowSurrogate(at(i + 1))) { n--; i++; }
        }
        return n;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        getChars(value, coder, srcBegin, srcEnd, dst, dstBegin);
    }

    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        if (dst == null) throw new NullPointerException();
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin++] = (byte) at(i);
    }

    public byte[] getBytes() {
        return StringCoding.encode(StringCoding.UTF_8, this);
    }

    public byte[] getBytes(java.nio.charset.Charset charset) {
        if (charset == null) throw new NullPointerException();
        return StringCoding.encode(StringCoding.lookupOrMinus1(charset.name()), this);
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) throw new NullPointerException();
        return StringCoding.encode(StringCoding.lookup(charsetName), this);
    }

    public char[] toCharArray() {
        int n = length();
        char[] c = new char[n];
        getChars(value, coder, 0, n, c, 0);
        return c;
    }

    // ---- comparison ----

    public boolean equals(Object anObject) {
        if (this == anObject) return true;
        if (!(anObject instanceof String)) return false;
        String s = (String) anObject;
        return coder == s.coder && bytesEqual(value, s.value);
    }

    private static boolean bytesEqual(byte[] a, byte[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String) return equals(cs);
        int n = length();
        if (n != cs.length()) return false;
        for (int i = 0; i < n; i++) if (at(i) != cs.charAt(i)) return false;
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return this == anotherString
                || (anotherString != null && anotherString.length() == length()
                    && regionMatches(true, 0, anotherString, 0, length()));
    }

    public int compareTo(String anotherString) {
        int n1 = length(), n2 = anotherString.length();
        int lim = Math.min(n1, n2);
        if (coder == LATIN1 && anotherString.coder == LATIN1) {
            byte[] v = value, w = anotherString.value;
            for (int k = 0; k < lim; k++) {
                if (v[k] != w[k]) return (v[k] & 0xff) - (w[k] & 0xff);
            }
            return n1 - n2;
        }
        for (int k = 0; k < lim; k++) {
            char c1 = at(k), c2 = anotherString.at(k);
            if (c1 != c2) return c1 - c2;
        }
        return n1 - n2;
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    /**
     * Compares after upper- then lower-casing, char by char, as the JDK. Between two UTF16
     * strings (StringUTF16.compareToCIImpl), where two chars differ, the code points they
     * belong to are compared instead (a surrogate pair counts as one; a high surrogate's
     * pair advances the index past its low half); with a Latin-1 string involved
     * (StringLatin1.compareToCI_UTF16) it stays char by char.
     */
    private static final class CaseInsensitiveComparator implements java.util.Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            int n1 = s1.length(), n2 = s2.length();
            boolean pairs = s1.coder == UTF16 && s2.coder == UTF16;
            for (int k1 = 0, k2 = 0; k1 < n1 && k2 < n2; k1++, k2++) {
                int cp1 = s1.at(k1), cp2 = s2.at(k2);
                if (cp1 == cp2) continue;
                int diff = compareCodePointCI(cp1, cp2);
                if (diff == 0) continue;
                if (pairs) {
                    cp1 = codePointIncluding(s1, cp1, k1, n1);
                    if (cp1 < 0) {
                        k1++;
                        cp1 = -cp1;
                    }
                    cp2 = codePointIncluding(s2, cp2, k2, n2);
                    if (cp2 < 0) {
                        k2++;
                        cp2 = -cp2;
                    }
                    diff = compareCodePointCI(cp1, cp2);
                    if (diff == 0) continue;
                }
                return diff;
            }
            return n1 - n2;
        }

        private static int compareCodePointCI(int cp1, int cp2) {
            cp1 = Character.toUpperCase(cp1);
            cp2 = Character.toUpperCase(cp2);
            if (cp1 != cp2) {
                cp1 = Character.toLowerCase(cp1);
                cp2 = Character.toLowerCase(cp2);
                if (cp1 != cp2) return cp1 - cp2;
            }
            return 0;
        }

        /** The code point the char cp at index belongs to; negated when it is a high surrogate paired with index + 1. */
        private static int codePointIncluding(String s, int cp, int index, int end) {
            if (!Character.isSurrogate((char) cp)) return cp;
            if (Character.isLowSurrogate((char) cp)) {
                if (index > 0) {
                    char c = s.at(index - 1);
                    if (Character.isHighSurrogate(c)) return Character.toCodePoint(c, (char) cp);
                }
            } else if (index + 1 < end) {
                char c = s.at(index + 1);
                if (Character.isLowSurrogate(c)) return -Character.toCodePoint((char) cp, c);
            }
            return cp;
        }
    }

    /**
     * The case-sensitive form on its own, not regionMatches(false, ...): startsWith and
     * endsWith use it, and they must not pull Character's case-mapping tables (~10 KB) into
     * every program.
     */
    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) length() - len || ooffset > (long) other.length() - len)
            return false;
        for (int i = 0; i < len; i++) {
            if (at(toffset + i) != other.at(ooffset + i)) return false;
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) length() - len || ooffset > (long) other.length() - len)
            return false;
        for (int i = 0; i < len; i++) {
            char c1 = at(toffset + i), c2 = other.at(ooffset + i);
            if (c1 == c2) continue;
            if (!ignoreCase) return false;
            char u1 = Character.toUpperCase(c1), u2 = Character.toUpperCase(c2);
            if (u1 == u2) continue;
            if (Character.toLowerCase(u1) != Character.toLowerCase(u2)) return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > length() - prefix.length()) return false;
        return regionMatches(toffset, prefix, 0, prefix.length());
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, length() - suffix.length());
    }

    /**
     * Same values as the JDK: s[0]*31^(n-1) + ... + s[n-1], cached (0 via hashIsZero).
     * Latin-1 takes four chars per step (31^4 = 923521, 31^3 = 29791, 31^2 = 961), which
     * is the same sum modulo 2^32 with a quarter of the dependent multiplications.
     */
    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            byte[] v = value;
            if (coder == LATIN1) {
                int i = 0, n = v.length;
                for (; i + 3 < n; i += 4) {
                    h = 923521 * h + 29791 * (v[i] & 0xff) + 961 * (v[i + 1] & 0xff) + 31 * (v[i + 2] & 0xff) + (v[i + 3] & 0xff);
                }
                for (; i < n; i++) h = 31 * h + (v[i] & 0xff);
            } else {
                for (int i = 0, n = v.length >> 1; i < n; i++) h = 31 * h + getChar(v, i);
            }
            if (h == 0) hashIsZero = true;
            else hash = h;
        }
        return h;
    }

    // ---- searching ----

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        int n = length();
        if (fromIndex < 0) fromIndex = 0;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (coder == LATIN1) {
                if (ch < 0 || ch > 0xFF) return -1;
                return indexOfByte(value, ch, fromIndex, n);
            }
            for (int i = fromIndex; i < n; i++) if (getChar(value, i) == ch) return i;
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) return -1;
        char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
        for (int i = fromIndex; i < n - 1; i++) if (at(i) == hi && at(i + 1) == lo) return i;
        return -1;
    }

    public int indexOf(int ch, int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, length());
        int i = substring(0, endIndex).indexOf(ch, beginIndex);
        return i;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, length() - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        int n = length();
        int i = fromIndex >= n ? n - 1 : fromIndex;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (coder == LATIN1) {
                if (ch < 0 || ch > 0xFF) return -1;
                byte b = (byte) ch;
                for (; i >= 0; i--) if (value[i] == b) return i;
                return -1;
            }
            for (; i >= 0; i--) if (getChar(value, i) == ch) return i;
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) return -1;
        char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
        if (i >= n - 1) i = n - 2;
        for (; i >= 0; i--) if (at(i) == hi && at(i + 1) == lo) return i;
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        int n = length(), m = str.length();
        if (fromIndex < 0) fromIndex = 0;
        if (fromIndex >= n) return m == 0 ? n : -1;
        if (m == 0) return fromIndex;
        if (coder == LATIN1 && str.coder == LATIN1) {
            byte[] v = value, w = str.value;
            int end = n - m + 1; // candidates for the first byte
            for (int i = indexOfByte(v, w[0], fromIndex, end); i >= 0; i = indexOfByte(v, w[0], i + 1, end)) {
                int j = 1;
                while (j < m && v[i + j] == w[j]) j++;
                if (j == m) return i;
            }
            return -1;
        }
        if (coder == LATIN1) return -1; // a UTF16 string (a char > 0xFF) never occurs in a Latin-1 one
        char first = str.at(0);
        outer:
        for (int i = fromIndex; i <= n - m; i++) {
            if (at(i) != first) continue;
            for (int j = 1; j < m; j++) if (at(i + j) != str.at(j)) continue outer;
            return i;
        }
        return -1;
    }

    public int indexOf(String str, int beginIndex, int endIndex) {
        if (str.length() == 1) return indexOf(str.charAt(0), beginIndex, endIndex);
        checkBoundsBeginEnd(beginIndex, endIndex, length());
        return substring(0, endIndex).indexOf(str, beginIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, length());
    }

    public int lastIndexOf(String str, int fromIndex) {
        int n = length(), m = str.length();
        int i = Math.min(fromIndex, n - m);
        if (i < 0) return -1;
        outer:
        for (; i >= 0; i--) {
            for (int j = 0; j < m; j++) if (at(i + j) != str.at(j)) continue outer;
            return i;
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- substrings ----

    public String substring(int beginIndex) {
        return substring(beginIndex, length());
    }

    public String substring(int beginIndex, int endIndex) {
        int n = length();
        checkBoundsBeginEnd(beginIndex, endIndex, n);
        if (beginIndex == 0 && endIndex == n) return this;
        int len = endIndex - beginIndex;
        if (coder == UTF16) return newUtf16(value, beginIndex, len);
        if (len == 0) return "";
        byte[] v = new byte[len];
        copyBytes(value, beginIndex, v, 0, len);
        return new String(v, LATIN1);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    /**
     * One exact-size array, as the JDK's StringConcatHelper.simpleConcat; concatenating to
     * "" still makes a new string (JLS §15.18.1), as there.
     */
    public String concat(String str) {
        if (str.isEmpty()) return this;
        if (isEmpty()) return new String(str);
        return join("", "", "", new String[] {this, str}, 2);
    }

    // ---- transformations (StringOps does the work) ----

    public String replace(char oldChar, char newChar) {
        return StringOps.replace(this, oldChar, newChar);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        return StringOps.replace(this, target.toString(), replacement.toString());
    }

    public boolean matches(String regex) {
        return StringOps.matches(this, regex);
    }

    public String replaceFirst(String regex, String replacement) {
        return StringOps.replaceRegex(this, regex, replacement, false);
    }

    public String replaceAll(String regex, String replacement) {
        return StringOps.replaceRegex(this, regex, replacement, true);
    }

    public String[] split(String regex, int limit) {
        return StringOps.split(this, regex, limit);
    }

    public String[] split(String regex) {
        return StringOps.split(this, regex, 0);
    }

    /** As the JDK: each element's toString() once (String.valueOf), then one exact-size array. */
    public static String join(CharSequence delimiter, CharSequence... elements) {
        if (delimiter == null || elements == null) throw new NullPointerException();
        String delim = delimiter.toString();
        String[] elems = new String[elements.length];
        for (int i = 0; i < elements.length; i++) elems[i] = valueOf(elements[i]);
        return join("", "", delim, elems, elems.length);
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) throw new NullPointerException();
        String delim = delimiter.toString();
        String[] elems = new String[8];
        int size = 0;
        for (Iterator<? extends CharSequence> it = elements.iterator(); it.hasNext(); ) {
            if (size == elems.length) {
                String[] bigger = new String[size << 1];
                System.arraycopy(elems, 0, bigger, 0, size);
                elems = bigger;
            }
            elems[size++] = valueOf(it.next());
        }
        return join("", "", delim, elems, size);
    }

    /**
     * prefix, elements[0, size) separated by delimiter, suffix: the JDK's String.join helper,
     * with its length computation in long and its OutOfMemoryError message.
     */
    static String join(String prefix, String suffix, String delimiter, String[] elements, int size) {
        int icoder = prefix.coder | suffix.coder;
        long len = (long) prefix.length() + suffix.length();
        if (size > 1) {
            len += (long) (size - 1) * delimiter.length();
            icoder |= delimiter.coder;
        }
        for (int i = 0; i < size; i++) {
            String el = elements[i];
            len += el.length();
            icoder |= el.coder;
        }
        byte coder = (byte) icoder;
        if (len < 0L || (len <<= coder) != (int) len)
            throw new OutOfMemoryError("Requested string length exceeds VM limit");
        byte[] v = new byte[(int) len];
        int at = 0;
        putChars(v, coder, at, prefix);
        at += prefix.length();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                putChars(v, coder, at, delimiter);
                at += delimiter.length();
            }
            String el = elements[i];
            putChars(v, coder, at, el);
            at += el.length();
        }
        putChars(v, coder, at, suffix);
        return new String(v, coder);
    }

    public String toLowerCase() {
        return StringOps.toLowerCase(this);
    }

    public String toUpperCase() {
        return StringOps.toUpperCase(this);
    }

    /**
     * The locale-independent mapping for every locale except those with their own Unicode
     * SpecialCasing rules (tr, az, lt), which this library does not implement: it refuses
     * them rather than map 'i' the wrong way (docs/CAVEATS.md).
     */
    public String toUpperCase(java.util.Locale locale) {
        StringOps.checkCaseLocale(locale);
        return StringOps.toUpperCase(this);
    }

    public String toLowerCase(java.util.Locale locale) {
        StringOps.checkCaseLocale(locale);
        return StringOps.toLowerCase(this);
    }

    public String trim() {
        int len = length(), st = 0;
        while (st < len && at(st) <= ' ') st++;
        while (st < len && at(len - 1) <= ' ') len--;
        return (st > 0 || len < length()) ? substring(st, len) : this;
    }

    public String strip() {
        int b = StringOps.firstNonWhitespace(this), e = StringOps.lastNonWhitespace(this);
        return b >= e ? "" : substring(b, e);
    }

    public String stripLeading() {
        return substring(StringOps.firstNonWhitespace(this));
    }

    public String stripTrailing() {
        return substring(0, StringOps.lastNonWhitespace(this));
    }

    public boolean isBlank() {
        return StringOps.firstNonWhitespace(this) == length();
    }

    public String repeat(int count) {
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
        if (count == 1) return this;
        int len = value.length;
        if (len == 0 || count == 0) return "";
        if (Integer.MAX_VALUE / count < len)
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        byte[] v = new byte[len * count];
        for (int i = 0; i < count; i++) System.arraycopy(value, 0, v, i * len, len);
        return new String(v, coder);
    }

    public String indent(int n) {
        return StringOps.indent(this, n);
    }

    public String stripIndent() {
        return StringOps.stripIndent(this);
    }

    public String translateEscapes() {
        return StringOps.translateEscapes(this);
    }

    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    public String toString() {
        return this;
    }

    /** java.util.Formatter with the default locale (JDK: new Formatter().format(...).toString()). */
    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    /** A null locale means no localization (java.util.Formatter). */
    public static String format(java.util.Locale l, String format, Object... args) {
        return new java.util.Formatter(l).format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    // ---- valueOf ----

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        if (c <= 0xFF) return new String(new byte[] {(byte) c}, LATIN1);
        byte[] v = new byte[2];
        putChar(v, 0, c);
        return new String(v, UTF16);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** The canonical instance: the literal if one is equal, else from StringOps' table. */
    public String intern() {
        return StringOps.intern(this);
    }
}
