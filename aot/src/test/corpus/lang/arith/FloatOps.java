package corpus.lang.arith;

/** float and double arithmetic: rounding of each operation, signed zeros, subnormals, overflow to infinity, float vs double evaluation. */
public class FloatOps {
    static float fadd(float a, float b) { return a + b; }
    static double dmul(double a, double b) { return a * b; }

    public static void main(String[] args) {
        float[] fs = {0.0f, -0.0f, 1.0f, -1.0f, 0.1f, 3.4028235e38f, 1.4e-45f, 1.17549435e-38f, 16777216f, 0.33333334f, Float.NaN, Float.POSITIVE_INFINITY};
        for (float a : fs) {
            StringBuilder sb = new StringBuilder();
            for (float b : fs) {
                sb.append(a + b).append(' ').append(a - b).append(' ').append(a * b).append(' ').append(a / b).append(' ').append(a % b).append(" | ");
            }
            System.out.println(sb);
        }
        System.out.println("signed zeros: " + (0.0 * -1) + " " + (-0.0 + 0.0) + " " + (-0.0 - 0.0) + " " + (-0.0 * -0.0) + " " + (1 / (-0.0 + -0.0))
            + " " + (0.0f / -1) + " " + (-0.0f + 0.0f) + " " + Math.sqrt(-0.0) + " " + (float) -0.0);
        System.out.println("subnormal: " + (Double.MIN_VALUE / 2) + " " + (Double.MIN_VALUE * 0.5000001) + " " + (Float.MIN_VALUE / 2) + " " + (Float.MIN_VALUE * 1.5f)
            + " " + (Double.MIN_NORMAL / 3) + " " + (Float.MIN_NORMAL * 0.75f));
        float f = 16777216f;
        f += 1.0f;
        float g = 0.1f * 3;
        double h = 0.1f * 3.0;
        System.out.println("float steps: " + f + " " + g + " " + h + " " + (0.1f + 0.2f == 0.3f) + " " + (0.1 + 0.2 == 0.3) + " " + fadd(1e8f, 1f)
            + " " + dmul(1e200, 1e200) + " " + dmul(-1e-200, 1e-200));
        float sumf = 0;
        double sumd = 0;
        for (int i = 1; i <= 100000; i++) {
            sumf += 1.0f / i;
            sumd += 1.0 / i;
        }
        System.out.println("harmonic float " + sumf + " double " + sumd);
        double x = 1.0;
        for (int i = 0; i < 60; i++) x = x * 1.1 - 0.05;
        System.out.println("iterated " + x);
        float fx = 1.0f;
        for (int i = 0; i < 60; i++) fx = fx * 1.1f - 0.05f;
        System.out.println("iterated float " + fx);
        System.out.println("mixed: " + (1 / 3 * 3.0) + " " + (1 / 3.0 * 3) + " " + (7 / 2 * 2.0f) + " " + ('a' * 1.5f) + " " + (Long.MAX_VALUE * 1.0f)
            + " " + (Integer.MAX_VALUE + 1.0f) + " " + (1L << 53) * 1.0 + " " + ((1L << 53) + 1) * 1.0);
        System.out.println("compare: " + Float.compare(0.0f, -0.0f) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " " + (0.0f == -0.0f)
            + " " + Float.valueOf(0.0f).equals(-0.0f) + " " + Float.isInfinite(3e38f * 10) + " " + Float.isFinite(Float.MAX_VALUE) + " " + Double.isFinite(Double.NaN));
        System.out.println("bits: " + Integer.toHexString(Float.floatToIntBits(-0.0f)) + " " + Long.toHexString(Double.doubleToLongBits(-0.0))
            + " " + Float.intBitsToFloat(0x7f800001) + " " + Integer.toHexString(Float.floatToIntBits(Float.intBitsToFloat(0x7fc00123)))
            + " " + Double.longBitsToDouble(0x3ff0000000000001L) + " " + Float.intBitsToFloat(1));
    }
}
