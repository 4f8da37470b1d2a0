package java.lang;

import myos.classlib.num.IntegerFormat;

/** The boxed int. Text conversion is done by myos.classlib.num.IntegerFormat (JDK 25 results). */
public final class Integer extends Number implements Comparable<Integer> {
    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    public static final int SIZE = 32;
    public static final int BYTES = 4;
    /** int.class: the component type of int[].class, which the compiler emits as a constant. */
    @SuppressWarnings("unchecked")
    public static final Class<Integer> TYPE = (Class<Integer>) int[].class.getComponentType();

    private final int value;

    @Deprecated(since = "9", forRemoval = true)
    public Integer(int value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Integer(String s) throws NumberFormatException {
        this.value = parseInt(s, 10);
    }

    public static String toString(int i, int radix) { return IntegerFormat.toString(i, radix); }
    public static String toUnsignedString(int i, int radix) { return IntegerFormat.toUnsignedString(i, radix); }
    public static String toHexString(int i) { return IntegerFormat.toHexString(i); }
    public static String toOctalString(int i) { return IntegerFormat.toOctalString(i); }
    public static String toBinaryString(int i) { return IntegerFormat.toBinaryString(i); }
    public static String toString(int i) { return DecimalDigits.toString(i); }
    public static String toUnsignedString(int i) { return IntegerFormat.toUnsignedString(i); }

    public static int parseInt(String s, int radix) throws NumberFormatException {
        long fast = radix == 10 ? DecimalDigits.parse(s, 9) : DecimalDigits.NOT_PARSED;
        if (fast != DecimalDigits.NOT_PARSED) return (int) fast;
        return IntegerFormat.parseInt(s, radix);
    }

    public static int parseInt(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        return (int) Numbers.parseSigned(s, beginIndex, endIndex, radix, MIN_VALUE);
    }

    public static int parseInt(String s) throws NumberFormatException {
        return parseInt(s, 10);
    }

    public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
        return IntegerFormat.parseUnsignedInt(s, radix);
    }

    public static int parseUnsignedInt(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        return (int) Numbers.parseUnsigned(s, beginIndex, endIndex, radix, 32);
    }

    public static int parseUnsignedInt(String s) throws NumberFormatException {
        return IntegerFormat.parseUnsignedInt(s, 10);
    }

    public static Integer valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseInt(s, radix));
    }

    public static Integer valueOf(String s) throws NumberFormatException {
        return valueOf(parseInt(s, 10));
    }

    /** Boxes -128..127 are shared, as the JDK guarantees (== holds for them). */
    private static final class IntegerCache {
        static final Integer[] cache;

        static {
            Integer[] c = new Integer[256];
            for (int i = 0; i < c.length; i++) c[i] = new Integer(i - 128);
            cache = c;
        }
    }

    public static Integer valueOf(int i) {
        if (i >= -128 && i <= 127) return IntegerCache.cache[i + 128];
        return new Integer(i);
    }

    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public int intValue() { return value; }
    public long longValue() { return (long) value; }
    public float floatValue() { return (float) value; }
    public double doubleValue() { return (double) value; }

    public String toString() { return toString(value); }

    public int hashCode() { return value; }

    public static int hashCode(int value) { return value; }

    public boolean equals(Object obj) {
        return obj instanceof Integer && value == ((Integer) obj).intValue();
    }

    public static Integer getInteger(String nm) { return getInteger(nm, null); }

    public static Integer getInteger(String nm, int val) {
        Integer result = getInteger(nm, null);
        return (result == null) ? valueOf(val) : result;
    }

    public static Integer getInteger(String nm, Integer val) {
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

    public static Integer decode(String nm) throws NumberFormatException {
        return valueOf((int) Numbers.decode(nm, false));
    }

    public int compareTo(Integer anotherInteger) { return compare(value, anotherInteger.value); }

    public static int compare(int x, int y) { return (x < y) ? -1 : ((x == y) ? 0 : 1); }

    public static int compareUnsigned(int x, int y) { return compare(x + MIN_VALUE, y + MIN_VALUE); }

    public static long toUnsignedLong(int x) { return ((long) x) & 0xffffffffL; }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    public static int highestOneBit(int i) { return i & (MIN_VALUE >>> numberOfLeadingZeros(i)); }

    public static int lowestOneBit(int i) { return i & -i; }

    public static int numberOfLeadingZeros(int i) {
        if (i <= 0) return i == 0 ? 32 : 0;
        int n = 31;
        if (i >= 1 << 16) { n -= 16; i >>>= 16; }
        if (i >= 1 << 8) { n -= 8; i >>>= 8; }
        if (i >= 1 << 4) { n -= 4; i >>>= 4; }
        if (i >= 1 << 2) { n -= 2; i >>>= 2; }
        return n - (i >>> 1);
    }

    public static int numberOfTrailingZeros(int i) {
        i = ~i & (i - 1);
        if (i <= 0) return i & 32;
        int n = 1;
        if (i > 1 << 16) { n += 16; i >>>= 16; }
        if (i > 1 << 8) { n += 8; i >>>= 8; }
        if (i > 1 << 4) { n += 4; i >>>= 4; }
        if (i > 1 << 2) { n += 2; i >>>= 2; }
        return n + (i >>> 1);
    }

    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        i = i + (i >>> 8);
        i = i + (i >>> 16);
        return i & 0x3f;
    }

    public static int rotateLeft(int i, int distance) { return (i << distance) | (i >>> -distance); }

    public static int rotateRight(int i, int distance) { return (i >>> distance) | (i << -distance); }

    public static int reverse(int i) {
        i = (i & 0x55555555) << 1 | (i >>> 1) & 0x55555555;
        i = (i & 0x33333333) << 2 | (i >>> 2) & 0x33333333;
        i = (i & 0x0f0f0f0f) << 4 | (i >>> 4) & 0x0f0f0f0f;
        return reverseBytes(i);
    }

    public static int compress(int i, int mask) {
        int r = 0;
        for (int bit = 0, j = 0; bit < 32; bit++) {
            if ((mask & (1 << bit)) != 0) {
                if ((i & (1 << bit)) != 0) r |= 1 << j;
                j++;
            }
        }
        return r;
    }

    public static int expand(int i, int mask) {
        int r = 0;
        for (int bit = 0, j = 0; bit < 32; bit++) {
            if ((mask & (1 << bit)) != 0) {
                if ((i & (1 << j)) != 0) r |= 1 << bit;
                j++;
            }
        }
        return r;
    }

    public static int signum(int i) { return (i >> 31) | (-i >>> 31); }

    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    public static int sum(int a, int b) { return a + b; }

    public static int max(int a, int b) { return Math.max(a, b); }

    public static int min(int a, int b) { return Math.min(a, b); }
}
