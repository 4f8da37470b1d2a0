package myos.classlib.num;

/**
 * {@code StrictMath}: the fdlibm 5.3 algorithms (Sun Microsystems, 1993; the "Freely
 * Distributable LIBM"), bit-identical to JDK 25, whose StrictMath runs a Java port of
 * fdlibm (java.lang.FdLibm), with that port's own versions of cbrt, hypot and pow.
 *
 * <p>Bit-identity needs the same IEEE operations in the same order: Java's double
 * arithmetic is strict (JEP 306), and the compiled C keeps it so (SSE2, no contraction).
 * The code reads and writes the high and low 32-bit words of doubles as fdlibm's C does
 * with {@code __HI}/{@code __LO}; see {@link #hi}, {@link #withHi} and friends.
 *
 * <p>This class holds the public entry points, the bit helpers and the functions that
 * are not polynomial approximations (sqrt, cbrt, hypot, IEEEremainder); the others live
 * in {@link FdLibmTrig}, {@link FdLibmInvTrig}, {@link FdLibmExp} and {@link FdLibmLog}.
 */
public final class FdLibm {
    private FdLibm() {}

    // ------------------------------------------------------------ public API

    public static double sin(double x) { return FdLibmTrig.sin(x); }
    public static double cos(double x) { return FdLibmTrig.cos(x); }
    public static double tan(double x) { return FdLibmTrig.tan(x); }
    public static double asin(double x) { return FdLibmInvTrig.asin(x); }
    public static double acos(double x) { return FdLibmInvTrig.acos(x); }
    public static double atan(double x) { return FdLibmInvTrig.atan(x); }
    public static double atan2(double y, double x) { return FdLibmInvTrig.atan2(y, x); }
    public static double exp(double x) { return FdLibmExp.exp(x); }
    public static double expm1(double x) { return FdLibmExp.expm1(x); }
    public static double sinh(double x) { return FdLibmExp.sinh(x); }
    public static double cosh(double x) { return FdLibmExp.cosh(x); }
    public static double tanh(double x) { return FdLibmExp.tanh(x); }
    public static double pow(double x, double y) { return FdLibmPow.pow(x, y); }
    public static double log(double x) { return FdLibmLog.log(x); }
    public static double log10(double x) { return FdLibmLog.log10(x); }
    public static double log1p(double x) { return FdLibmLog.log1p(x); }

    // ------------------------------------------------------------ word access

    static final int SIGN_BIT = 0x8000_0000;
    static final int EXP_BITS = 0x7ff0_0000;
    static final int EXP_SIGNIF_BITS = 0x7fff_ffff;
    static final double TWO54 = 0x1.0p54;
    static final double TWO24 = 0x1.0p24;
    static final double HUGE = 1.0e300;
    static final double PI = 0x1.921fb54442d18p1;
    static final double INFINITY = Double.POSITIVE_INFINITY;

    /** The high word (sign, exponent, top 20 significand bits) of x. */
    static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    /** The low 32 significand bits of x. */
    static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** x with its high word replaced. */
    static double withHi(double x, int high) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xFFFF_FFFFL)
                | ((long) high << 32));
    }

    /** x with its low word replaced. */
    static double withLo(double x, int low) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xFFFF_FFFF_0000_0000L)
                | (low & 0xFFFF_FFFFL));
    }

    static double fromWords(int high, int low) {
        return Double.longBitsToDouble(((long) high << 32) | (low & 0xFFFF_FFFFL));
    }

    static boolean isNaN(double x) {
        return x != x;
    }

    static boolean isFinite(double x) {
        return Math.abs(x) <= Double.MAX_VALUE;
    }

    /** 2^n for -1022 <= n <= 1023. */
    static double powerOfTwo(int n) {
        return Double.longBitsToDouble((long) (n + 1023) << 52);
    }

    /**
     * x * 2^n correctly rounded, as {@code Math.scalb}. The scaling is split so that only
     * the last multiplication can round: exact for the arguments used here (normal x).
     */
    static double scalb(double x, int n) {
        n = Math.max(Math.min(n, 2200), -2200);
        while (n > 1023) {
            x *= powerOfTwo(1023);
            n -= 1023;
        }
        while (n < -2044) {
            x *= powerOfTwo(-1022);
            n += 1022;
        }
        if (n < -1022) {
            x *= powerOfTwo(n + 1022);     // exact while x stays normal
            n = -1022;                     // the one rounding step
        }
        return x * powerOfTwo(n);
    }

    /** floor(x), as {@code Math.floor}. */
    static double floor(double x) {
        if (!(Math.abs(x) < 0x1.0p52) || x == 0) {
            return x;                      // NaN, infinite, integral or signed zero
        }
        double t = (double) (long) x;
        if (t > x) {
            t -= 1.0;
        }
        return t == 0 && x < 0 ? -0.0 : t;
    }

    // ------------------------------------------------------------ sqrt

    /**
     * The correctly rounded square root (IEEE 754), by fdlibm's e_sqrt.c bit-by-bit
     * method: the result's bits are generated one at a time, q_{i+1} = q_i + 2^-(i+1) when
     * (q_i + 2^-(i+1))^2 <= x, then rounded using the remainder.
     */
    public static double sqrt(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & 0x7ff0_0000_0000_0000L) == 0x7ff0_0000_0000_0000L) {
            return x * x + x;              // sqrt(NaN) = NaN, sqrt(+inf) = +inf, sqrt(-inf) = NaN
        }
        if (bits <= 0) {
            if ((bits & Long.MAX_VALUE) == 0) {
                return x;                  // sqrt(+-0) = +-0
            }
            return (x - x) / (x - x);      // sqrt(negative) = NaN
        }
        int m = (int) (bits >>> 52);
        long ix = bits & 0x000f_ffff_ffff_ffffL;
        if (m == 0) {                      // subnormal: normalize
            while ((ix & 0x0010_0000_0000_0000L) == 0) {
                ix <<= 1;
                m--;
            }
            m++;
        } else {
            ix |= 0x0010_0000_0000_0000L;
        }
        m -= 1023;                         // x = ix * 2^(m - 52), ix in [2^52, 2^53)
        if ((m & 1) != 0) {
            ix += ix;                      // make the exponent even
        }
        m >>= 1;
        ix += ix;                          // ix = remainder scaled by 2 per step
        long q = 0;
        long s = 0;
        for (long r = 1L << 53; r != 0; r >>>= 1) {
            long t = s + r;
            if (t <= ix) {
                s = t + r;
                ix -= t;
                q += r;
            }
            ix += ix;
        }
        if (ix != 0) {
            q += q & 1;                    // inexact: round on the guard bit (no ties exist)
        }
        // q = sqrt * 2^53 with a guard bit; adding carries a round-up into the exponent
        return Double.longBitsToDouble(((long) (m + 1022) << 52) + (q >> 1));
    }

    // ------------------------------------------------------------ cbrt

    private static final int B1 = 715094163;   // (682 - 0.03306235651) * 2^20
    private static final int B2 = 696219795;   // (664 - 0.03306235651) * 2^20
    private static final double CB_C = 0x1.15f15f15f15f1p-1;   //  19/35
    private static final double CB_D = -0x1.691de2532c834p-1;  // -864/1225
    private static final double CB_E = 0x1.6a0ea0ea0ea0fp0;    //  99/70
    private static final double CB_F = 0x1.9b6db6db6db6ep0;    //  45/28
    private static final double CB_G = 0x1.6db6db6db6db7p-2;   //  5/14

    /**
     * Cube root (fdlibm s_cbrt.c): a 5-bit estimate from the exponent divided by 3 (with
     * bias constants B1/B2), a rational approximation to 23 bits, the low word cleared
     * and the high word rounded up, then one Newton step to 53 bits.
     */
    public static double cbrt(double x) {
        if (x == 0.0 || !isFinite(x)) {
            return x;
        }
        double sign = x < 0.0 ? -1.0 : 1.0;
        x = Math.abs(x);
        double t = 0.0;
        if (x < 0x1.0p-1022) {             // subnormal: scale up by 2^54
            t = 0x1.0p54;
            t *= x;
            t = withHi(t, hi(t) / 3 + B2);
        } else {
            t = withHi(t, hi(x) / 3 + B1);
        }
        double r = t * t / x;
        double s = CB_C + r * t;
        t *= CB_G + CB_F / (s + CB_E + CB_D / s);
        t = withLo(t, 0);
        t = withHi(t, hi(t) + 1);
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return sign * t;
    }

    // ------------------------------------------------------------ hypot

    /**
     * sqrt(x^2 + y^2) without undue overflow or underflow (fdlibm e_hypot.c, as adapted
     * in JDK's FdLibm.Hypot): scale by 2^-+600 (or 2^1022 for subnormals), then split
     * the operands into high and low parts so the sum of squares is computed with about
     * 1 ulp of error before the correctly rounded sqrt.
     */
    public static double hypot(double x, double y) {
        double a = Math.abs(x);
        double b = Math.abs(y);
        if (!isFinite(a) || !isFinite(b)) {
            if (a == INFINITY || b == INFINITY) {
                return INFINITY;
            }
            return a + b;                  // a NaN
        }
        if (b > a) {
            double tmp = a;
            a = b;
            b = tmp;
        }
        int ha = hi(a);
        int hb = hi(b);
        if (ha - hb > 0x3c0_0000) {
            return a + b;                  // a / b > 2^60
        }
        int k = 0;
        if (a > 0x1.00000ffffffffp500) {
            ha -= 0x2580_0000;
            hb -= 0x2580_0000;
            a = a * 0x1.0p-600;
            b = b * 0x1.0p-600;
            k += 600;
        }
        double t1;
        double t2;
        if (b < 0x1.0p-500) {
            if (b < Double.MIN_NORMAL) {
                if (b == 0.0) {
                    return a;
                }
                t1 = 0x1.0p1022;
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                ha += 0x2580_0000;
                hb += 0x2580_0000;
                a = a * 0x1.0p600;
                b = b * 0x1.0p600;
                k -= 600;
            }
        }
        double w = a - b;
        if (w > b) {
            t1 = withHi(0, ha);
            t2 = a - t1;
            w = Math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = withHi(0, hb);
            double y2 = b - y1;
            t1 = withHi(0, ha + 0x0010_0000);
            t2 = a - t1;
            w = Math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        return k != 0 ? powerOfTwo(k) * w : w;
    }

    // ------------------------------------------------------------ IEEEremainder

    /**
     * x - n * p with n the integer nearest x / p (even on ties), which is always exact
     * (IEEE 754 remainder), so any exact method gives JDK's bits. Here: the exact
     * fmod(x, 2p) by binary long division of the significands, then at most two
     * subtractions of |p|, as fdlibm's e_remainder.c.
     */
    public static double IEEEremainder(double x, double p) {
        long bx = Double.doubleToRawLongBits(x);
        long bp = Double.doubleToRawLongBits(p) & Long.MAX_VALUE;
        long ax = bx & Long.MAX_VALUE;
        if (bp == 0 || ax >= 0x7ff0_0000_0000_0000L || bp > 0x7ff0_0000_0000_0000L) {
            return (x * p) / (x * p);      // p = 0, x not finite, p NaN
        }
        boolean neg = bx < 0;
        if (bp <= 0x7fdf_ffff_ffff_ffffL) {
            x = fmod(x, p + p);            // now |x| < 2|p|
        }
        if (ax == bp) {
            return 0.0 * x;
        }
        x = Math.abs(x);
        p = Math.abs(p);
        if (bp < 0x0020_0000_0000_0000L) {
            if (x + x > p) {
                x -= p;
                if (x + x >= p) {
                    x -= p;
                }
            }
        } else {
            double half = 0.5 * p;
            if (x > half) {
                x -= p;
                if (x >= half) {
                    x -= p;
                }
            }
        }
        return neg ? -x : x;
    }

    /** The exact fmod for finite x and finite non-zero y. */
    private static double fmod(double x, double y) {
        long bx = Double.doubleToRawLongBits(x);
        long sign = bx & Long.MIN_VALUE;
        long ax = bx ^ sign;
        long ay = Double.doubleToRawLongBits(y) & Long.MAX_VALUE;
        if (ax < ay) {
            return x;
        }
        if (ax == ay) {
            return Double.longBitsToDouble(sign);   // signed zero
        }
        // value = m * 2^(e - 1075) with m normalized to [2^52, 2^53) (e < 1 if subnormal)
        int ex = (int) (ax >>> 52);
        int ey = (int) (ay >>> 52);
        long mx = ex == 0 ? ax : (ax & 0x000f_ffff_ffff_ffffL) | 0x0010_0000_0000_0000L;
        long my = ey == 0 ? ay : (ay & 0x000f_ffff_ffff_ffffL) | 0x0010_0000_0000_0000L;
        if (ex == 0) {
            ex = 1;
            while (mx < 0x0010_0000_0000_0000L) {
                mx <<= 1;
                ex--;
            }
        }
        if (ey == 0) {
            ey = 1;
            while (my < 0x0010_0000_0000_0000L) {
                my <<= 1;
                ey--;
            }
        }
        // (mx * 2^(ex - ey)) mod my by shift and subtract; mx < 2 my holds throughout
        for (int n = ex - ey; n > 0; n--) {
            if (mx >= my) {
                mx -= my;
            }
            mx <<= 1;
        }
        if (mx >= my) {
            mx -= my;
        }
        if (mx == 0) {
            return Double.longBitsToDouble(sign);
        }
        int e = ey;
        while (mx < 0x0010_0000_0000_0000L) {
            mx <<= 1;
            e--;
        }
        long r = e >= 1 ? ((long) e << 52) | (mx & 0x000f_ffff_ffff_ffffL)
                        : mx >> (1 - e);   // subnormal: exact, as |result| < |y|
        return Double.longBitsToDouble(sign | r);
    }
}
