package java.lang;

import myos.classlib.num.DoubleToDecimal;
import myos.classlib.num.FloatToDecimal;

/**
 * The shared body of StringBuilder and StringBuffer. Like String it keeps Latin-1 bytes
 * until a char above 0xFF arrives, then inflates to UTF16 for good; toString() produces the
 * canonical (re-compressed if possible) String. Capacity growth and every bounds-check
 * message follow JDK 25, since capacity() and the messages are observable.
 */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    byte[] value;
    byte coder;
    int count;

    AbstractStringBuilder(int capacity) {
        if (capacity < 0) throw new NegativeArraySizeException(Integer.toString(capacity));
        value = new byte[capacity];
    }

    AbstractStringBuilder(String s) {
        int len = s.length();
        int cap = len + 16;
        if (cap < 0) cap = Integer.MAX_VALUE;
        coder = s.coder();
        value = new byte[cap << coder];
        append(s);
    }

    AbstractStringBuilder(CharSequence s) {
        int len = s.length();
        int cap = len + 16;
        if (cap < 0) cap = Integer.MAX_VALUE;
        value = new byte[cap];
        append(s);
    }

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length >> coder;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) ensureCapacityInternal(minimumCapacity);
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        ensureCapacity(minimumCapacity, coder);
    }

    /**
     * Room for minimumCapacity chars in newCoder (the coder, or UTF16 to inflate), as JDK
     * 25's needsNewBuffer and ensureCapacityNewCoder: a growth for a new coder is computed
     * in that coder from the old array's byte length (observable through capacity()), and
     * inflating without growth keeps the capacity in chars.
     */
    private void ensureCapacity(int minimumCapacity, byte newCoder) {
        // a negative minimum (an overflowed sum) changes nothing here, as in the JDK
        if (coder != newCoder || minimumCapacity > value.length >> coder) grow(minimumCapacity, newCoder);
    }

    private void grow(int minimumCapacity, byte newCoder) {
        int oldCapacity = value.length >> coder;
        int newCapacity = minimumCapacity - oldCapacity <= 0 ? oldCapacity : newCapacity(newCoder, minimumCapacity);
        if (coder == newCoder && newCapacity <= oldCapacity) return;
        byte[] v = new byte[newCapacity << newCoder];
        if (coder == newCoder) String.copyBytes(value, 0, v, 0, count << coder);
        else String.inflate(value, 0, v, 0, count);
        value = v;
        coder = newCoder;
    }

    /** JDK growth: max(minimum, 2 * old + 2) chars in coder, capped by the array size limit. */
    private int newCapacity(byte coder, int minCapacity) {
        int oldLength = value.length;
        int newLength = minCapacity << coder;
        int growth = newLength - oldLength;
        int prefGrowth = oldLength + (2 << coder);
        int prefLength = oldLength + Math.max(growth, prefGrowth);
        int softMax = Integer.MAX_VALUE - 8;
        if (0 < prefLength && prefLength <= softMax) return prefLength >> coder;
        int minLength = oldLength + growth;
        if (minLength < 0) throw new OutOfMemoryError("Required length exceeds implementation limit");
        if (minLength == Integer.MAX_VALUE) throw new OutOfMemoryError("Required length exceeds implementation limit");
        return Math.max(minLength, softMax) >> coder;
    }

    /** Switches to two bytes per char (keeps the capacity in chars). */
    private void inflate() {
        ensureCapacity(count, String.UTF16);
    }

    public void trimToSize() {
        int len = count << coder;
        if (len < value.length) {
            byte[] v = new byte[len];
            System.arraycopy(value, 0, v, 0, len);
            value = v;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) throw new StringIndexOutOfBoundsException(newLength);
        ensureCapacityInternal(newLength);
        if (count < newLength) {
            for (int i = count << coder; i < newLength << coder; i++) value[i] = 0;
        }
        count = newLength;
    }

    final char at(int i) {
        return coder == String.LATIN1 ? (char) (value[i] & 0xff) : String.getChar(value, i);
    }

    private void put(int i, char c) {
        if (coder == String.LATIN1) value[i] = (byte) c;
        else String.putChar(value, i, c);
    }

    public char charAt(int index) {
        String.checkIndex(index, count);
        return at(index);
    }

    public int codePointAt(int index) {
        String.checkIndex(index, count);
        char c = at(index);
        if (Character.isHighSurrogate(c) && index + 1 < count && Character.isLowSurrogate(at(index + 1)))
            return Character.toCodePoint(c, at(index + 1));
        return c;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        String.checkIndex(i, count);
        char c = at(i);
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(at(i - 1)))
            return Character.toCodePoint(at(i - 1), c);
        return c;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        String.checkFromToIndexIOOBE(beginIndex, endIndex, count);
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (Character.isHighSurrogate(at(i)) && Character.isLowSurrogate(at(i + 1))) { n--; i++; }
        }
        return n;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) throw new IndexOutOfBoundsException();
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        String.checkBoundsBeginEnd(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        String.checkFromToIndexIOOBE(dstBegin, dstBegin + n, dst.length);
        String.getChars(value, coder, srcBegin, srcEnd, dst, dstBegin);
    }

    public void setCharAt(int index, char ch) {
        String.checkIndex(index, count);
        if (ch > 0xFF) ensureCapacity(count, String.UTF16);
        put(index, ch);
    }

    // ---- append ----

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    /**
     * The length from str's fields (value() and coder() compile to field reads) rather than
     * str.length(), which is a call into String's translation unit.
     */
    public AbstractStringBuilder append(String str) {
        if (str == null) str = "null";
        byte sc = str.coder();
        int len = str.value().length >> sc;
        ensureCapacity(count + len, (byte) (coder | sc));
        String.putChars(value, coder, count, str);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        return append((CharSequence) sb);
    }

    /** As JDK 25: the buffer grows for the combined coder, then one copy (or widening). */
    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null) return append("null");
        int len = asb.count;
        ensureCapacity(count + len, (byte) (coder | asb.coder));
        if (asb.coder == coder) String.copyBytes(asb.value, 0, value, count << coder, len << coder);
        else String.inflate(asb.value, 0, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) return append("null");
        if (s instanceof String) return append((String) s);
        if (s instanceof AbstractStringBuilder) return append((AbstractStringBuilder) s);
        return appendChars(s, 0, s.length());
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) s = "null";
        String.checkFromToIndexIOOBE(start, end, s.length());
        return appendChars(s, start, end);
    }

    private AbstractStringBuilder appendChars(CharSequence s, int start, int end) {
        int len = end - start;
        ensureCapacityInternal(count + len);
        if (s instanceof String) {
            String str = (String) s;
            byte[] src = str.value();
            if (str.coder() == coder) {
                String.copyBytes(src, start << coder, value, count << coder, len << coder);
                count += len;
                return this;
            }
            if (str.coder() == String.LATIN1) {
                String.inflate(src, start, value, count, len);
                count += len;
                return this;
            }
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c > 0xFF) inflate();
            put(count++, c);
        }
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        return append(str, 0, str.length);
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        String.checkFromToIndexIOOBE(offset, end, str.length);
        ensureCapacityInternal(count + len);
        return appendChars(str, offset, end);
    }

    /**
     * Appends s[off, end) into capacity already there: Latin-1 bytes until a char above 0xFF,
     * then inflated (as the JDK's appendChars; the capacity stays).
     */
    private AbstractStringBuilder appendChars(char[] s, int off, int end) {
        int i = off, j = count;
        if (coder == String.LATIN1) {
            byte[] v = value;
            for (char c; i < end && (c = s[i]) <= 0xFF; i++) v[j++] = (byte) c;
            count = j;
            if (i == end) return this;
            inflate();
        }
        for (; i < end; i++) String.putChar(value, j++, s[i]);
        count = j;
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public AbstractStringBuilder append(char c) {
        ensureCapacity(count + 1, c > 0xFF ? String.UTF16 : coder);
        put(count++, c);
        return this;
    }

    /**
     * Digits go straight into a Latin-1 buffer (no temporary String), as in the JDK; a
     * UTF16 buffer gets them through a small Latin-1 array, widened.
     */
    public AbstractStringBuilder append(int i) {
        return append((long) i);
    }

    public AbstractStringBuilder append(long l) {
        int size = DecimalDigits.stringSize(l);
        ensureCapacityInternal(count + size);
        DecimalDigits.getChars(l, count + size, value, coder);
        count += size;
        return this;
    }

    /**
     * As JDK 25: room for the longest rendering (MAX_CHARS, observable through capacity())
     * first, then the chars go into the buffer without a String in between.
     */
    public AbstractStringBuilder append(float f) {
        ensureCapacityInternal(count + FloatToDecimal.MAX_CHARS);
        char[] buf = new char[FloatToDecimal.MAX_CHARS];
        return appendChars(buf, 0, FloatToDecimal.toChars(f, buf, 0));
    }

    public AbstractStringBuilder append(double d) {
        ensureCapacityInternal(count + DoubleToDecimal.MAX_CHARS);
        char[] buf = new char[DoubleToDecimal.MAX_CHARS];
        return appendChars(buf, 0, DoubleToDecimal.toChars(d, buf, 0));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) return append((char) codePoint);
        if (!Character.isValidCodePoint(codePoint))
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        append(Character.highSurrogate(codePoint));
        return append(Character.lowSurrogate(codePoint));
    }

    // ---- delete / replace / insert ----

    private void shift(int offset, int n) {
        System.arraycopy(value, offset << coder, value, (offset + n) << coder, (count - offset) << coder);
    }

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count) end = count;
        String.checkBoundsBeginEnd(start, end, count);
        int len = end - start;
        if (len > 0) {
            shift(end, -len);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        String.checkIndex(index, count);
        shift(index + 1, -1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count) end = count;
        String.checkBoundsBeginEnd(start, end, count);
        int len = str.length();
        int newCount = count + len - (end - start);
        ensureCapacity(newCount, (byte) (coder | str.coder()));
        shift(end, newCount - count);
        String.putChars(value, coder, start, str);
        count = newCount;
        return this;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        String.checkBoundsBeginEnd(start, end, count);
        return build(start, end);
    }

    /**
     * Opens a gap of len chars at offset, for chars that need newCoder. As in the JDK, a
     * String or char grows the buffer for newCoder; char[] and CharSequence callers grow it
     * in the current coder first and then only inflate.
     */
    private void openGap(int offset, int len, byte newCoder) {
        ensureCapacity(count + len, newCoder);
        shift(offset, len);
        count += len;
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        String.checkOffset(index, count);
        String.checkBoundsBeginEnd(offset, offset + len, str.length);
        boolean wide = false;
        for (int i = 0; i < len; i++) if (str[offset + i] > 0xFF) wide = true;
        ensureCapacityInternal(count + len);
        openGap(index, len, wide ? String.UTF16 : coder);
        for (int i = 0; i < len; i++) put(index + i, str[offset + i]);
        return this;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        String.checkOffset(offset, count);
        if (str == null) str = "null";
        openGap(offset, str.length(), (byte) (coder | str.coder()));
        String.putChars(value, coder, offset, str);
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        String.checkOffset(offset, count);
        return insert(offset, str, 0, str.length);
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) s = "null";
        return insert(dstOffset, s, 0, s.length());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) s = "null";
        String.checkOffset(dstOffset, count);
        String.checkFromToIndexIOOBE(start, end, s.length());
        int len = end - start;
        boolean wide = false;
        for (int i = start; i < end; i++) if (s.charAt(i) > 0xFF) wide = true;
        ensureCapacityInternal(count + len);
        openGap(dstOffset, len, wide ? String.UTF16 : coder);
        for (int i = 0; i < len; i++) put(dstOffset + i, s.charAt(start + i));
        return this;
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, char c) {
        String.checkOffset(offset, count);
        openGap(offset, 1, c > 0xFF ? String.UTF16 : coder);
        put(offset, c);
        return this;
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    // ---- search, reverse, compare ----

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return build(0, count).indexOf(str, fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return build(0, count).lastIndexOf(str, fromIndex);
    }

    /** Reverses code points: surrogate pairs keep their order, as the JDK specifies. */
    public AbstractStringBuilder reverse() {
        int n = count - 1;
        if (coder == String.LATIN1) {
            // no surrogates in Latin-1: a plain byte reversal
            byte[] v = value;
            for (int j = 0, k = n; j < k; j++, k--) {
                byte b = v[j];
                v[j] = v[k];
                v[k] = b;
            }
            return this;
        }
        boolean hasSurrogates = false;
        for (int j = (n - 1) >> 1; j >= 0; j--) {
            int k = n - j;
            char cj = at(j), ck = at(k);
            put(j, ck);
            put(k, cj);
            if (Character.isSurrogate(cj) || Character.isSurrogate(ck)) hasSurrogates = true;
        }
        if (hasSurrogates) {
            for (int i = 0; i < n; i++) {
                char c2 = at(i);
                if (Character.isLowSurrogate(c2)) {
                    char c1 = at(i + 1);
                    if (Character.isHighSurrogate(c1)) {
                        put(i++, c1);
                        put(i, c2);
                    }
                }
            }
        }
        return this;
    }

    int compareTo(AbstractStringBuilder another) {
        if (this == another) return 0;
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            char a = at(i), b = another.at(i);
            if (a != b) return a - b;
        }
        return count - another.count;
    }

    /** A canonical String of chars [start, end). */
    final String build(int start, int end) {
        int len = end - start;
        if (len == 0) return "";
        if (coder == String.UTF16) return String.newUtf16(value, start, len);
        byte[] v = new byte[len];
        String.copyBytes(value, start, v, 0, len);
        return new String(v, String.LATIN1);
    }

    public abstract String toString();
}
