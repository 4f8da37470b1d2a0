package myos.classlib.num;

/**
 * Minimal arbitrary-precision natural numbers for exact decimal-to-binary conversion in
 * {@link FloatingDecimalParser}: little-endian arrays of 32-bit words (word i has weight
 * 2^(32 i)), handled as unsigned. Values produced by the methods that return a new array
 * are normalized (no high zero words; zero is the empty array). The division helpers
 * work in place on equally long, non-normalized arrays.
 */
final class BigNat {
    private BigNat() {}

    private static final long MASK = 0xFFFF_FFFFL;
    /** 5^13, the largest power of five below 2^31. */
    private static final int FIVE_13 = 1_220_703_125;
    private static final int[] SMALL_POW5 = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625,
        1953125, 9765625, 48828125, 244140625, FIVE_13};

    /** The natural number whose decimal digits are the ASCII digits d[0 .. n). */
    static int[] fromDigits(byte[] d, int n) {
        int[] a = new int[0];
        int i = 0;
        while (i < n) {
            int chunk = 0;
            int mul = 1;
            for (int j = 0; j < 9 && i < n; j++, i++) {
                chunk = 10 * chunk + (d[i] - '0');
                mul *= 10;
            }
            a = mulAdd(a, mul, chunk);
        }
        return a;
    }

    /** a * m + add, for 0 < m, 0 <= add < 2^31. */
    static int[] mulAdd(int[] a, int m, int add) {
        int[] r = new int[a.length + 1];
        long carry = add;
        long mm = m & MASK;
        for (int i = 0; i < a.length; i++) {
            long p = (a[i] & MASK) * mm + carry;
            r[i] = (int) p;
            carry = p >>> 32;
        }
        r[a.length] = (int) carry;
        return normalize(r);
    }

    /** a * 10^k for k >= 0. */
    static int[] mulPow10(int[] a, int k) {
        return shiftLeft(mulPow5(a, k), k);
    }

    /** a * 5^k for k >= 0. */
    static int[] mulPow5(int[] a, int k) {
        while (k >= 13) {
            a = mulAdd(a, FIVE_13, 0);
            k -= 13;
        }
        return k > 0 ? mulAdd(a, SMALL_POW5[k], 0) : a;
    }

    /** a * 2^n for n >= 0. */
    static int[] shiftLeft(int[] a, int n) {
        if (a.length == 0) {
            return a;
        }
        int words = n >>> 5;
        int bits = n & 31;
        int[] r = new int[a.length + words + 1];
        for (int i = 0; i < a.length; i++) {
            long v = (a[i] & MASK) << bits;
            r[i + words] |= (int) v;
            r[i + words + 1] |= (int) (v >>> 32);
        }
        return normalize(r);
    }

    /** The number of bits of a's binary representation (0 for zero). */
    static int bitLength(int[] a) {
        if (a.length == 0) {
            return 0;
        }
        return 32 * (a.length - 1) + DecimalFastPath.bitLength(a[a.length - 1] & MASK);
    }

    /** Whether any of the bits 0 .. n-1 of a is set. */
    static boolean lowBitsNonZero(int[] a, int n) {
        for (int i = 0; i < a.length && 32 * i < n; i++) {
            int keep = n - 32 * i;
            int w = keep >= 32 ? a[i] : a[i] & ((1 << keep) - 1);
            if (w != 0) {
                return true;
            }
        }
        return false;
    }

    /** floor(a / 2^n) as a long; the caller guarantees it is below 2^63. */
    static long shiftRightToLong(int[] a, int n) {
        long r = 0;
        for (int bit = 62; bit >= 0; bit--) {
            int pos = n + bit;
            int w = pos >>> 5;
            if (w < a.length && (a[w] >>> (pos & 31) & 1) != 0) {
                r |= 1L << bit;
            }
        }
        return r;
    }

    /** Compares a and b, both normalized: negative, zero or positive. */
    static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        return compareWords(a, b, a.length);
    }

    /**
     * floor(a / b) for normalized a and b > 0, when the quotient is known to be below
     * 2^qbits (qbits <= 62); rem[0] is set to whether the remainder is non-zero.
     * Restoring binary long division: b is shifted up by qbits - 1 once and then down
     * one bit per quotient bit.
     */
    static long divide(int[] a, int[] b, int qbits, boolean[] rem) {
        int[] bs = shiftLeft(b, qbits - 1);
        int len = Math.max(a.length, bs.length);
        int[] r = widen(a, len);
        int[] d = widen(bs, len);
        long q = 0;
        for (int bit = qbits - 1; bit >= 0; bit--) {
            if (compareWords(r, d, len) >= 0) {
                subtractWords(r, d, len);
                q |= 1L << bit;
            }
            shiftRightOne(d, len);
        }
        boolean nonZero = false;
        for (int i = 0; i < len; i++) {
            nonZero |= r[i] != 0;
        }
        rem[0] = nonZero;
        return q;
    }

    private static int compareWords(int[] a, int[] b, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return (a[i] & MASK) < (b[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    private static void subtractWords(int[] a, int[] b, int len) {
        long borrow = 0;
        for (int i = 0; i < len; i++) {
            long d = (a[i] & MASK) - (b[i] & MASK) - borrow;
            a[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
    }

    private static void shiftRightOne(int[] a, int len) {
        for (int i = 0; i < len; i++) {
            int hi = i + 1 < len ? a[i + 1] << 31 : 0;
            a[i] = (a[i] >>> 1) | hi;
        }
    }

    private static int[] widen(int[] a, int len) {
        int[] r = new int[len];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i];
        }
        return r;
    }

    private static int[] normalize(int[] r) {
        int n = r.length;
        while (n > 0 && r[n - 1] == 0) {
            n--;
        }
        if (n == r.length) {
            return r;
        }
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = r[i];
        }
        return s;
    }
}
