package myos.classlib.num;

import static myos.classlib.num.SchubfachTables.flog10pow2;
import static myos.classlib.num.SchubfachTables.flog10threeQuartersPow2;
import static myos.classlib.num.SchubfachTables.flog2pow10;
import static myos.classlib.num.SchubfachTables.g1;
import static myos.classlib.num.SchubfachTables.unsignedMultiplyHigh;

/**
 * {@code Float.toString(float)} as specified since JDK 19: the shortest decimal that
 * rounds back to the float (never via double). Same Schubfach algorithm as
 * {@link DoubleToDecimal} (R. Giulietti, "The Schubfach way to render doubles"), with
 * the 64-bit approximation g = g1 + 1 of 10^-k, which suffices for 24-bit significands.
 */
public final class FloatToDecimal {
    private FloatToDecimal() {}

    static final int P = 24;
    static final int Q_MIN = -149;
    static final int C_MIN = 1 << (P - 1);
    /** Subnormal significands below this get one more digit of precision (paper, §10). */
    static final int C_TINY = 8;
    private static final int T_MASK = C_MIN - 1;
    private static final int BQ_MASK = 0xFF;
    private static final long MASK_32 = (1L << 32) - 1;

    /** Maximal number of chars of a result: "-1.17549435E-38". */
    public static final int MAX_CHARS = 15;

    /** Returns exactly what JDK 25's {@code Float.toString(v)} returns. */
    public static String toString(float v) {
        char[] buf = new char[MAX_CHARS];
        return DecimalChars.string(buf, toChars(v, buf, 0));
    }

    /** Appends {@link #toString(float)} of v to sb; returns sb. */
    public static StringBuilder appendTo(float v, StringBuilder sb) {
        char[] buf = new char[MAX_CHARS];
        return DecimalChars.append(sb, buf, toChars(v, buf, 0));
    }

    /** Writes the chars of {@link #toString(float)} to buf at index; returns the end. */
    public static int toChars(float v, char[] buf, int index) {
        int bits = Float.floatToRawIntBits(v);
        int t = bits & T_MASK;
        int bq = (bits >>> (P - 1)) & BQ_MASK;
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
            int c = C_MIN | t;
            if (0 < mq && mq < P) {       // fast path: v is an integer < 2^24
                int f = c >> mq;
                if (f << mq == c) {
                    return DecimalChars.put(buf, index, f, 0);
                }
            }
            return toDecimal(buf, index, -mq, c, 0);
        }
        if (t != 0) {
            return t < C_TINY
                    ? toDecimal(buf, index, Q_MIN, 10 * t, -1)
                    : toDecimal(buf, index, Q_MIN, t, 0);
        }
        return DecimalChars.put(buf, index, "0.0");
    }

    private static int toDecimal(char[] buf, int index, int q, int c, int dk) {
        int out = c & 1;
        long cb = (long) c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 33;
        long g = g1(k) + 1;
        int vb = rop(g, cb << h);
        int vbl = rop(g, cbl << h);
        int vbr = rop(g, cbr << h);

        int s = vb >> 2;
        if (s >= 100) {
            int sp10 = 10 * (s / 10);
            int tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return DecimalChars.put(buf, index, upin ? sp10 : tp10, k);
            }
        }
        int t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return DecimalChars.put(buf, index, uin ? s : t, k + dk);
        }
        int cmp = vb - ((s + t) << 1);
        return DecimalChars.put(buf, index, cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk);
    }

    /** Round-to-odd of (g * cp) / 2^95 (paper, §9). */
    private static int rop(long g, long cp) {
        long x1 = unsignedMultiplyHigh(g, cp);
        long vbp = x1 >>> 31;
        return (int) (vbp | ((x1 & MASK_32) + MASK_32) >>> 32);
    }
}
