package corpus.lang.arith;

/** Double/Float.toString: shortest digits that read back (the JDK 19+ algorithm), exponent forms, subnormals. */
public class FloatToString {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e6, 1e7 - 1, 1e7, 1.0e-3, 9.99e-4,
            0.001, 1234567.0, 12345678.9, 1e21, 1e22, 1e23, 2e23, 5e-324, 4.9e-324, 1e-323, Double.MIN_NORMAL, Double.MAX_VALUE,
            Double.MIN_VALUE, 2.2250738585072014E-308, 2.225073858507201E-308, 1.7976931348623157E308, Math.PI, Math.E,
            123.456, 1.0E-5, 0.00001234, 9007199254740993.0, 4.35, 2.0E-3, 5.0E-324 * 3, 1.1, 2.1, 8.41, 0.3 * 3,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0E23, 8.41E21, 5.0E-10, 2.82879384806159E17,
            1.387364135037754E18, 1.45800632428665E17, 1.9400994884341945E25, 9.9E-324, 1.0e15, 1.0e16, 123456789012345680.0};
        for (double d : ds) System.out.println(d + " " + Double.toString(d) + " " + String.valueOf(d) + " " + Double.valueOf(d));
        float[] fs = {0.0f, -0.0f, 1.0f, 0.1f, 0.2f, 0.3f, 1.0f / 3, 1e7f, 1e-3f, 9.99e-4f, 1.0E10f, 3.4028235E38f, 1.4E-45f,
            1.17549435E-38f, Float.MIN_VALUE, Float.MAX_VALUE, 2.0E-7f, 1.00000017881393421514957253748434595763683319091796875001f,
            8.3E-43f, 4.6116860184E18f, 33554432f, 1.23456789e8f, 16777216f, Float.NaN, Float.POSITIVE_INFINITY, 1.0E-44f, 2.8E-45f,
            (float) Math.PI, 3.0517578E-5f, 7.038531E-26f, 1.7014118E38f, 2.4414062E-4f, 5.6E-45f, 9.8E-45f};
        for (float f : fs) System.out.println(f + " " + Float.toString(f) + " " + Float.valueOf(f));
        // many values: a checksum over the printed strings so that any single difference shows
        long h = 0;
        double v = 1.0;
        for (int i = 0; i < 2000; i++) {
            v = v * 1.0123456789 + 1e-7;
            String s = Double.toString(v) + Float.toString((float) v) + Double.toString(1 / v) + Float.toString((float) (1 / v));
            h = h * 31 + s.hashCode();
        }
        System.out.println("checksum " + h);
        long bits = 0x123456789ABCDEFL;
        long h2 = 0;
        for (int i = 0; i < 5000; i++) {
            bits = bits * 6364136223846793005L + 1442695040888963407L;
            double d = Double.longBitsToDouble(bits);
            float f = Float.intBitsToFloat((int) (bits >>> 17));
            h2 = h2 * 31 + Double.toString(d).hashCode() + 7 * Float.toString(f).hashCode();
            if (i % 500 == 0) System.out.println(d + " " + f);
        }
        System.out.println("random-bits checksum " + h2);
        System.out.println("parse: " + Double.parseDouble("1e-5") + " " + Double.parseDouble("  -0.0 ") + " " + Float.parseFloat("3.4028236e38")
            + " " + Double.parseDouble("0x1.8p1") + " " + Double.valueOf("NaN") + " " + Double.parseDouble("-Infinity") + " " + Float.parseFloat("1.1f")
            + " " + Double.parseDouble("2.2250738585072011e-308") + " " + Double.parseDouble("123456789012345678901234567890"));
        try {
            Double.parseDouble("1.2.3");
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
    }
}
