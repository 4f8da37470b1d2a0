package myos.classlib.num;

import static myos.classlib.num.FdLibm.EXP_BITS;
import static myos.classlib.num.FdLibm.EXP_SIGNIF_BITS;
import static myos.classlib.num.FdLibm.INFINITY;
import static myos.classlib.num.FdLibm.SIGN_BIT;
import static myos.classlib.num.FdLibm.TWO54;
import static myos.classlib.num.FdLibm.hi;
import static myos.classlib.num.FdLibm.lo;
import static myos.classlib.num.FdLibm.withHi;

/**
 * log, log10, log1p (fdlibm e_log.c, e_log10.c, s_log1p.c): x = 2^k (1 + f) with
 * sqrt(2)/2 < 1 + f < sqrt(2); log(1 + f) = 2s + s R(s^2), s = f / (2 + f), R a Remez
 * polynomial; then k ln2 is added with ln2 split into head and tail.
 */
final class FdLibmLog {
    private FdLibmLog() {}

    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double LG1 = 0x1.5555555555593p-1;
    private static final double LG2 = 0x1.999999997fa04p-2;
    private static final double LG3 = 0x1.2492494229359p-2;
    private static final double LG4 = 0x1.c71c51d8e78afp-3;
    private static final double LG5 = 0x1.7466496cb03dep-3;
    private static final double LG6 = 0x1.39a09d078c69fp-3;
    private static final double LG7 = 0x1.2f112df3e5244p-3;

    static double log(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x0010_0000) {            // x < 2^-1022
            if (((hx & EXP_SIGNIF_BITS) | lx) == 0) {
                return -TWO54 / 0.0;       // log(+-0) = -inf
            }
            if (hx < 0) {
                return (x - x) / 0.0;      // log(negative) = NaN
            }
            k -= 54;
            x *= TWO54;                    // scale up subnormal x
            hx = hi(x);
        }
        if (hx >= EXP_BITS) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000f_ffff;
        int i = (hx + 0x9_5f64) & 0x10_0000;
        x = withHi(x, hx | (i ^ 0x3ff0_0000));   // normalize x or x/2
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000f_ffff & (2 + hx)) < 3) {      // -2^-20 <= f < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6_147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    private static final double IVLN10 = 0x1.bcb7b1526e50ep-2;
    private static final double LOG10_2HI = 0x1.34413509f6p-2;
    private static final double LOG10_2LO = 0x1.9fef311f12b36p-42;

    /** log10(x) = (n log10(2)_hi + (n log10(2)_lo + ivln10 log(x'))), x = 2^n x'. */
    static double log10(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x0010_0000) {
            if (((hx & EXP_SIGNIF_BITS) | lx) == 0) {
                return -TWO54 / 0.0;
            }
            if (hx < 0) {
                return (x - x) / 0.0;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= EXP_BITS) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & SIGN_BIT) >>> 31;
        hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    /** log(1 + x), accurate near 0: u = 1 + x is corrected by c = (x - (u - 1)) / u. */
    static double log1p(double x) {
        int hx = hi(x);
        int ax = hx & EXP_SIGNIF_BITS;
        int k = 1;
        double f = 0;
        double c = 0;
        int hu = 0;
        if (hx < 0x3FDA_827A) {            // x < 0.41422
            if (ax >= 0x3ff0_0000) {       // x <= -1.0
                return x == -1.0 ? -INFINITY : Double.NaN;
            }
            if (ax < 0x3e20_0000) {        // |x| < 2^-29
                if (TWO54 + x > 0.0 && ax < 0x3c90_0000) {
                    return x;              // |x| < 2^-54
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2_bec3) {   // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= EXP_BITS) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x4340_0000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);   // correction term
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000f_ffff;
            if (hu < 0x6_a09e) {
                u = withHi(u, hu | 0x3ff0_0000);   // normalize u
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe0_0000);   // normalize u/2
                hu = (0x0010_0000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) {                     // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }
}
