package myos.classlib.num;

import static myos.classlib.num.FdLibm.EXP_BITS;
import static myos.classlib.num.FdLibm.EXP_SIGNIF_BITS;
import static myos.classlib.num.FdLibm.TWO24;
import static myos.classlib.num.FdLibm.fromWords;
import static myos.classlib.num.FdLibm.hi;
import static myos.classlib.num.FdLibm.lo;
import static myos.classlib.num.FdLibm.withHi;
import static myos.classlib.num.FdLibm.withLo;

/**
 * sin, cos, tan (fdlibm s_sin.c, s_cos.c, s_tan.c, k_sin.c, k_cos.c, k_tan.c,
 * e_rem_pio2.c, k_rem_pio2.c). The argument is reduced to y = x - n pi/2 in
 * [-pi/4, pi/4] as a sum of two doubles (Cody-Waite with a 33+33+53-bit pi/2 for
 * |x| < 2^20 pi/2, otherwise Payne-Hanek with 1584 bits of 2/pi), then a kernel
 * polynomial for the quadrant n mod 4 is evaluated.
 */
final class FdLibmTrig {
    private FdLibmTrig() {}

    static double sin(double x) {
        int ix = hi(x) & EXP_SIGNIF_BITS;
        if (ix <= 0x3fe9_21fb) {           // |x| ~<= pi/4
            return kernelSin(x, 0.0, 0);
        }
        if (ix >= EXP_BITS) {
            return x - x;                  // NaN for NaN and infinities
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelSin(y[0], y[1], 1);
            case 1: return kernelCos(y[0], y[1]);
            case 2: return -kernelSin(y[0], y[1], 1);
            default: return -kernelCos(y[0], y[1]);
        }
    }

    static double cos(double x) {
        int ix = hi(x) & EXP_SIGNIF_BITS;
        if (ix <= 0x3fe9_21fb) {
            return kernelCos(x, 0.0);
        }
        if (ix >= EXP_BITS) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelCos(y[0], y[1]);
            case 1: return -kernelSin(y[0], y[1], 1);
            case 2: return -kernelCos(y[0], y[1]);
            default: return kernelSin(y[0], y[1], 1);
        }
    }

    static double tan(double x) {
        int ix = hi(x) & EXP_SIGNIF_BITS;
        if (ix <= 0x3fe9_21fb) {
            return kernelTan(x, 0.0, 1);
        }
        if (ix >= EXP_BITS) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));   // 1: n even, -1: n odd
    }

    // sin(x) ~ x + S1 x^3 + ... + S6 x^13 on [-pi/4, pi/4], |error| < 2^-58
    private static final double S1 = -0x1.5555555555549p-3;
    private static final double S2 = 0x1.111111110f8a6p-7;
    private static final double S3 = -0x1.a01a019c161d5p-13;
    private static final double S4 = 0x1.71de357b1fe7dp-19;
    private static final double S5 = -0x1.ae5e68a2b9cebp-26;
    private static final double S6 = 0x1.5d93a5acfd57cp-33;

    /** sin(x + y) for |x| <= pi/4, y the tail of x (used only when iy != 0). */
    static double kernelSin(double x, double y, int iy) {
        int ix = hi(x) & EXP_SIGNIF_BITS;
        if (ix < 0x3e40_0000 && (int) x == 0) {
            return x;                      // |x| < 2^-27
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (iy == 0) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    // cos(x) ~ 1 - x^2/2 + C1 x^4 + ... + C6 x^14 on [-pi/4, pi/4], |error| < 2^-58
    private static final double C1 = 0x1.555555555554cp-5;
    private static final double C2 = -0x1.6c16c16c15177p-10;
    private static final double C3 = 0x1.a01a019cb159p-16;
    private static final double C4 = -0x1.27e4f809c52adp-22;
    private static final double C5 = 0x1.1ee9ebdb4b1c4p-29;
    private static final double C6 = -0x1.8fae9be8838d4p-37;

    /** cos(x + y) for |x| <= pi/4. */
    static double kernelCos(double x, double y) {
        int ix = hi(x) & EXP_SIGNIF_BITS;
        if (ix < 0x3e40_0000 && (int) x == 0) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3fd3_3333) {            // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        // 1 - x^2/2 = (1 - qx) - (x^2/2 - qx), qx = x^2/4 rounded, for accuracy
        double qx = ix > 0x3fe9_0000 ? 0.28125 : fromWords(ix - 0x0020_0000, 0);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    private static final double PIO4 = 0x1.921fb54442d18p-1;
    private static final double PIO4LO = 0x1.1a62633145c07p-55;
    private static final double[] T = {
        0x1.5555555555563p-2, 0x1.111111110fe7ap-3, 0x1.ba1ba1bb341fep-5,
        0x1.664f48406d637p-6, 0x1.226e3e96e8493p-7, 0x1.d6d22c9560328p-9,
        0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11, 0x1.026f71a8d1068p-12,
        0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
        0x1.b2a7074bf7ad4p-16,
    };

    /** tan(x + y) (iy = 1) or -1/tan(x + y) (iy = -1) for |x| <= pi/4. */
    static double kernelTan(double x, double y, int iy) {
        int hx = hi(x);
        int ix = hx & EXP_SIGNIF_BITS;
        if (ix < 0x3e30_0000 && (int) x == 0) {   // |x| < 2^-28
            if (((ix | lo(x)) | (iy + 1)) == 0) {
                return 1.0 / Math.abs(x);  // -1/tan(+-0) = +inf: as the JDK
            }
            if (iy == 1) {
                return x;
            }
            return negInverse(x + y, x, y);
        }
        boolean big = ix >= 0x3fe5_9428;  // |x| >= 0.6744: use tan(pi/4 - x)
        if (big) {
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            double z = PIO4 - x;
            double w = PIO4LO - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        // split the odd polynomial into two halves evaluated in w = x^4
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (big) {
            v = iy;
            return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (iy == 1) {
            return w;
        }
        // -1/(x + r) with a correction so the error stays below 1 ulp
        double zz = withLo(w, 0);
        double vv = r - (zz - x);
        double a = -1.0 / w;
        double t = withLo(a, 0);
        double ss = 1.0 + t * zz;
        return t + a * (ss + t * vv);
    }

    /** -1/w for w = x + y, with the same correction as in {@link #kernelTan}. */
    private static double negInverse(double w, double x, double y) {
        double z = withLo(w, 0);
        double v = y - (z - x);
        double a = -1.0 / w;
        double t = withLo(a, 0);
        double s = 1.0 + t * z;
        return t + a * (s + t * v);
    }

    // ------------------------------------------------------------ argument reduction

    private static final double INVPIO2 = 0x1.45f306dc9c883p-1;  // 2/pi
    private static final double PIO2_1 = 0x1.921fb544p0;         // first 33 bits of pi/2
    private static final double PIO2_1T = 0x1.0b4611a626331p-34; // pi/2 - PIO2_1
    private static final double PIO2_2 = 0x1.0b4611a6p-34;       // next 33 bits
    private static final double PIO2_2T = 0x1.3198a2e037073p-69; // pi/2 - (PIO2_1 + PIO2_2)
    private static final double PIO2_3 = 0x1.3198a2ep-69;        // next 33 bits
    private static final double PIO2_3T = 0x1.b839a252049c1p-104;

    /** High words of n * pi/2 for n = 1 .. 32 (to detect cancellation). */
    private static final int[] NPIO2_HW = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };

    /**
     * Returns n and stores y[0] + y[1] = x - n pi/2 (|y| <= pi/4) for finite |x| > pi/4.
     */
    static int remPio2(double x, double[] y) {
        int hx = hi(x);
        int ix = hx & EXP_SIGNIF_BITS;
        if (ix <= 0x3fe9_21fb) {
            y[0] = x;
            y[1] = 0;
            return 0;
        }
        if (ix < 0x4002_d97c) {            // |x| < 3pi/4: n = +-1
            if (hx > 0) {
                double z = x - PIO2_1;
                if (ix != 0x3ff9_21fb) {   // 33 + 53 bits of pi/2 suffice
                    y[0] = z - PIO2_1T;
                    y[1] = (z - y[0]) - PIO2_1T;
                } else {                   // near pi/2: 33 + 33 + 53 bits
                    z -= PIO2_2;
                    y[0] = z - PIO2_2T;
                    y[1] = (z - y[0]) - PIO2_2T;
                }
                return 1;
            }
            double z = x + PIO2_1;
            if (ix != 0x3ff9_21fb) {
                y[0] = z + PIO2_1T;
                y[1] = (z - y[0]) + PIO2_1T;
            } else {
                z += PIO2_2;
                y[0] = z + PIO2_2T;
                y[1] = (z - y[0]) + PIO2_2T;
            }
            return -1;
        }
        if (ix <= 0x4139_21fb) {           // |x| ~<= 2^19 pi/2: Cody-Waite
            double t = Math.abs(x);
            int n = (int) (t * INVPIO2 + 0.5);
            double fn = n;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T;       // 1st round, good to 85 bits
            if (n < 32 && ix != NPIO2_HW[n - 1]) {
                y[0] = r - w;
            } else {
                int j = ix >> 20;
                y[0] = r - w;
                int i = j - ((hi(y[0]) >> 20) & 0x7ff);
                if (i > 16) {              // 2nd round, good to 118 bits
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y[0] = r - w;
                    i = j - ((hi(y[0]) >> 20) & 0x7ff);
                    if (i > 49) {          // 3rd round, 151 bits
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y[0] = r - w;
                    }
                }
            }
            y[1] = (r - y[0]) - w;
            if (hx < 0) {
                y[0] = -y[0];
                y[1] = -y[1];
                return -n;
            }
            return n;
        }
        if (ix >= EXP_BITS) {
            y[0] = y[1] = x - x;
            return 0;
        }
        // Payne-Hanek: split |x| * 2^-e0 into three 24-bit integer chunks
        int e0 = (ix >> 20) - 1046;        // ilogb(x) - 23
        double z = fromWords(ix - (e0 << 20), lo(x));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (int) z;
            z = (z - tx[i]) * TWO24;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0) {
            nx--;
        }
        int n = FdLibmRemPio2.kernelRemPio2(tx, y, e0, nx);
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }
}
