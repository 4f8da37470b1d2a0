package java.lang;

import myos.classlib.num.IntegerFormat;

/**
 * The boxed char and the Unicode character properties. Latin-1 is answered by direct
 * rules; everything else by binary search in the tables of {@link CharacterData}, which
 * were generated from JDK 25, so results equal the JDK's for every code point.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) char[].class.getComponentType();

    public static final byte UNASSIGNED = 0, UPPERCASE_LETTER = 1, LOWERCASE_LETTER = 2, TITLECASE_LETTER = 3,
            MODIFIER_LETTER = 4, OTHER_LETTER = 5, NON_SPACING_MARK = 6, ENCLOSING_MARK = 7,
            COMBINING_SPACING_MARK = 8, DECIMAL_DIGIT_NUMBER = 9, LETTER_NUMBER = 10, OTHER_NUMBER = 11,
            SPACE_SEPARATOR = 12, LINE_SEPARATOR = 13, PARAGRAPH_SEPARATOR = 14, CONTROL = 15, FORMAT = 16,
            PRIVATE_USE = 18, SURROGATE = 19, DASH_PUNCTUATION = 20, START_PUNCTUATION = 21,
            END_PUNCTUATION = 22, CONNECTOR_PUNCTUATION = 23, OTHER_PUNCTUATION = 24, MATH_SYMBOL = 25,
            CURRENCY_SYMBOL = 26, MODIFIER_SYMBOL = 27, OTHER_SYMBOL = 28, INITIAL_QUOTE_PUNCTUATION = 29,
            FINAL_QUOTE_PUNCTUATION = 30;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private final char value;

    @Deprecated(since = "9", forRemoval = true)
    public Character(char value) {
        this.value = value;
    }

    private static final class CharacterCache {
        static final Character[] cache;

        static {
            Character[] c = new Character[128];
            for (int i = 0; i < c.length; i++) c[i] = new Character((char) i);
            cache = c;
        }
    }

    /** 0..127 are shared, as in the JDK. */
    public static Character valueOf(char c) {
        if (c <= 127) return CharacterCache.cache[c];
        return new Character(c);
    }

    public char charValue() { return value; }

    public int hashCode() { return value; }

    public static int hashCode(char value) { return value; }

    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).charValue();
    }

    public String toString() { return String.valueOf(value); }

    public static String toString(char c) { return String.valueOf(c); }

    public static String toString(int codePoint) {
        if (isBmpCodePoint(codePoint)) return String.valueOf((char) codePoint);
        return new String(toChars(codePoint));
    }

    public int compareTo(Character anotherCharacter) { return compare(value, anotherCharacter.value); }

    public static int compare(char x, char y) { return x - y; }

    public static char reverseBytes(char ch) { return (char) (((ch & 0xFF00) >> 8) | (ch << 8)); }

    // ---- code points and surrogates ----

    public static boolean isValidCodePoint(int codePoint) { return (codePoint >>> 16) < ((MAX_CODE_POINT + 1) >>> 16); }
    public static boolean isBmpCodePoint(int codePoint) { return codePoint >>> 16 == 0; }
    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }
    public static boolean isHighSurrogate(char ch) { return ch >= MIN_HIGH_SURROGATE && ch < (MAX_HIGH_SURROGATE + 1); }
    public static boolean isLowSurrogate(char ch) { return ch >= MIN_LOW_SURROGATE && ch < (MAX_LOW_SURROGATE + 1); }
    public static boolean isSurrogate(char ch) { return ch >= MIN_SURROGATE && ch < (MAX_SURROGATE + 1); }
    public static boolean isSurrogatePair(char high, char low) { return isHighSurrogate(high) && isLowSurrogate(low); }
    public static int charCount(int codePoint) { return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1; }

    public static int toCodePoint(char high, char low) {
        return ((high << 10) + low) + (MIN_SUPPLEMENTARY_CODE_POINT - (MIN_HIGH_SURROGATE << 10) - MIN_LOW_SURROGATE);
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) { return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE); }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) { return codePointAt(a, index, a.length); }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) throw new IndexOutOfBoundsException();
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1)) return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = a[index - 1];
            if (isHighSurrogate(c1)) return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        } else if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw new IllegalArgumentException(invalidCodePoint(codePoint));
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) return new char[] {(char) codePoint};
        if (isValidCodePoint(codePoint)) return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
        throw new IllegalArgumentException(invalidCodePoint(codePoint));
    }

    private static String invalidCodePoint(int codePoint) {
        return "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase();
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex) throw new IndexOutOfBoundsException();
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex; ) {
            if (isHighSurrogate(seq.charAt(i++)) && i < endIndex && isLowSurrogate(seq.charAt(i))) { n--; i++; }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0) throw new IndexOutOfBoundsException();
        return codePointCount(new String(a, offset, count), 0, count);
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) throw new IndexOutOfBoundsException();
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++) {
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) x++;
            }
            if (i < codePointOffset) throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) x--;
            }
            if (i < 0) throw new IndexOutOfBoundsException();
        }
        return x;
    }

    // ---- table lookups ----

    /** Int i of a table: three chars of 10, 11 and 11 bits (see CharacterData). */
    private static int intAt(String t, int i) {
        int k = 3 * i;
        return (t.at(k) << 22) | (t.at(k + 1) << 11) | t.at(k + 2);
    }

    /** Index of the row (width ints) whose first int is the greatest one <= key, or -1. */
    private static int findRow(String t, int width, int key, int shift) {
        int lo = 0, hi = t.length() / (3 * width) - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if ((intAt(t, mid * width) >>> shift) <= key) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    private static boolean inRanges(String t, int cp) {
        int r = findRow(t, 2, cp, 0);
        return r >= 0 && cp <= intAt(t, r * 2 + 1);
    }

    /** Applies a (first, last, delta, stride) case table. */
    private static int mapCase(String t, int cp) {
        int r = findRow(t, 4, cp, 0);
        if (r < 0 || cp > intAt(t, r * 4 + 1)) return cp;
        int first = intAt(t, r * 4), stride = intAt(t, r * 4 + 3);
        if (stride == 2 && ((cp - first) & 1) != 0) return cp;
        return cp + intAt(t, r * 4 + 2);
    }

    public static int getType(char ch) { return getType((int) ch); }

    public static int getType(int codePoint) {
        if (codePoint < 0 || codePoint > MAX_CODE_POINT) return UNASSIGNED;
        int r = findRow(CharacterData.TYPE_RUNS, 1, codePoint, 8);
        return intAt(CharacterData.TYPE_RUNS, r) & 0xFF;
    }

    // ---- properties ----

    public static boolean isLowerCase(char ch) { return isLowerCase((int) ch); }

    public static boolean isLowerCase(int codePoint) {
        if (codePoint < 0x80) return codePoint >= 'a' && codePoint <= 'z';
        return getType(codePoint) == LOWERCASE_LETTER || inRanges(CharacterData.OTHER_LOWER, codePoint);
    }

    public static boolean isUpperCase(char ch) { return isUpperCase((int) ch); }

    public static boolean isUpperCase(int codePoint) {
        if (codePoint < 0x80) return codePoint >= 'A' && codePoint <= 'Z';
        return getType(codePoint) == UPPERCASE_LETTER || inRanges(CharacterData.OTHER_UPPER, codePoint);
    }

    public static boolean isTitleCase(char ch) { return isTitleCase((int) ch); }
    public static boolean isTitleCase(int codePoint) { return getType(codePoint) == TITLECASE_LETTER; }

    public static boolean isDigit(char ch) { return isDigit((int) ch); }

    public static boolean isDigit(int codePoint) {
        if (codePoint < 0x80) return codePoint >= '0' && codePoint <= '9';
        return getType(codePoint) == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDefined(char ch) { return isDefined((int) ch); }
    public static boolean isDefined(int codePoint) { return getType(codePoint) != UNASSIGNED; }

    public static boolean isLetter(char ch) { return isLetter((int) ch); }

    public static boolean isLetter(int codePoint) {
        if (codePoint < 0x80) return (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z';
        int t = getType(codePoint);
        return t >= UPPERCASE_LETTER && t <= OTHER_LETTER;
    }

    public static boolean isLetterOrDigit(char ch) { return isLetterOrDigit((int) ch); }
    public static boolean isLetterOrDigit(int codePoint) { return isLetter(codePoint) || isDigit(codePoint); }

    public static boolean isAlphabetic(int codePoint) {
        int t = getType(codePoint);
        boolean base = (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER;
        return base != inRanges(CharacterData.OTHER_ALPHA, codePoint);
    }

    public static boolean isIdeographic(int codePoint) { return inRanges(CharacterData.IDEOGRAPHIC, codePoint); }

    public static boolean isJavaIdentifierStart(char ch) { return isJavaIdentifierStart((int) ch); }

    public static boolean isJavaIdentifierStart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER || t == CURRENCY_SYMBOL
                || t == CONNECTOR_PUNCTUATION;
    }

    public static boolean isJavaIdentifierPart(char ch) { return isJavaIdentifierPart((int) ch); }

    public static boolean isJavaIdentifierPart(int codePoint) {
        int t = getType(codePoint);
        return isJavaIdentifierStart(codePoint) || t == DECIMAL_DIGIT_NUMBER || t == COMBINING_SPACING_MARK
                || t == NON_SPACING_MARK || isIdentifierIgnorable(codePoint);
    }

    public static boolean isUnicodeIdentifierStart(char ch) { return isUnicodeIdentifierStart((int) ch); }

    public static boolean isUnicodeIdentifierStart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER;
    }

    public static boolean isUnicodeIdentifierPart(char ch) { return isUnicodeIdentifierPart((int) ch); }

    public static boolean isUnicodeIdentifierPart(int codePoint) {
        int t = getType(codePoint);
        return isUnicodeIdentifierStart(codePoint) || t == CONNECTOR_PUNCTUATION || t == DECIMAL_DIGIT_NUMBER
                || t == COMBINING_SPACING_MARK || t == NON_SPACING_MARK || isIdentifierIgnorable(codePoint);
    }

    public static boolean isIdentifierIgnorable(char ch) { return isIdentifierIgnorable((int) ch); }

    public static boolean isIdentifierIgnorable(int codePoint) {
        return (codePoint >= 0 && codePoint <= 8) || (codePoint >= 0xE && codePoint <= 0x1B)
                || (codePoint >= 0x7F && codePoint <= 0x9F) || getType(codePoint) == FORMAT;
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetter(char ch) { return isJavaIdentifierStart(ch); }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetterOrDigit(char ch) { return isJavaIdentifierPart(ch); }

    @Deprecated(since = "1.1")
    public static boolean isSpace(char ch) {
        return ch <= ' ' && ((((1L << 0x09) | (1L << 0x0A) | (1L << 0x0C) | (1L << 0x0D) | (1L << 0x20)) >> ch) & 1L) != 0;
    }

    public static boolean isSpaceChar(char ch) { return isSpaceChar((int) ch); }

    public static boolean isSpaceChar(int codePoint) {
        int t = getType(codePoint);
        return t == SPACE_SEPARATOR || t == LINE_SEPARATOR || t == PARAGRAPH_SEPARATOR;
    }

    public static boolean isWhitespace(char ch) { return isWhitespace((int) ch); }

    /** Space separators except the non-breaking ones, plus \t \n \u000B \f \r and \u001C-\u001F. */
    public static boolean isWhitespace(int codePoint) {
        if (codePoint <= ' ') return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0D) || (codePoint >= 0x1C);
        if (codePoint < 0x1680) return false;
        if (codePoint == 0x00A0 || codePoint == 0x2007 || codePoint == 0x202F) return false;
        return isSpaceChar(codePoint);
    }

    public static boolean isISOControl(char ch) { return isISOControl((int) ch); }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9F && (codePoint >= 0x7F || (codePoint >>> 5 == 0));
    }

    // ---- case mapping ----

    public static char toLowerCase(char ch) { return (char) toLowerCase((int) ch); }

    public static int toLowerCase(int codePoint) {
        if (codePoint < 0x100) {
            if ((codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= 0xC0 && codePoint <= 0xDE && codePoint != 0xD7))
                return codePoint + 32;
            return codePoint;
        }
        return mapCase(CharacterData.LOWER, codePoint);
    }

    public static char toUpperCase(char ch) { return (char) toUpperCase((int) ch); }

    public static int toUpperCase(int codePoint) {
        if (codePoint < 0x100) {
            if ((codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 0xE0 && codePoint <= 0xFE && codePoint != 0xF7))
                return codePoint - 32;
            if (codePoint == 0xB5) return 0x39C;
            if (codePoint == 0xFF) return 0x178;
            return codePoint;
        }
        return mapCase(CharacterData.UPPER, codePoint);
    }

    public static char toTitleCase(char ch) { return (char) toTitleCase((int) ch); }

    /** Upper case, except the few code points whose title case differs (TITLE table). */
    public static int toTitleCase(int codePoint) {
        String t = CharacterData.TITLE;
        int r = findRow(t, 2, codePoint, 0);
        if (r >= 0 && intAt(t, r * 2) == codePoint) return intAt(t, r * 2 + 1);
        return toUpperCase(codePoint);
    }

    // ---- digits and numeric values ----

    public static int digit(char ch, int radix) { return digit((int) ch, radix); }

    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) return -1;
        if (codePoint < 0x10000) return IntegerFormat.digit((char) codePoint, radix);
        if (getType(codePoint) != DECIMAL_DIGIT_NUMBER) return -1;
        int v = getNumericValue(codePoint);
        return v < radix ? v : -1;
    }

    public static int getNumericValue(char ch) { return getNumericValue((int) ch); }

    /** -1 when none, -2 when not a non-negative integer (e.g. fractions), as the JDK. */
    public static int getNumericValue(int codePoint) {
        if (codePoint < 0x80) {
            if (codePoint >= '0' && codePoint <= '9') return codePoint - '0';
            int c = codePoint | 0x20;
            return (c >= 'a' && c <= 'z') ? c - 'a' + 10 : -1;
        }
        String t = CharacterData.NUMERIC;
        int r = findRow(t, 4, codePoint, 0);
        if (r < 0 || codePoint > intAt(t, r * 4 + 1)) return -1;
        int first = intAt(t, r * 4), value = intAt(t, r * 4 + 2), step = intAt(t, r * 4 + 3);
        return step == 1 ? value + (codePoint - first) : value;
    }

    public static char forDigit(int digit, int radix) {
        if ((digit >= radix) || (digit < 0)) return '\0';
        if ((radix < MIN_RADIX) || (radix > MAX_RADIX)) return '\0';
        if (digit < 10) return (char) ('0' + digit);
        return (char) ('a' - 10 + digit);
    }
}
