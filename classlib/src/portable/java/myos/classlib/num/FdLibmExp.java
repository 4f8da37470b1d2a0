package myos.classlib.num;

import static myos.classlib.num.FdLibm.EXP_BITS;
import static myos.classlib.num.FdLibm.EXP_SIGNIF_BITS;
import static myos.classlib.num.FdLibm.SIGN_BIT;
import static myos.classlib.num.FdLibm.hi;
import static myos.classlib.num.FdLibm.lo;
import static myos.classlib.num.FdLibm.withHi;

/**
 * exp, expm1 and the hyperbolic functions (fdlibm e_exp.c, s_expm1.c, e_sinh.c,
 * e_cosh.c, s_tanh.c). exp reduces x = k ln2 + r, |r| <= ln2/2 (ln2 as a 32-bit head
 * and a tail so k ln2 is exact), approximates exp(r) by a Remez rational form
 * 1 + r + r c(r)/(2 - c(r)), c(r) = r - P1 r^2 - ... - P5 r^10, and scales by 2^k in the
 * exponent field. Pow is in {@link FdLibmPow}.
 */
final class FdLibmExp {
    private FdLibmExp() {}

    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    private static final double TWOM1000 = 0x1.0p-1000;
    private static final double O_THRESHOLD = 0x1.62e42fefa39efp9;    //  709.78...
    private static final double U_THRESHOLD = -0x1.74910d52d3051p9;   // -745.13...
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double INVLN2 = 0x1.71547652b82fep0;
    static final double P1 = 0x1.555555555553ep-3;
    static final double P2 = -0x1.6c16c16bebd93p-9;
    static final double P3 = 0x1.1566aaf25de2cp-14;
    static final double P4 = -0x1.bbd41c5d26bf1p-20;
    static final double P5 = 0x1.6376972bea4d0p-25;

    static double exp(double x) {
        int hx = hi(x);
        int xsb = (hx >> 31) & 1;          // sign bit of x
        hx &= EXP_SIGNIF_BITS;
        if (hx >= 0x4086_2E42) {           // |x| >= 709.78...
            if (hx >= EXP_BITS) {
                if (((hx & 0xf_ffff) | lo(x)) != 0) {
                    return x + x;          // NaN
                }
                return xsb == 0 ? x : 0.0; // exp(+-inf) = inf, 0
            }
            if (x > O_THRESHOLD) {
                return HUGE * HUGE;        // overflow
            }
            if (x < U_THRESHOLD) {
                return TWOM1000 * TWOM1000;   // underflow
            }
        }
        double hi = 0.0;
        double lo = 0.0;
        int k = 0;
        if (hx > 0x3fd6_2e42) {            // |x| > ln2/2
            if (hx < 0x3FF0_A2B2) {        // and |x| < 1.5 ln2
                hi = x - (xsb == 0 ? LN2_HI : -LN2_HI);
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;       // exact
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e30_0000) {     // |x| < 2^-28
            if (HUGE + x > 1.0) {
                return 1.0 + x;
            }
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return withHi(y, hi(y) + (k << 20));   // y * 2^k
        }
        y = withHi(y, hi(y) + ((k + 1000) << 20));
        return y * TWOM1000;
    }

    private static final double Q1 = -0x1.11111111110f4p-5;
    private static final double Q2 = 0x1.a01a019fe5585p-10;
    private static final double Q3 = -0x1.4ce199eaadbb7p-14;
    private static final double Q4 = 0x1.0cfca86e65239p-18;
    private static final double Q5 = -0x1.afdb76e09c32dp-23;

    /** exp(x) - 1, accurate near 0: same reduction, a rational form for r and a correction. */
    static double expm1(double x) {
        int hx = hi(x);
        int xsb = hx & SIGN_BIT;
        hx &= EXP_SIGNIF_BITS;
        if (hx >= 0x4043_687A) {           // |x| >= 56 ln2
            if (hx >= 0x4086_2E42) {       // |x| >= 709.78...
                if (hx >= EXP_BITS) {
                    if (((hx & 0xf_ffff) | lo(x)) != 0) {
                        return x + x;
                    }
                    return xsb == 0 ? x : -1.0;
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE;
                }
            }
            if (xsb != 0 && x + TINY < 0.0) {
                return TINY - 1.0;         // x < -56 ln2: -1 with inexact
            }
        }
        double c = 0;
        int k;
        if (hx > 0x3fd6_2e42) {            // |x| > ln2/2
            double hi;
            double lo;
            if (hx < 0x3FF0_A2B2) {
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c90_0000) {     // |x| < 2^-54
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        double y;
        if (k <= -2 || k > 56) {           // suffices to return exp(x) - 1
            y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20) {
            t = withHi(1.0, 0x3ff0_0000 - (0x2_00000 >> k));   // 1 - 2^-k
            y = t - (e - x);
            y = withHi(y, hi(y) + (k << 20));
        } else {
            t = withHi(1.0, (0x3ff - k) << 20);                 // 2^-k
            y = x - (e + t);
            y += 1.0;
            y = withHi(y, hi(y) + (k << 20));
        }
        return y;
    }

    static double sinh(double x) {
        int jx = hi(x);
        int ix = jx & EXP_SIGNIF_BITS;
        if (ix >= EXP_BITS) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x4036_0000) {            // |x| < 22
            if (ix < 0x3e30_0000 && 1.0e307 + x > 1.0) {
                return x;                  // |x| < 2^-28
            }
            double t = expm1(Math.abs(x));
            if (ix < 0x3ff0_0000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x4086_2E42) {            // |x| in [22, log(maxdouble)]
            return h * exp(Math.abs(x));
        }
        long lx = lo(x) & 0xFFFF_FFFFL;
        if (ix < 0x4086_33CE || (ix == 0x4086_33ce && lx <= 0x8fb9_f87dL)) {
            double w = exp(0.5 * Math.abs(x));   // |x| in [log(maxdouble), overflow threshold]
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;                // overflow
    }

    static double cosh(double x) {
        int ix = hi(x) & EXP_SIGNIF_BITS;
        if (ix >= EXP_BITS) {
            return x * x;
        }
        if (ix < 0x3fd6_2e43) {            // |x| < ln2/2
            double t = expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c80_0000) {
                return w;                  // cosh(tiny) = 1
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x4036_0000) {            // |x| < 22
            double t = exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x4086_2E42) {
            return 0.5 * exp(Math.abs(x));
        }
        long lx = lo(x) & 0xFFFF_FFFFL;
        if (ix < 0x4086_33CE || (ix == 0x4086_33ce && lx <= 0x8fb9_f87dL)) {
            double w = exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE;
    }

    static double tanh(double x) {
        int jx = hi(x);
        int ix = jx & EXP_SIGNIF_BITS;
        if (ix >= EXP_BITS) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;   // +-1 or NaN
        }
        double z;
        if (ix < 0x4036_0000) {            // |x| < 22
            if (ix < 0x3c80_0000) {
                return x * (1.0 + x);      // |x| < 2^-55
            }
            if (ix >= 0x3ff0_0000) {
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;                // |x| >= 22: +-1 inexact
        }
        return jx >= 0 ? z : -z;
    }
}
