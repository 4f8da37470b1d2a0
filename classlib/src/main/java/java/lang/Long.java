package java.lang;

import myos.classlib.num.IntegerFormat;

/** The boxed long. Text conversion is done by myos.classlib.num.IntegerFormat (JDK 25 results). */
public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) long[].class.getComponentType();

    private final long value;

    @Deprecated(since = "9", forRemoval = true)
    public Long(long value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    public static String toString(long i, int radix) { return IntegerFormat.toString(i, radix); }
    public static String toUnsignedString(long i, int radix) { return IntegerFormat.toUnsignedString(i, radix); }
    public static String toHexString(long i) { return IntegerFormat.toHexString(i); }
    public static String toOctalString(long i) { return IntegerFormat.toOctalString(i); }
    public static String toBinaryString(long i) { return IntegerFormat.toBinaryString(i); }
    public static String toString(long i) { return DecimalDigits.toString(i); }
    public static String toUnsignedString(long i) { return IntegerFormat.toUnsignedString(i); }

    public static long parseLong(String s, int radix) throws NumberFormatException {
        long fast = radix == 10 ? DecimalDigits.parse(s, 18) : DecimalDigits.NOT_PARSED;
        if (fast != DecimalDigits.NOT_PARSED) return fast;
        return IntegerFormat.parseLong(s, radix);
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        return Numbers.parseSigned(s, beginIndex, endIndex, radix, MIN_VALUE);
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        return IntegerFormat.parseUnsignedLong(s, radix);
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        return Numbers.parseUnsigned(s, beginIndex, endIndex, radix, 64);
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return IntegerFormat.parseUnsignedLong(s, 10);
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    /** Boxes -128..127 are shared, as in the JDK. */
    private static final class LongCache {
        static final Long[] cache;

        static {
            Long[] c = new Long[256];
            for (int i = 0; i < c.length; i++) c[i] = new Long(i - 128);
            cache = c;
        }
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) return LongCache.cache[(int) l + 128];
        return new Long(l);
    }

    public static Long decode(String nm) throws NumberFormatException {
        return valueOf(Numbers.decode(nm, true));
    }

    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public int intValue() { return (int) value; }
    public long longValue() { return value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return (double) value; }

    public String toString() { return toString(value); }

    public int hashCode() { return hashCode(value); }

    public static int hashCode(long value) { return (int) (value ^ (value >>> 32)); }

    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).longValue();
    }

    public static Long getLong(String nm) { return getLong(nm, null); }

    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return (result == null) ? valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
        String v = null;
        try {
            v = System.getProperty(nm);
        } catch (IllegalArgumentException | NullPointerException e) {
        }
        if (v != null) {
            try {
                return decode(v);
            } catch (NumberFormatException e) {
            }
        }
        return val;
    }

    public int compareTo(Long anotherLong) { return compare(value, anotherLong.value); }

    public static int compare(long x, long y) { return (x < y) ? -1 : ((x == y) ? 0 : 1); }

    public static int compareUnsigned(long x, long y) { return compare(x + MIN_VALUE, y + MIN_VALUE); }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) return (compareUnsigned(dividend, divisor) < 0) ? 0L : 1L;
        if (dividend >= 0) return dividend / divisor;
        // Divide the halved dividend, then correct by at most one.
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    public static long highestOneBit(long i) { return i & (MIN_VALUE >>> numberOfLeadingZeros(i)); }

    public static long lowestOneBit(long i) { return i & -i; }

    public static int numberOfLeadingZeros(long i) {
        int x = (int) (i >>> 32);
        return x == 0 ? 32 + Integer.numberOfLeadingZeros((int) i) : Integer.numberOfLeadingZeros(x);
    }

    public static int numberOfTrailingZeros(long i) {
        int x = (int) i;
        return x == 0 ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32)) : Integer.numberOfTrailingZeros(x);
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) { return (i << distance) | (i >>> -distance); }

    public static long rotateRight(long i, int distance) { return (i >>> distance) | (i << -distance); }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long compress(long i, long mask) {
        long r = 0;
        for (int bit = 0, j = 0; bit < 64; bit++) {
            if ((mask & (1L << bit)) != 0) {
                if ((i & (1L << bit)) != 0) r |= 1L << j;
                j++;
            }
        }
        return r;
    }

    public static long expand(long i, long mask) {
        long r = 0;
        for (int bit = 0, j = 0; bit < 64; bit++) {
            if ((mask & (1L << bit)) != 0) {
                if ((i & (1L << j)) != 0) r |= 1L << bit;
                j++;
            }
        }
        return r;
    }

    public static int signum(long i) { return (int) ((i >> 63) | (-i >>> 63)); }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32) | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long sum(long a, long b) { return a + b; }

    public static long max(long a, long b) { return Math.max(a, b); }

    public static long min(long a, long b) { return Math.min(a, b); }
}
