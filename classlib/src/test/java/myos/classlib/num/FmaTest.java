package myos.classlib.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link Fma} bit for bit against the host JDK's Math.fma (exact on every JDK since 9: the
 * FMA instruction or a BigDecimal computation), NaNs compared as NaN.
 */
@Tag("host")
class FmaTest {

    static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 1.0 / 3, Math.PI, -Math.E,
        Double.MIN_VALUE, -Double.MIN_VALUE, 2 * Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
        Double.MIN_NORMAL - Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE),
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0x1p-537, 0x1p-538, 0x1p512, 0x1p511,
        1 + 0x1p-52, 1 - 0x1p-53, 0x1.fffffffffffffp-1, 0x1p-1022 * 1.5, 1e-300, 1e300, 0x1p-1074 * 3, 0x1p27 + 1, 0x1p-27};

    static final float[] SPECIAL_F = {0f, -0f, 1f, -1f, 0.5f, 3f, 1f / 3, (float) Math.PI, Float.MIN_VALUE,
        -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.NaN, 0x1p-75f, 0x1p64f, 1 + 0x1p-23f, 1 - 0x1p-24f, 0x1p12f + 1, 0x1p-12f};

    static void check(double a, double b, double c) {
        double e = Math.fma(a, b, c), g = Fma.fma(a, b, c);
        if (Double.doubleToLongBits(e) != Double.doubleToLongBits(g))
            assertEquals(Double.toHexString(e), Double.toHexString(g),
                "fma(" + Double.toHexString(a) + ", " + Double.toHexString(b) + ", " + Double.toHexString(c) + ")");
    }

    static void check(float a, float b, float c) {
        float e = Math.fma(a, b, c), g = Fma.fma(a, b, c);
        if (Float.floatToIntBits(e) != Float.floatToIntBits(g))
            assertEquals(Float.toHexString(e), Float.toHexString(g),
                "fma(" + Float.toHexString(a) + "f, " + Float.toHexString(b) + "f, " + Float.toHexString(c) + "f)");
    }

    @Test
    void specialValues() {
        for (double a : SPECIAL) for (double b : SPECIAL) for (double c : SPECIAL) {
            check(a, b, c);
            check(a, b, -c);
            check(a, b, a * b);
            check(a, b, -(a * b));
        }
        for (float a : SPECIAL_F) for (float b : SPECIAL_F) for (float c : SPECIAL_F) {
            check(a, b, c);
            check(a, b, -(a * b));
        }
    }

    /** Random bit patterns, values near cancellation, ties, subnormal and overflowing results. */
    @Test
    void random() {
        long seed = System.nanoTime();
        SplittableRandom r = new SplittableRandom(seed);
        try {
            for (int i = 0; i < 3_000_000; i++) {
                double a, b, c;
                switch (i % 7) {
                    case 0:
                        a = Double.longBitsToDouble(r.nextLong());
                        b = Double.longBitsToDouble(r.nextLong());
                        c = Double.longBitsToDouble(r.nextLong());
                        break;
                    case 1: // the product's rounding error: massive cancellation
                        a = r.nextDouble() * Math.scalb(1.0, r.nextInt(-600, 600));
                        b = r.nextDouble() * Math.scalb(1.0, r.nextInt(-600, 600));
                        c = -(a * b) * (r.nextBoolean() ? 1 : 1 + 0x1p-52 * r.nextInt(-4, 5));
                        break;
                    case 2: // small integers: exact ties in the sum
                        a = r.nextLong(1L << 27) * (r.nextBoolean() ? 1 : -1);
                        b = r.nextLong(1L << 27) + 0.5;
                        c = Math.scalb((double) r.nextLong(1L << 53), r.nextInt(-60, 10));
                        break;
                    case 3: // results near and below the subnormal range
                        a = Math.scalb(1 + r.nextDouble(), r.nextInt(-1074, -400));
                        b = Math.scalb(1 + r.nextDouble(), r.nextInt(-700, 0));
                        c = Math.scalb(r.nextDouble() - 0.5, r.nextInt(-1074, -1000));
                        break;
                    case 4: // near overflow
                        a = Math.scalb(1 + r.nextDouble(), r.nextInt(500, 1024));
                        b = Math.scalb(1 + r.nextDouble(), r.nextInt(0, 525)) * (r.nextBoolean() ? 1 : -1);
                        c = Math.scalb(r.nextDouble() - 0.5, r.nextInt(1000, 1024));
                        break;
                    case 5: // tiny products cancelled into the subnormal range
                        a = Math.scalb(1 + r.nextDouble(), r.nextInt(-480, -470));
                        b = Math.scalb(1 + r.nextDouble(), r.nextInt(-490, -470)) * (r.nextBoolean() ? 1 : -1);
                        c = -(a * b) * (1 + 0x1p-52 * r.nextInt(-8, 9)) + Math.scalb((double) r.nextInt(-64, 64), -1074);
                        break;
                    default: // c far away on either side of the product
                        a = r.nextDouble() - 0.5;
                        b = r.nextDouble() - 0.5;
                        c = Math.scalb(r.nextDouble() - 0.5, r.nextInt(-200, 200));
                }
                check(a, b, c);
                float fa = Float.intBitsToFloat(r.nextInt()), fb = Float.intBitsToFloat(r.nextInt());
                check(fa, fb, Float.intBitsToFloat(r.nextInt()));
                check(fa, fb, -(fa * fb) * (1 + 0x1p-23f * r.nextInt(-3, 4)));
                float sa = (float) (r.nextDouble() - 0.5), sb = (float) Math.scalb(r.nextDouble(), r.nextInt(-40, 40));
                check(sa, sb, (float) Math.scalb(r.nextDouble() - 0.5, r.nextInt(-100, 60)));
            }
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
    }
}
