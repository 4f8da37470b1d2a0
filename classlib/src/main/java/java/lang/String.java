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
        String s = fromChars(value, offset, count);
        this.value = s.value;
        this.coder = s.coder;
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

    /** The canonical string for chars[off, off+len): Latin-1 when possible. */
    static String fromChars(char[] c, int off, int len) {
        if (len == 0) return "";
        boolean latin1 = true;
        for (int i = 0; i < len; i++) if (c[off + i] > 0xFF) { latin1 = false; break; }
        if (latin1) {
            byte[] v = new byte[len];
            for (int i = 0; i < len; i++) v[i] = (byte) c[off + i];
            return new String(v, LATIN1);
        }
        byte[] v = new byte[len << 1];
        for (int i = 0; i < len; i++) putChar(v, i, c[off + i]);
        return new String(v, UTF16);
    }

    /** Canonical string from UTF16 bytes of len chars (compresses when all chars fit). */
    static String fromUtf16(byte[] v, int len) {
        for (int i = 0; i < len; i++) {
            if (getChar(v, i) > 0xFF) {
                if (v.length == len << 1) return new String(v, UTF16);
                byte[] w = new byte[len << 1];
                System.arraycopy(v, 0, w, 0, len << 1);
                return new String(w, UTF16);
            }
        }
        if (len == 0) return "";
        byte[] w = new byte[len];
        for (int i = 0; i < len; i++) w[i] = (byte) getChar(v, i);
        return new String(w, LATIN1);
    }

    static String latin1(byte[] v) {
        return v.length == 0 ? "" : new String(v, LATIN1);
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
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin++] = at(i);
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
        for (int i = 0; i < n; i++) c[i] = at(i);
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

    /** Compares code points after upper- then lower-casing each, as the JDK does. */
    private static final class CaseInsensitiveComparator implements java.util.Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            int n1 = s1.length(), n2 = s2.length();
            int min = Math.min(n1, n2);
            for (int i = 0; i < min; i++) {
                char c1 = s1.at(i), c2 = s2.at(i);
                if (c1 != c2) {
                    c1 = Character.toUpperCase(c1);
                    c2 = Character.toUpperCase(c2);
                    if (c1 != c2) {
                        c1 = Character.toLowerCase(c1);
                        c2 = Character.toLowerCase(c2);
                        if (c1 != c2) return c1 - c2;
                    }
                }
            }
            return n1 - n2;
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

    /** Same values as the JDK: s[0]*31^(n-1) + ... + s[n-1], cached (0 via hashIsZero). */
    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            byte[] v = value;
            if (coder == LATIN1) {
                for (int i = 0; i < v.length; i++) h = 31 * h + (v[i] & 0xff);
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
                byte b = (byte) ch;
                for (int i = fromIndex; i < n; i++) if (value[i] == b) return i;
                return -1;
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
            for (; i >= 0; i--) if (at(i) == ch) return i;
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
            byte first = w[0];
            outer1:
            for (int i = fromIndex; i <= n - m; i++) {
                if (v[i] != first) continue;
                for (int j = 1; j < m; j++) if (v[i + j] != w[j]) continue outer1;
                return i;
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
        if (coder == LATIN1) {
            byte[] v = new byte[len];
            System.arraycopy(value, beginIndex, v, 0, len);
            return latin1(v);
        }
        byte[] v = new byte[len << 1];
        System.arraycopy(value, beginIndex << 1, v, 0, len << 1);
        return fromUtf16(v, len);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) return this;
        if (isEmpty()) return str;
        return new StringBuilder(length() + str.length()).append(this).append(str).toString();
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

    public static String join(CharSequence delimiter, CharSequence... elements) {
        if (delimiter == null || elements == null) throw new NullPointerException();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) sb.append(delimiter);
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) throw new NullPointerException();
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Iterator<? extends CharSequence> it = elements.iterator(); it.hasNext(); ) {
            CharSequence cs = it.next();
            if (!first) sb.append(delimiter);
            sb.append(cs);
            first = false;
        }
        return sb.toString();
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
