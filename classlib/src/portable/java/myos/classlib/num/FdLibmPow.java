package myos.classlib.num;

import static myos.classlib.num.FdLibm.EXP_SIGNIF_BITS;
import static myos.classlib.num.FdLibm.INFINITY;
import static myos.classlib.num.FdLibm.hi;
import static myos.classlib.num.FdLibm.isNaN;
import static myos.classlib.num.FdLibm.lo;
import static myos.classlib.num.FdLibm.scalb;
import static myos.classlib.num.FdLibm.withHi;
import static myos.classlib.num.FdLibm.withLo;

/**
 * x^y as JDK 25's FdLibm.Pow (a Java transliteration of fdlibm e_pow.c with the special
 * cases reordered): compute log2(|x|) in extra precision (t1 + t2), multiply by y split
 * into a 27-bit head and tail, then 2^(y log2 x) by the exp method with the integer part
 * added to the exponent. The result's sign comes from x < 0 and an odd integer y.
 */
final class FdLibmPow {
    private FdLibmPow() {}

    private static final double[] BP = {1.0, 1.5};
    private static final double[] DP_H = {0.0, 0x1.2b8034p-1};         // log2(1.5) head
    private static final double[] DP_L = {0.0, 0x1.cfdeb43cfd006p-27}; // log2(1.5) tail
    // log((1+s)/(1-s)) = 2s + 2/3 s^3 + L1 s^4 ... in s^2
    private static final double L1 = 0x1.3333333333303p-1;
    private static final double L2 = 0x1.b6db6db6fabffp-2;
    private static final double L3 = 0x1.55555518f264dp-2;
    private static final double L4 = 0x1.17460a91d4101p-2;
    private static final double L5 = 0x1.d864a93c9db65p-3;
    private static final double L6 = 0x1.a7e284a454eefp-3;
    private static final double CP = 0x1.ec709dc3a03fdp-1;     // 2/(3 ln2)
    private static final double CP_H = 0x1.ec709ep-1;
    private static final double CP_L = -0x1.e2fe0145b01f5p-28;
    private static final double INV_LN2 = 0x1.71547652b82fep0;
    private static final double INV_LN2_H = 0x1.715476p0;
    private static final double INV_LN2_L = 0x1.4ae0bf85ddf44p-26;
    private static final double LG2 = 0x1.62e42fefa39efp-1;
    private static final double LG2_H = 0x1.62e43p-1;
    private static final double LG2_L = -0x1.05c610ca86c39p-29;
    private static final double OVT = 8.0085662595372944372e-17;   // -(1024 - log2(ovfl + .5ulp))

    static double pow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (isNaN(x) || isNaN(y)) {
            return x + y;
        }
        double yAbs = Math.abs(y);
        double xAbs = Math.abs(x);
        if (y == 2.0) {
            return x * x;
        } else if (y == 0.5) {
            if (x >= -Double.MAX_VALUE) {  // not -infinity
                return Math.sqrt(x + 0.0);
            }
        } else if (yAbs == 1.0) {
            return y == 1.0 ? x : 1.0 / x;
        } else if (yAbs == INFINITY) {
            if (xAbs == 1.0) {
                return y - y;              // NaN
            } else if (xAbs > 1.0) {
                return y >= 0 ? y : 0.0;
            } else {
                return y < 0 ? -y : 0.0;
            }
        }
        int hx = hi(x);
        int ix = hx & EXP_SIGNIF_BITS;
        // for x < 0: 0 = y not an integer, 1 = odd integer, 2 = even integer
        int yIsInt = 0;
        if (hx < 0) {
            if (yAbs >= 0x1.0p53) {
                yIsInt = 2;
            } else if (yAbs >= 1.0) {
                long yl = (long) yAbs;
                if ((double) yl == yAbs) {
                    yIsInt = 2 - (int) (yl & 1);
                }
            }
        }
        if (xAbs == 0.0 || xAbs == INFINITY || xAbs == 1.0) {
            double z = xAbs;
            if (y < 0.0) {
                z = 1.0 / z;
            }
            if (hx < 0) {
                if (((ix - 0x3ff0_0000) | yIsInt) == 0) {
                    z = (z - z) / (z - z);   // (-1)^non-integer is NaN
                } else if (yIsInt == 1) {
                    z = -1.0 * z;
                }
            }
            return z;
        }
        int n = (hx >> 31) + 1;
        if ((n | yIsInt) == 0) {
            return (x - x) / (x - x);      // negative^non-integer
        }
        double s = 1.0;
        if ((n | (yIsInt - 1)) == 0) {
            s = -1.0;                      // negative^odd integer
        }
        double t1;
        double t2;
        if (yAbs > 0x1.00000ffffffffp31) { // |y| > 2^31
            if (xAbs < 0x1.fffff00000000p-1) {
                return y < 0.0 ? s * INFINITY : s * 0.0;
            }
            if (xAbs > 0x1.00000ffffffffp0) {
                return y > 0.0 ? s * INFINITY : s * 0.0;
            }
            // |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
            double t = xAbs - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = INV_LN2_H * t;
            double v = t * INV_LN2_L - w * INV_LN2;
            t1 = withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x0010_0000) {        // subnormal x
                xAbs *= 0x1.0p53;
                n -= 53;
                ix = hi(xAbs);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000f_ffff;
            ix = j | 0x3ff0_0000;          // normalize to [1, 2)
            int k;
            if (j <= 0x3988E) {
                k = 0;                     // |x| < sqrt(3/2)
            } else if (j < 0xBB67A) {
                k = 1;                     // |x| < sqrt(3)
            } else {
                k = 0;
                n += 1;
                ix -= 0x0010_0000;
            }
            xAbs = withHi(xAbs, ix);
            // ss = s_h + s_l = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5)
            double u = xAbs - BP[k];
            double v = 1.0 / (xAbs + BP[k]);
            double ss = u * v;
            double sH = withLo(ss, 0);
            double tH = withHi(0.0, ((ix >> 1) | 0x2000_0000) + 0x0008_0000 + (k << 18));
            double tL = xAbs - (tH - BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            // log(x) - 2 s in extra precision
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;                   // u + v = ss (1 + ...)
            v = sL * tH + tL * ss;
            double pH = withLo(u + v, 0);  // 2/(3 log2) (ss + ...)
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + DP_L[k];
            double t = n;                  // log2(x) = t1 + t2 = n + dp_h + z_h + z_l
            t1 = withLo(((zH + zL) + DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }
        // (y1 + y2) * (t1 + t2), y1 the head of y
        double y1 = withLo(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z);
        int i = lo(z);
        if (j >= 0x4090_0000) {            // z >= 1024
            if (((j - 0x4090_0000) | i) != 0) {
                return s * INFINITY;
            }
            if (pL + OVT > z - pH) {
                return s * INFINITY;
            }
        } else if ((j & EXP_SIGNIF_BITS) >= 0x4090_cc00) {   // z <= -1075
            if (((j - 0xc090_cc00) | i) != 0) {
                return s * 0.0;
            }
            if (pL <= z - pH) {
                return s * 0.0;
            }
        }
        // 2^(pH + pL): split off the integer n, then the exp method
        i = j & EXP_SIGNIF_BITS;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe0_0000) {             // |z| > 0.5: n = [z + 0.5]
            n = j + (0x0010_0000 >> (k + 1));
            k = ((n & EXP_SIGNIF_BITS) >> 20) - 0x3ff;
            double t = withHi(0.0, n & ~(0x000f_ffff >> k));
            n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = withLo(pL + pH, 0);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2 + t * LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (FdLibmExp.P1 + t * (FdLibmExp.P2 + t * (FdLibmExp.P3
                + t * (FdLibmExp.P4 + t * FdLibmExp.P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z);
        j += n << 20;
        if ((j >> 20) <= 0) {
            z = scalb(z, n);               // subnormal result
        } else {
            z = withHi(z, hi(z) + (n << 20));
        }
        return s * z;
    }
}
