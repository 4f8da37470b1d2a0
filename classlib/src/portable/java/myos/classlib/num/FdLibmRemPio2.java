package myos.classlib.num;

import static myos.classlib.num.FdLibm.TWO24;
import static myos.classlib.num.FdLibm.floor;
import static myos.classlib.num.FdLibm.scalb;

/**
 * fdlibm's k_rem_pio2.c (Payne-Hanek reduction) for the double precision case
 * (prec = 2, jk = 4): multiplies the 24-bit chunks of x by just the bits of 2/pi that
 * matter (a window chosen from x's exponent), takes the integer part mod 8 as n and
 * the fraction times pi/2, recomputing with more bits of 2/pi when cancellation leaves
 * too few significant ones.
 */
final class FdLibmRemPio2 {
    private FdLibmRemPio2() {}

    /** 2/pi in 24-bit chunks: 2/pi = sum TWO_OVER_PI[i] * 2^(-24 (i + 1)). */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
        0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
        0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
        0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
        0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
        0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };

    /** pi/2 in 24-bit pieces. */
    private static final double[] PIO2 = {
        0x1.921fb4p0, 0x1.4442dp-24, 0x1.846988p-48, 0x1.8cc516p-72,
        0x1.01b838p-96, 0x1.a25204p-120, 0x1.382228p-145, 0x1.9f31dp-169,
    };

    private static final double TWON24 = 0x1.0p-24;
    private static final int JK = 4;   // terms of the product computed at first

    /**
     * x[0 .. nx) are the 24-bit chunks of |input| * 2^-e0; stores the reduced argument in
     * y[0] + y[1] and returns n mod 8.
     */
    static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
        int[] iq = new int[20];
        double[] f = new double[20];
        double[] fq = new double[20];
        double[] q = new double[20];
        int jp = JK;
        int jx = nx - 1;
        int jv = Math.max((e0 - 3) / 24, 0);   // first chunk of 2/pi that matters
        int q0 = e0 - 24 * (jv + 1);
        int m = jx + JK;
        for (int i = 0, j = jv - jx; i <= m; i++, j++) {
            f[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI[j];
        }
        for (int i = 0; i <= JK; i++) {
            double fw = 0.0;
            for (int j = 0; j <= jx; j++) {
                fw += x[j] * f[jx + i - j];
            }
            q[i] = fw;
        }
        int jz = JK;
        int n;
        int ih;
        double z;
        while (true) {
            // distill q[] into iq[] in reverse order
            int i = 0;
            z = q[jz];
            for (int j = jz; j > 0; i++, j--) {
                double fw = (int) (TWON24 * z);
                iq[i] = (int) (z - TWO24 * fw);
                z = q[j - 1] + fw;
            }
            z = scalb(z, q0);
            z -= 8.0 * floor(z * 0.125);   // trim off the integer part >= 8
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) {                  // iq[jz-1] holds some of n's bits
                i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }
            int carry = 0;
            if (ih > 0) {                  // fraction > 0.5: use 1 - fraction
                n += 1;
                for (i = 0; i < jz; i++) {
                    int j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x100_0000 - j;
                        }
                    } else {
                        iq[i] = 0xff_ffff - j;
                    }
                }
                if (q0 == 1) {
                    iq[jz - 1] &= 0x7f_ffff;
                } else if (q0 == 2) {
                    iq[jz - 1] &= 0x3f_ffff;
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) {
                        z -= scalb(1.0, q0);
                    }
                }
            }
            if (z != 0.0) {
                break;
            }
            int j = 0;
            for (i = jz - 1; i >= JK; i--) {
                j |= iq[i];
            }
            if (j != 0) {
                break;
            }
            // total cancellation: compute more terms of the product
            int k = 1;
            while (iq[JK - k] == 0) {
                k++;
            }
            for (i = jz + 1; i <= jz + k; i++) {
                f[jx + i] = TWO_OVER_PI[jv + i];
                double fw = 0.0;
                for (j = 0; j <= jx; j++) {
                    fw += x[j] * f[jx + i - j];
                }
                q[i] = fw;
            }
            jz += k;
        }
        if (z == 0.0) {                    // chop off zero terms
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {                           // break z into 24-bit chunks if necessary
            z = scalb(z, -q0);
            if (z >= TWO24) {
                double fw = (int) (TWON24 * z);
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }
        double fw = scalb(1.0, q0);        // convert the fraction to floating point
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= TWON24;
        }
        for (int i = jz; i >= 0; i--) {    // PIO2[0 .. jp] * q[jz .. 0]
            fw = 0.0;
            for (int k = 0; k <= jp && k <= jz - i; k++) {
                fw += PIO2[k] * q[i + k];
            }
            fq[jz - i] = fw;
        }
        fw = 0.0;                          // compress fq[] into y[]
        for (int i = jz; i >= 0; i--) {
            fw += fq[i];
        }
        y[0] = ih == 0 ? fw : -fw;
        fw = fq[0] - fw;
        for (int i = 1; i <= jz; i++) {
            fw += fq[i];
        }
        y[1] = ih == 0 ? fw : -fw;
        return n & 7;
    }
}
