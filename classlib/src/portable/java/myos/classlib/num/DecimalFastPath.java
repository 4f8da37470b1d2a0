package myos.classlib.num;

/**
 * A fast, always-correct path for decimal to binary conversion: rounds w * 10^q using
 * the 126-bit approximations of powers of ten that Schubfach uses
 * ({@link SchubfachTables}), in the spirit of the Eisel-Lemire algorithm (D. Lemire,
 * "Number parsing at a gigabyte per second", Software: Practice and Experience 51(8),
 * 2021): a truncated product decides the result unless it is too close to a rounding
 * boundary.
 *
 * <p>Here the decision is made by bracketing: with 10^q = beta 2^r and g = floor(beta) + 1,
 * g - 1 <= beta < g, so for the decimal value V = w' 10^q, w <= w' <= w + t (t = 1 when
 * digits after w were dropped, else 0),
 * <pre>  L = w (g - 1) 2^r  <=  V  <  (w + t) g 2^r = U.</pre>
 * Rounding to nearest is monotonic, so if L and U round to the same floating-point
 * value, so does V. Otherwise (rarely: V within about 2^-120 relative of a boundary) the
 * caller falls back to exact big-integer arithmetic.
 */
final class DecimalFastPath {
    private DecimalFastPath() {}

    /** Returned when the bracket does not decide the result. */
    static final long UNDECIDED = -1L;

    private static final long MASK_63 = (1L << 63) - 1;

    /**
     * The bits of w' * 10^q rounded to the format (P, Q_MIN, E_MAX) or UNDECIDED; w < 2^60,
     * w' in [w, w + t]. Finite, non-zero results only: the caller handles the extremes.
     */
    static long round(long w, int t, int q, int p, int qMin, int eMax) {
        int k = -q;
        if (k < SchubfachTables.K_MIN || k > SchubfachTables.K_MAX_EXTENDED) {
            return UNDECIDED;
        }
        long g1 = SchubfachTables.g1(k);
        long g0 = SchubfachTables.g0(k);
        int r = SchubfachTables.flog2pow10(q) - 125;
        // G - 1 in two 63-bit limbs
        long l1 = g0 == 0 ? g1 - 1 : g1;
        long l0 = g0 == 0 ? MASK_63 : g0 - 1;
        long lower = roundProduct(w, l1, l0, r, p, qMin, eMax);
        long upper = roundProduct(w + t, g1, g0, r, p, qMin, eMax);
        return lower == upper ? lower : UNDECIDED;
    }

    /**
     * Rounds N 2^r to nearest-even, N = w (h 2^63 + l); returns c and q packed as the
     * IEEE bits without sign (for the format with precision p).
     */
    private static long roundProduct(long w, long h, long l, int r, int p, int qMin, int eMax) {
        // w * l = a1 2^63 + a0, w * h = b1 2^63 + b0, all limbs < 2^63
        long lo = w * l;
        long a0 = lo & MASK_63;
        long a1 = (SchubfachTables.unsignedMultiplyHigh(w, l) << 1) | (lo >>> 63);
        long lo2 = w * h;
        long b0 = lo2 & MASK_63;
        long b1 = (SchubfachTables.unsignedMultiplyHigh(w, h) << 1) | (lo2 >>> 63);
        long m = b0 + a1;                   // < 2^64: no signed overflow issue below
        long limb2 = b1 + (m >>> 63);
        long limb1 = m & MASK_63;
        long limb0 = a0;
        int bl = limb2 != 0 ? 126 + bitLength(limb2) : limb1 != 0 ? 63 + bitLength(limb1) : bitLength(limb0);
        int q2 = Math.max(bl - 1 + r - (p - 1), qMin);   // exponent of the result's ulp
        int s = q2 - 1 - r;                 // floor(N / 2^s) has the result + 1 guard bit
        long qq = window(limb2, limb1, limb0, s) & ((1L << (p + 1)) - 1);   // bits s .. s+p
        boolean sticky = lowBitsNonZero(limb2, limb1, limb0, s);
        long c = qq >>> 1;
        if ((qq & 1) != 0 && (sticky || (c & 1) != 0)) {
            c++;
            if (c == 1L << p) {
                c >>>= 1;
                q2++;
            }
        }
        if (q2 > eMax - (p - 1)) {
            return 0x7ff0_0000_0000_0000L;  // overflow: a value no finite result has
        }
        long be = c < 1L << (p - 1) ? 0 : q2 - qMin + 1;
        return be << (p - 1) | (c & ((1L << (p - 1)) - 1));
    }

    /** Bits s .. s+62 of the 189-bit number l2 2^126 + l1 2^63 + l0 (s >= 0). */
    private static long window(long l2, long l1, long l0, int s) {
        if (s >= 189) {
            return 0;
        }
        int idx = s / 63;
        int off = s % 63;
        long v = limb(l2, l1, l0, idx) >>> off;
        if (off > 0) {
            v |= limb(l2, l1, l0, idx + 1) << (63 - off);
        }
        return v;
    }

    private static long limb(long l2, long l1, long l0, int idx) {
        return idx == 0 ? l0 : idx == 1 ? l1 : idx == 2 ? l2 : 0;
    }

    private static boolean lowBitsNonZero(long l2, long l1, long l0, int n) {
        if (n <= 0) {
            return false;
        }
        if (n >= 189) {
            return (l0 | l1 | l2) != 0;
        }
        if (n >= 126) {
            return (l0 | l1) != 0 || (l2 & ((1L << (n - 126)) - 1)) != 0;
        }
        if (n >= 63) {
            return l0 != 0 || (l1 & ((1L << (n - 63)) - 1)) != 0;
        }
        return (l0 & ((1L << n) - 1)) != 0;
    }

    /** The number of significant bits of v (binary search). */
    static int bitLength(long v) {
        if (v == 0) {
            return 0;
        }
        int n = 1;
        if (v >>> 32 != 0) {
            n += 32;
            v >>>= 32;
        }
        if (v >>> 16 != 0) {
            n += 16;
            v >>>= 16;
        }
        if (v >>> 8 != 0) {
            n += 8;
            v >>>= 8;
        }
        if (v >>> 4 != 0) {
            n += 4;
            v >>>= 4;
        }
        if (v >>> 2 != 0) {
            n += 2;
            v >>>= 2;
        }
        return v >>> 1 != 0 ? n + 1 : n;
    }
}
