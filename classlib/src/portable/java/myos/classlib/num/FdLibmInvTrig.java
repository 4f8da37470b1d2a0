package myos.classlib.num;

import static myos.classlib.num.FdLibm.EXP_BITS;
import static myos.classlib.num.FdLibm.EXP_SIGNIF_BITS;
import static myos.classlib.num.FdLibm.HUGE;
import static myos.classlib.num.FdLibm.PI;
import static myos.classlib.num.FdLibm.hi;
import static myos.classlib.num.FdLibm.isNaN;
import static myos.classlib.num.FdLibm.lo;
import static myos.classlib.num.FdLibm.withLo;

/**
 * asin, acos, atan, atan2 (fdlibm e_asin.c, e_acos.c, s_atan.c, e_atan2.c): rational
 * approximations R(x^2) on [0, 0.5], and for larger arguments the identities
 * asin(x) = pi/2 - 2 asin(sqrt((1-x)/2)), acos likewise; atan reduces by
 * atan(x) = atan(c) + atan((x-c)/(1+xc)) for c in {0.5, 1, 1.5, inf}.
 */
final class FdLibmInvTrig {
    private FdLibmInvTrig() {}

    private static final double PIO2_HI = 0x1.921fb54442d18p0;
    private static final double PIO2_LO = 0x1.1a62633145c07p-54;
    private static final double PIO4_HI = 0x1.921fb54442d18p-1;
    // asin(x) = x + x R(x^2), R = P/Q
    private static final double PS0 = 0x1.5555555555555p-3;
    private static final double PS1 = -0x1.4d61203eb6f7dp-2;
    private static final double PS2 = 0x1.9c1550e884455p-3;
    private static final double PS3 = -0x1.48228b5688f3bp-5;
    private static final double PS4 = 0x1.9efe07501b288p-11;
    private static final double PS5 = 0x1.23de10dfdf709p-15;
    private static final double QS1 = -0x1.33a271c8a2d4bp1;
    private static final double QS2 = 0x1.02ae59c598ac8p1;
    private static final double QS3 = -0x1.6066c1b8d0159p-1;
    private static final double QS4 = 0x1.3b8c5b12e9282p-4;

    private static double p(double t) {
        return t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    }

    private static double q(double t) {
        return 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    }

    static double asin(double x) {
        int hx = hi(x);
        int ix = hx & EXP_SIGNIF_BITS;
        if (ix >= 0x3ff0_0000) {           // |x| >= 1
            if (((ix - 0x3ff0_0000) | lo(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO;   // asin(+-1) = +-pi/2
            }
            return (x - x) / (x - x);      // NaN
        }
        if (ix < 0x3fe0_0000) {            // |x| < 0.5
            double t = 0;
            if (ix < 0x3e40_0000) {
                if (HUGE + x > 1.0) {
                    return x;              // |x| < 2^-27
                }
            } else {
                t = x * x;
            }
            double w = p(t) / q(t);
            return x + x * w;
        }
        double w = 1.0 - Math.abs(x);
        double t = w * 0.5;
        double p = p(t);
        double q = q(t);
        double s = Math.sqrt(t);
        if (ix >= 0x3fef_3333) {           // |x| > 0.975
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            w = withLo(s, 0);
            double c = (t - w * w) / (s + w);
            double r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4_HI - 2.0 * w;
            t = PIO4_HI - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    static double acos(double x) {
        int hx = hi(x);
        int ix = hx & EXP_SIGNIF_BITS;
        if (ix >= 0x3ff0_0000) {
            if (((ix - 0x3ff0_0000) | lo(x)) == 0) {
                return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe0_0000) {            // |x| < 0.5
            if (ix <= 0x3c60_0000) {
                return PIO2_HI + PIO2_LO;  // |x| < 2^-57
            }
            double z = x * x;
            double r = p(z) / q(z);
            return PIO2_HI - (x - (PIO2_LO - x * r));
        }
        if (hx < 0) {                      // x < -0.5
            double z = (1.0 + x) * 0.5;
            double p = p(z);
            double q = q(z);
            double s = Math.sqrt(z);
            double r = p / q;
            double w = r * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        }
        double z = (1.0 - x) * 0.5;        // x > 0.5
        double s = Math.sqrt(z);
        double df = withLo(s, 0);
        double c = (z - df * df) / (s + df);
        double p = p(z);
        double q = q(z);
        double r = p / q;
        double w = r * s + c;
        return 2.0 * (df + w);
    }

    private static final double[] ATANHI = {
        0x1.dac670561bb4fp-2,  // atan(0.5)
        0x1.921fb54442d18p-1,  // atan(1.0)
        0x1.f730bd281f69bp-1,  // atan(1.5)
        0x1.921fb54442d18p0,   // atan(inf)
    };
    private static final double[] ATANLO = {
        0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56,
        0x1.1a62633145c07p-54,
    };
    private static final double[] AT = {
        0x1.555555555550dp-2, -0x1.999999998ebc4p-3, 0x1.24924920083ffp-3,
        -0x1.c71c6fe231671p-4, 0x1.745cdc54c206ep-4, -0x1.3b0f2af749a6dp-4,
        0x1.10d66a0d03d51p-4, -0x1.dde2d52defd9ap-5, 0x1.97b4b24760debp-5,
        -0x1.2b4442c6a6c2fp-5, 0x1.0ad3ae322da11p-6,
    };

    static double atan(double x) {
        int hx = hi(x);
        int ix = hx & EXP_SIGNIF_BITS;
        int id;
        if (ix >= 0x4410_0000) {           // |x| >= 2^66
            if (ix > EXP_BITS || (ix == EXP_BITS && lo(x) != 0)) {
                return x + x;              // NaN
            }
            return hx > 0 ? ATANHI[3] + ATANLO[3] : -ATANHI[3] - ATANLO[3];
        }
        if (ix < 0x3fdc_0000) {            // |x| < 0.4375
            if (ix < 0x3e20_0000 && HUGE + x > 1.0) {
                return x;                  // |x| < 2^-29
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff3_0000) {        // |x| < 1.1875
                if (ix < 0x3fe6_0000) {    // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else {                   // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x4003_8000) { // |x| < 2.4375
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else {                       // 2.4375 <= |x| < 2^66
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        // odd and even halves of the polynomial in w = x^4
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATANHI[id] - ((x * (s1 + s2) - ATANLO[id]) - x);
        return hx < 0 ? -z : z;
    }

    private static final double TINY = 1.0e-300;
    private static final double PI_O_4 = 0x1.921fb54442d18p-1;
    private static final double PI_O_2 = 0x1.921fb54442d18p0;
    private static final double PI_LO = 0x1.1a62633145c07p-53;

    static double atan2(double y, double x) {
        int hx = hi(x);
        int ix = hx & EXP_SIGNIF_BITS;
        int lx = lo(x);
        int hy = hi(y);
        int iy = hy & EXP_SIGNIF_BITS;
        int ly = lo(y);
        if (isNaN(x) || isNaN(y)) {
            return x + y;
        }
        if (((hx - 0x3ff0_0000) | lx) == 0) {
            return atan(y);                // x = 1.0
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);   // 2 * sign(x) + sign(y)
        if ((iy | ly) == 0) {              // y = 0
            switch (m) {
                case 0:
                case 1: return y;
                case 2: return PI + TINY;
                default: return -PI - TINY;
            }
        }
        if ((ix | lx) == 0) {              // x = 0
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }
        if (ix == EXP_BITS) {              // x infinite
            if (iy == EXP_BITS) {
                switch (m) {
                    case 0: return PI_O_4 + TINY;
                    case 1: return -PI_O_4 - TINY;
                    case 2: return 3.0 * PI_O_4 + TINY;
                    default: return -3.0 * PI_O_4 - TINY;
                }
            }
            switch (m) {
                case 0: return 0.0;
                case 1: return -0.0;
                case 2: return PI + TINY;
                default: return -PI - TINY;
            }
        }
        if (iy == EXP_BITS) {
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) {                      // |y/x| > 2^60
            z = PI_O_2 + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) {    // |y|/x < -2^60
            z = 0.0;
        } else {
            z = atan(Math.abs(y / x));
        }
        switch (m) {
            case 0: return z;
            case 1: return -z;
            case 2: return PI - (z - PI_LO);
            default: return (z - PI_LO) - PI;
        }
    }
}
