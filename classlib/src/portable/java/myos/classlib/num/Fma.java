package myos.classlib.num;

/**
 * Math.fma: a * b + c computed exactly and rounded once to nearest-even (IEEE 754-2008
 * fusedMultiplyAdd, javadoc of Math.fma). The baseline x86-64 ISA has no FMA instruction
 * and there is no libm. Operands of moderate exponents take a floating-point path of
 * error-free transformations and one sum rounded to odd ({@link #inRange}); the others
 * take integer arithmetic: the 106-bit product of the significands and the addend are
 * aligned in 128 bits, the bits shifted out are kept as a sticky bit ORed into the last
 * place (round to odd, exact information for one later rounding while at least two guard
 * bits remain), and the sum is rounded once to double with gradual underflow.
 */
public final class Fma {
    private Fma() {}

    private static final long SIGN = 0x8000000000000000L;

    public static double fma(double a, double b, double c) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) return Double.NaN;
        boolean infA = Double.isInfinite(a), infB = Double.isInfinite(b), infC = Double.isInfinite(c);
        if (infA || infB || infC) {
            if (infA && b == 0.0 || infB && a == 0.0) return Double.NaN;   // inf * 0
            double product = a * b;
            // A finite product that overflows cannot matter against an infinite c.
            if (Double.isInfinite(product) && !infA && !infB) return c;
            return product + c;                                              // inf - inf is NaN
        }
        if (a == 0.0 || b == 0.0) return a * b + c;   // exact zero product: IEEE signs of zero sums
        int xa = Math.getExponent(a), xb = Math.getExponent(b);
        if (xa >= -480 && xa <= 480 && xb >= -480 && xb <= 480 && Math.getExponent(c) <= 960) {
            double r = inRange(a, b, c);
            if (r == r) return r;
        }
        long ba = Double.doubleToRawLongBits(a), bb = Double.doubleToRawLongBits(b);
        long ma = significand(ba), mb = significand(bb);
        int ea = exponent(ba), eb = exponent(bb);
        // product = (pHi:pLo) * 2^(ea+eb), at most 106 bits
        long pHi = Math.multiplyHigh(ma, mb), pLo = ma * mb;
        boolean pNeg = (ba ^ bb) < 0;
        if (c == 0.0) return round(pNeg, pHi, pLo, ea + eb); // the sign of a zero c does not count (IEEE 754 §6.3)
        long bc = Double.doubleToRawLongBits(c);
        boolean cNeg = bc < 0;
        long mc = significand(bc);
        int ec = exponent(bc);

        // Normalize both to a leading one at bit 125 (two bits of headroom for the carry).
        int sp = 125 - bitLength(pHi, pLo) + 1, sc = 125 - (64 - Long.numberOfLeadingZeros(mc)) + 1;
        long xHi = shlHi(pHi, pLo, sp), xLo = shlLo(pLo, sp);
        int xe = ea + eb - sp;
        long yHi = shlHi(0, mc, sc), yLo = shlLo(mc, sc);
        int ye = ec - sc;
        boolean xNeg = pNeg, yNeg = cNeg;
        if (ye > xe || ye == xe && Long.compareUnsigned(yHi, xHi) > 0
                || ye == xe && yHi == xHi && Long.compareUnsigned(yLo, xLo) > 0) {
            long t = xHi; xHi = yHi; yHi = t;
            t = xLo; xLo = yLo; yLo = t;
            int te = xe; xe = ye; ye = te;
            boolean tn = xNeg; xNeg = yNeg; yNeg = tn;
        }
        // y >>= (xe - ye), remembering whether a one was shifted out
        int d = xe - ye;
        boolean sticky;
        if (d == 0) {
            sticky = false;
        } else if (d < 64) {
            sticky = (yLo << (64 - d)) != 0;
            yLo = (yLo >>> d) | (yHi << (64 - d));
            yHi >>>= d;
        } else if (d < 128) {
            sticky = yLo != 0 || (d > 64 && (yHi << (128 - d)) != 0);
            yLo = d == 64 ? yHi : yHi >>> (d - 64);
            yHi = 0;
        } else {
            sticky = true;    // y is non-zero
            yLo = 0;
            yHi = 0;
        }
        long rHi, rLo;
        if (xNeg == yNeg) {
            rLo = xLo + yLo;
            rHi = xHi + yHi + (Long.compareUnsigned(rLo, xLo) < 0 ? 1 : 0);
        } else {
            // x - (y + f) with 0 < f < 1 when sticky: floor is x - y - 1, and inexact
            long sub = sticky ? 1 : 0;
            long lo1 = xLo - yLo;
            long borrow1 = Long.compareUnsigned(xLo, yLo) < 0 ? 1 : 0;
            rLo = lo1 - sub;
            long borrow2 = Long.compareUnsigned(lo1, sub) < 0 ? 1 : 0;
            rHi = xHi - yHi - borrow1 - borrow2;
            if (rHi == 0 && rLo == 0) return 0.0;   // exact cancellation: +0 in round to nearest
        }
        if (sticky) rLo |= 1;                        // round to odd
        return round(xNeg, rHi, rLo, xe);
    }

    /**
     * The common case in floating point (S. Boldo, G. Melquiond, "Emulation of a FMA and
     * correctly rounded sums: proved algorithms using rounding to odd", IEEE Trans. Computers
     * 57(4), 2008): a * b = uh + ul exactly (Dekker's product with Veltkamp's splitting),
     * c + uh = th + tl exactly (TwoSum), v = tl + ul rounded to odd, and th + v rounded to
     * nearest is a * b + c rounded once. The exact transformations need the exponents the
     * caller checked (no overflow in the splitting, |a * b| >= 2^-960 so that ul is not
     * subnormal); the final rounding needs a normal result, so a tiny th gives NaN: the caller
     * then takes the integer path.
     */
    private static double inRange(double a, double b, double c) {
        double uh = a * b;
        double sa = 0x1p27 * a + a, ah = sa - (sa - a), al = a - ah;        // Veltkamp: 26 + 27 bits
        double sb = 0x1p27 * b + b, bh = sb - (sb - b), bl = b - bh;
        double ul = ((ah * bh - uh) + ah * bl + al * bh) + al * bl;        // Dekker: a * b - uh
        double th = c + uh;
        double cv = th - uh, uv = th - cv;
        double tl = (c - cv) + (uh - uv);                                   // TwoSum: c + uh - th
        double v = tl + ul;
        double rv = v - ul, lv = v - rv;
        double ev = (tl - rv) + (ul - lv);                                  // TwoSum: tl + ul - v
        if (ev != 0 && (Double.doubleToRawLongBits(v) & 1) == 0) v = ev > 0 ? Math.nextUp(v) : Math.nextDown(v);
        if (Math.abs(th) < 0x1p-960) return Double.NaN;
        return th + v;
    }

    /** The significand of a finite non-zero double as an integer (implicit bit included). */
    private static long significand(long bits) {
        long frac = bits & 0x000fffffffffffffL;
        return ((bits >>> 52) & 0x7ff) == 0 ? frac : frac | 0x0010000000000000L;
    }

    /** The exponent of the significand's last place. */
    private static int exponent(long bits) {
        int e = (int) ((bits >>> 52) & 0x7ff);
        return e == 0 ? -1074 : e - 1075;
    }

    private static int bitLength(long hi, long lo) {
        return hi != 0 ? 128 - Long.numberOfLeadingZeros(hi) : 64 - Long.numberOfLeadingZeros(lo);
    }

    private static long shlHi(long hi, long lo, int s) {
        if (s == 0) return hi;
        if (s >= 64) return lo << (s - 64);
        return (hi << s) | (lo >>> (64 - s));
    }

    private static long shlLo(long lo, int s) {
        return s >= 64 ? 0 : lo << s;
    }

    /**
     * (hi:lo) * 2^e rounded to nearest-even as a double, with gradual underflow and overflow
     * to infinity. A sticky bit, if any, is already in bit 0, below at least two guard bits.
     */
    private static double round(boolean neg, long hi, long lo, int e) {
        int len = bitLength(hi, lo);          // > 0
        int top = e + len - 1;                // exponent of the leading bit
        int shift = top >= -1022 ? len - 53 : -1074 - e;
        long q;
        if (shift <= 0) {
            q = lo << -shift;                 // exact: fewer than 53 bits
        } else if (shift >= 129) {
            q = 0;                            // below half of the smallest subnormal
        } else {
            // q = m >> shift; compare the rest with half of the last place
            long qHi, qLo;
            if (shift < 64) {
                qLo = (lo >>> shift) | (hi << (64 - shift));
                qHi = hi >>> shift;
            } else {
                qLo = shift == 64 ? hi : (shift < 128 ? hi >>> (shift - 64) : 0);
                qHi = 0;
            }
            q = qLo;                          // qHi is 0: at most 53 bits remain
            int hb = shift - 1;               // the half bit
            boolean half = hb < 64 ? ((lo >>> hb) & 1) != 0 : ((hi >>> (hb - 64)) & 1) != 0;
            boolean below;                    // any one below the half bit
            if (hb < 64) below = (lo & ((1L << hb) - 1)) != 0;
            else below = lo != 0 || (hi & ((1L << (hb - 64)) - 1)) != 0;
            if (half && (below || (q & 1) != 0)) q++;
            if (qHi != 0) throw new AssertionError();
            if (q == 1L << 53) {              // carried into a new binade
                q >>>= 1;
                shift++;
            }
        }
        long bits;
        if (q >= 1L << 52) {
            int biased = e + shift + 52 + 1023;
            if (biased >= 2047) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            bits = ((long) biased << 52) | (q & 0x000fffffffffffffL);
        } else {
            bits = q;                         // subnormal (or zero): the exponent is -1074
        }
        return Double.longBitsToDouble(neg ? bits | SIGN : bits);
    }

    /**
     * The float fma: the product of two floats is exact in double; the double sum of that
     * product and c is then rounded to odd (TwoSum gives its exact error), and rounding that
     * to float is the correctly rounded result because double has more than float's 24 + 2
     * bits (S. Boldo, G. Melquiond, "When double rounding is odd", 2005).
     */
    public static float fma(float a, float b, float c) {
        double p = (double) a * (double) b;
        double dc = c;
        double s = p + dc;
        if (Double.isFinite(s) && Double.isFinite(p) && !(a == 0 || b == 0)) {
            double bv = s - p;
            double av = s - bv;
            double err = (p - av) + (dc - bv);     // TwoSum (Knuth): p + c == s + err exactly
            if (err != 0 && (Double.doubleToRawLongBits(s) & 1) == 0) s = err > 0 ? Math.nextUp(s) : Math.nextDown(s);
        }
        return (float) s;
    }
}
