package corpus.lang.arith;

/** int/long to float/double rounding (round to nearest even), widening and narrowing between float and double. */
public class IntToFloat {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, 16777216, 16777217, 16777218, 16777219, -16777217, 33554433, 33554435, Integer.MAX_VALUE,
            Integer.MIN_VALUE, 123456789, 0x7FFFFFC0, 0x7FFFFF40};
        for (int i : is) {
            float f = i;
            double d = i;
            System.out.println(i + " -> float " + f + " back " + (int) f + " double " + d);
        }
        long[] ls = {0L, 1L, 9007199254740993L, 9007199254740995L, -9007199254740993L, Long.MAX_VALUE, Long.MIN_VALUE,
            (1L << 53) + 1, (1L << 24) + 1, 0x7FFFFF7FFFFFFFFFL, 0x1FFFFFFFFFFFFFL, 123456789012345678L, -1L};
        for (long l : ls) {
            float f = l;
            double d = l;
            System.out.println(l + " -> float " + f + " double " + d + " back " + (long) d);
        }
        double[] ds = {0.1, 1.0 / 3, 3.4028235677973366E38, 3.4028236E38, 1.0E-45, 7.0E-46, 1.4E-45, 1e-50, 16777217.0, 0.1f + 0.2f};
        for (double d : ds) {
            float f = (float) d;
            System.out.println(d + " -> float " + f + " widened " + (double) f);
        }
        float a = 0.1f, b = 0.2f;
        double x = 0.1, y = 0.2;
        System.out.println((a + b) + " " + (x + y) + " " + (a * b) + " " + (x * y) + " " + (a / b) + " " + (x / 3) + " " + (x - y));
        System.out.println((1.0f / 3.0f) + " " + (2.0f / 3.0f) + " " + (float) (1.0 / 3.0) + " " + (100.0f * 1.1f));
        System.out.println("fmod: " + (5.5 % 2.0) + " " + (-5.5 % 2.0) + " " + (5.5 % -2.0) + " " + (1e300 % 3.0) + " " + (7.5f % 2.25f)
            + " " + (0.0 % 1.0) + " " + (-0.0 % 1.0) + " " + (1.0 % Double.POSITIVE_INFINITY));
        System.out.println("inf: " + (Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY) + " " + (Double.POSITIVE_INFINITY * 0)
            + " " + (1e308 * 10) + " " + (-1e308 * 10) + " " + (Float.MAX_VALUE * 2) + " " + (1e-323 / 10) + " " + (-1e-323 / 10));
        // strictfp semantics (always since 17): a chain of double ops must not use extended precision
        double big = 1e308, m = big * 10 / 10;
        System.out.println("no extended precision: " + m);
        float small = 1e-30f;
        System.out.println("float underflow: " + (small * small) + " " + (float) (small * (double) small));
    }
}
