package myos.classlib.num;

import static myos.classlib.num.SchubfachTables.flog10pow2;
import static myos.classlib.num.SchubfachTables.flog10threeQuartersPow2;
import static myos.classlib.num.SchubfachTables.flog2pow10;
import static myos.classlib.num.SchubfachTables.g0;
import static myos.classlib.num.SchubfachTables.g1;
import static myos.classlib.num.SchubfachTables.unsignedMultiplyHigh;

/**
 * {@code Double.toString(double)} as specified since JDK 19: the shortest decimal that
 * rounds back to the double (closest to it when there are several, the even one on a
 * tie), rendered by {@link DecimalChars}.
 *
 * <p>Algorithm: Schubfach, R. Giulietti, "The Schubfach way to render doubles" (2021).
 * For v = c * 2^q the rounding interval R = [(c - 1/2) 2^q, (c + 1/2) 2^q] (closed when c
 * is even, open otherwise; the lower half-gap is 1/4 at the exponent boundary c = 2^52)
 * is scaled by 10^-k with k = floor(log10(2^q)) (or log10(3/4 2^q) at the boundary) so
 * that it contains at most one multiple of 10 and at least one integer ("pigeonhole").
 * The scaled bounds are computed with the 126-bit approximations g of 10^-k and a
 * rounding-to-odd product (rop) that preserves every comparison needed (paper, §9).
 */
public final class DoubleToDecimal {
    private DoubleToDecimal() {}

    static final int P = 53;
    static final int Q_MIN = -1074;
    static final long C_MIN = 1L << (P - 1);
    /** Subnormal significands below this get one more digit of precision (paper, §10). */
    static final long C_TINY = 3;
    private static final long T_MASK = C_MIN - 1;
    private static final int BQ_MASK = 0x7FF;
    private static final long MASK_63 = (1L << 63) - 1;

    /** Maximal number of chars of a result: "-2.2250738585072014E-308". */
    public static final int MAX_CHARS = 24;

    /** Returns exactly what JDK 25's {@code Double.toString(v)} returns. */
    public static String toString(double v) {
        char[] buf = new char[MAX_CHARS];
        return DecimalChars.string(buf, toChars(v, buf, 0));
    }

    /** Appends {@link #toString(double)} of v to sb; returns sb. */
    public static StringBuilder appendTo(double v, StringBuilder sb) {
        char[] buf = new char[MAX_CHARS];
        return DecimalChars.append(sb, buf, toChars(v, buf, 0));
    }

    /** Writes the chars of {@link #toString(double)} to buf at index; returns the end. */
    public static int toChars(double v, char[] buf, int index) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & T_MASK;
        int bq = (int) (bits >>> (P - 1)) & BQ_MASK;
        if (bq == BQ_MASK) {
            if (t != 0) {
                return DecimalChars.put(buf, index, "NaN");
            }
            return DecimalChars.put(buf, index, bits > 0 ? "Infinity" : "-Infinity");
        }
        if (bits < 0) {
            buf[index++] = '-';
        }
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;     // v = c * 2^-mq
            long c = C_MIN | t;
            if (0 < mq && mq < P) {       // fast path: v is an integer < 2^53
                long f = c >> mq;
                if (f << mq == c) {
                    return DecimalChars.put(buf, index, f, 0);
                }
            }
            return toDecimal(buf, index, -mq, c, 0);
        }
        if (t != 0) {
            // subnormal; tiny c would leave too few digits in the scaled interval (§10)
            return t < C_TINY
                    ? toDecimal(buf, index, Q_MIN, 10 * t, -1)
                    : toDecimal(buf, index, Q_MIN, t, 0);
        }
        return DecimalChars.put(buf, index, "0.0");
    }

    private static int toDecimal(char[] buf, int index, int q, long c, int dk) {
        int out = (int) c & 1;            // 1 iff the rounding interval is open
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;                 // asymmetric interval at a power of two
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = g1(k);
        long g0 = g0(k);
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);

        long s = vb >> 2;                 // floor of the scaled value
        if (s >= 100) {
            // a multiple of 10 in the interval yields one digit less: prefer it
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return DecimalChars.put(buf, index, upin ? sp10 : tp10, k);
            }
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return DecimalChars.put(buf, index, uin ? s : t, k + dk);
        }
        // both (or, impossible by §9, neither) candidates: the closer one, even on ties
        long cmp = vb - ((s + t) << 1);
        return DecimalChars.put(buf, index, cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk);
    }

    /**
     * Round-to-odd of (g * cp) / 2^127 with g = g1 * 2^63 + g0 (paper, §9): the integer
     * part, with the lowest bit set when the fraction is non-zero.
     */
    private static long rop(long g1, long g0, long cp) {
        long x1 = unsignedMultiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = unsignedMultiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }
}
