package myos.classlib.num;

/**
 * The radix conversions of {@code Integer} and {@code Long} with JDK 25's results and
 * exception messages: toString in any radix (an invalid radix means 10), the unsigned
 * and power-of-two renderings, and the parsers, which accept every char for which
 * {@code Character.digit(ch, radix)} is non-negative (Unicode decimal digits of any
 * script, Latin letters, their fullwidth forms) and reject overflow exactly.
 *
 * <p>Parsing accumulates negatively (the negative range is the larger one) and checks
 * before each step that result * radix - digit cannot pass the limit, as the JDK does;
 * unsigned parsing compares against floor(2^N-1 / radix) instead.
 */
public final class IntegerFormat {
    private IntegerFormat() {}

    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;

    private static final char[] DIGITS = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
        'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q',
        'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'};

    /** The '0' of every run of ten decimal digits (Unicode category Nd) in the BMP. */
    private static final char[] ZEROS = {0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6,
        0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0,
        0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
        0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10};

    /** {@code Character.digit(ch, radix)}: the value of ch in radix, or -1. */
    public static int digit(char ch, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int v = -1;
        if (ch >= '0' && ch <= '9') {
            v = ch - '0';
        } else if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
            v = (ch | 0x20) - 'a' + 10;
        } else if (ch >= 0xFF21 && ch <= 0xFF3A) {
            v = ch - 0xFF21 + 10;          // FULLWIDTH LATIN CAPITAL LETTER A..Z
        } else if (ch >= 0xFF41 && ch <= 0xFF5A) {
            v = ch - 0xFF41 + 10;          // FULLWIDTH LATIN SMALL LETTER A..Z
        } else if (ch >= 0x0660) {
            for (int i = ZEROS.length - 1; i > 0; i--) {
                if (ch >= ZEROS[i]) {
                    if (ch - ZEROS[i] < 10) {
                        v = ch - ZEROS[i];
                    }
                    break;
                }
            }
        }
        return v < radix ? v : -1;
    }

    // ---------------------------------------------------------------- rendering

    /** {@code Integer.toString(i)}. */
    public static String toString(int i) {
        return toString((long) i);
    }

    /** {@code Long.toString(i)}: exactly sized, no intermediate copies. */
    public static String toString(long i) {
        char[] buf = new char[stringSize(i)];
        getChars(i, buf.length, buf);
        return new String(buf);
    }

    /** The length of {@code Long.toString(x)}. */
    public static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) {
                return i + d;
            }
            p = 10 * p;
        }
        return 19 + d;
    }

    /**
     * Writes the decimal chars of i so that they end just before {@code index}; returns
     * the index of the first char written (as the JDK's internal Long.getChars).
     */
    public static int getChars(long i, int index, char[] buf) {
        boolean neg = i < 0;
        if (!neg) {
            i = -i;                 // non-positive: -Long.MIN_VALUE does not exist
        }
        while (i <= -10) {
            long q = i / 10;
            buf[--index] = (char) ('0' + (int) (q * 10 - i));
            i = q;
        }
        buf[--index] = (char) ('0' - (int) i);
        if (neg) {
            buf[--index] = '-';
        }
        return index;
    }

    /** Appends {@code Long.toString(v)} to sb without creating a String; returns sb. */
    public static StringBuilder appendTo(long v, StringBuilder sb) {
        char[] buf = new char[20];
        for (int k = getChars(v, 20, buf); k < 20; k++) {
            sb.append(buf[k]);
        }
        return sb;
    }

    /** {@code Integer.toString(i, radix)}. */
    public static String toString(int i, int radix) {
        return toString((long) i, radix);
    }

    /** {@code Long.toString(i, radix)}: lowercase digits, '-' for negatives. */
    public static String toString(long i, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX || radix == 10) {
            return toString(i);
        }
        char[] buf = new char[65];
        int pos = 65;
        boolean neg = i < 0;
        if (!neg) {
            i = -i;                 // work with non-positive values: -MIN_VALUE overflows
        }
        while (i <= -radix) {
            buf[--pos] = DIGITS[(int) -(i % radix)];
            i /= radix;
        }
        buf[--pos] = DIGITS[(int) -i];
        if (neg) {
            buf[--pos] = '-';
        }
        return string(buf, pos);
    }

    /** {@code Integer.toUnsignedString(i, radix)}. */
    public static String toUnsignedString(int i, int radix) {
        return toUnsignedString(i & 0xFFFF_FFFFL, radix);
    }

    public static String toUnsignedString(int i) {
        return toUnsignedString(i & 0xFFFF_FFFFL, 10);
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    /** {@code Long.toUnsignedString(i, radix)} (an invalid radix means 10). */
    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) {
            return toString(i, radix);
        }
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            radix = 10;
        }
        char[] buf = new char[64];
        int pos = 64;
        // first step as unsigned division: q = floor(i / radix) with i in [2^63, 2^64)
        long q = ((i >>> 1) / radix) << 1;
        long r = i - q * radix;
        if (r >= radix || r < 0) {
            q++;
            r -= radix;
        }
        buf[--pos] = DIGITS[(int) r];
        for (long v = q; v > 0; v /= radix) {
            buf[--pos] = DIGITS[(int) (v % radix)];
        }
        return string(buf, pos);
    }

    public static String toHexString(int i) {
        return toUnsignedString(i & 0xFFFF_FFFFL, 16);
    }

    public static String toOctalString(int i) {
        return toUnsignedString(i & 0xFFFF_FFFFL, 8);
    }

    public static String toBinaryString(int i) {
        return toUnsignedString(i & 0xFFFF_FFFFL, 2);
    }

    public static String toHexString(long i) {
        return toUnsignedString(i, 16);
    }

    public static String toOctalString(long i) {
        return toUnsignedString(i, 8);
    }

    public static String toBinaryString(long i) {
        return toUnsignedString(i, 2);
    }

    private static String string(char[] buf, int pos) {
        return new String(buf, pos, buf.length - pos);
    }

    // ---------------------------------------------------------------- parsing

    public static int parseInt(String s) {
        return parseInt(s, 10);
    }

    /** {@code Integer.parseInt(s, radix)}. */
    public static int parseInt(String s, int radix) {
        long v = parseSigned(s, radix, Integer.MIN_VALUE);
        return (int) v;
    }

    public static long parseLong(String s) {
        return parseSigned(s, 10, Long.MIN_VALUE);
    }

    /** {@code Long.parseLong(s, radix)}. */
    public static long parseLong(String s, int radix) {
        return parseSigned(s, radix, Long.MIN_VALUE);
    }

    /** Parses a signed value in [min, -(min + 1)], min being int's or long's MIN_VALUE. */
    private static long parseSigned(String s, int radix, long min) {
        checkArgs(s, radix);
        int len = s.length();
        if (len == 0) {
            throw forInputString("", radix);
        }
        int i = 0;
        char first = s.charAt(i++);
        boolean sign = first == '-' || first == '+';
        if (!sign || len > 1) {
            long limit = first == '-' ? min : min + 1;
            long multmin = limit / radix;
            long result = 0;
            if (!sign) {
                int d = digit(first, radix);
                if (d < 0) {
                    throw forInputString(s, radix);
                }
                result = -d;
            }
            while (i < len) {
                int d = digit(s.charAt(i++), radix);
                if (d < 0 || result < multmin || result * radix < limit + d) {
                    throw forInputString(s, radix);
                }
                result = result * radix - d;
            }
            return first == '-' ? result : -result;
        }
        throw forInputString(s, radix);
    }

    public static int parseUnsignedInt(String s) {
        return parseUnsignedInt(s, 10);
    }

    /** {@code Integer.parseUnsignedInt(s, radix)}. */
    public static int parseUnsignedInt(String s, int radix) {
        return (int) parseUnsigned(s, radix, false);
    }

    public static long parseUnsignedLong(String s) {
        return parseUnsignedLong(s, 10);
    }

    /** {@code Long.parseUnsignedLong(s, radix)}. */
    public static long parseUnsignedLong(String s, int radix) {
        return parseUnsigned(s, radix, true);
    }

    private static long parseUnsigned(String s, int radix, boolean isLong) {
        checkArgs(s, radix);
        int len = s.length();
        if (len == 0) {
            throw forInputString(s, radix);
        }
        int i = 0;
        char first = s.charAt(i++);
        if (first == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string "
                    + s + ".");
        }
        if (first != '+' || len > 1) {
            long result = 0;
            if (first != '+') {
                result = digit(first, radix);
                if (result < 0) {
                    throw forInputString(s, radix);
                }
            }
            // max = 2^N - 1; multmax = floor(max / radix), max - radix * multmax = the
            // largest last digit allowed after multmax. The first bad digit or the first
            // overflow, whichever comes first, decides the message (as in the JDK).
            long multmax = isLong ? divideUnsigned(-1L, radix) : 0xFFFF_FFFFL / radix;
            long lastMax = isLong ? -1L - radix * multmax : 0xFFFF_FFFFL - radix * multmax;
            while (i < len) {
                int d = digit(s.charAt(i++), radix);
                if (d < 0) {
                    throw forInputString(s, radix);
                }
                boolean below = isLong ? result + Long.MIN_VALUE < multmax + Long.MIN_VALUE
                                       : result < multmax;
                if (!below && (result != multmax || d > lastMax)) {
                    throw new NumberFormatException("String value " + s
                            + " exceeds range of unsigned " + (isLong ? "long." : "int."));
                }
                result = result * radix + d;
            }
            return result;
        }
        throw forInputString(s, radix);
    }

    /** floor(a / b) for unsigned a and 2 <= b <= 36. */
    private static long divideUnsigned(long a, int b) {
        long q = ((a >>> 1) / b) << 1;
        long r = a - q * b;
        return r >= b || r < 0 ? q + 1 : q;
    }

    private static void checkArgs(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > MAX_RADIX) {
            throw new NumberFormatException("radix " + radix
                    + " greater than Character.MAX_RADIX");
        }
    }

    private static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\""
                + (radix == 10 ? "" : " under radix " + radix));
    }
}
