package corpus.lang.arith;

import java.util.Random;

/** Math.fma / StrictMath.fma (IEEE 754 fusedMultiplyAdd): one rounding, special values, subnormals, overflow. */
public class FusedMultiplyAdd {
    static final double[] D = {0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3, 3.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.NaN, 1 + 0x1p-52, 0x1p-537, 0x1p512, 1e-300, 1e300};
    static final float[] F = {0f, -0f, 1f, -1f, 0.1f, 1f / 3, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
        Float.NEGATIVE_INFINITY, Float.NaN, 1 + 0x1p-23f, 0x1p-75f, 0x1p64f};

    public static void main(String[] args) {
        // the classic: the product's rounding error recovered exactly
        double x = 0.1, p = x * x;
        System.out.println(Math.fma(x, x, -p) + " " + (x * x - p) + " " + StrictMath.fma(1.0 / 3, 3.0, -1.0));
        System.out.println(Math.fma(0.1f, 10f, -1f) + " " + Math.fma(Float.MAX_VALUE, 2f, -Float.MAX_VALUE));
        System.out.println(Math.fma(Double.MAX_VALUE, 2.0, -Double.MAX_VALUE) + " " + Math.fma(0x1p-1074, 0.5, 0.0)
                + " " + Math.fma(0x1p-1074, 0.75, 0.0) + " " + Math.fma(-0.0, 1.0, 0.0) + " " + Math.fma(-0.0, 1.0, -0.0));
        long h = 0;
        int lines = 0;
        for (double a : D) for (double b : D) for (double c : D) {
            double r = Math.fma(a, b, c);
            h = h * 31 + Double.doubleToLongBits(r);
            if (++lines % 97 == 0) System.out.println(a + " * " + b + " + " + c + " = " + r);
        }
        for (float a : F) for (float b : F) for (float c : F) h = h * 31 + Float.floatToIntBits(Math.fma(a, b, c));
        System.out.println("special " + Long.toHexString(h));
        Random rnd = new Random(2026);
        h = 0;
        for (int i = 0; i < 200_000; i++) {
            double a = Double.longBitsToDouble(rnd.nextLong()), b = Double.longBitsToDouble(rnd.nextLong());
            double c = i % 2 == 0 ? Double.longBitsToDouble(rnd.nextLong()) : -(a * b);
            double sa = Math.scalb(rnd.nextDouble(), rnd.nextInt(200) - 100), sb = rnd.nextDouble() - 0.5;
            float fa = Float.intBitsToFloat(rnd.nextInt()), fb = Float.intBitsToFloat(rnd.nextInt());
            h = h * 31 + Double.doubleToLongBits(Math.fma(a, b, c));
            h = h * 31 + Double.doubleToLongBits(Math.fma(sa, sb, -(sa * sb)));
            h = h * 31 + Double.doubleToLongBits(Math.fma(sa, sb, rnd.nextDouble()));
            h = h * 31 + Float.floatToIntBits(Math.fma(fa, fb, Float.intBitsToFloat(rnd.nextInt())));
            h = h * 31 + Float.floatToIntBits(Math.fma(fa, fb, -(fa * fb)));
            h = h * 31 + Float.floatToIntBits(StrictMath.fma((float) sa, (float) sb, (float) (sa * 1e-3)));
        }
        System.out.println("random " + Long.toHexString(h));
    }
}
