package corpus.lang.arith;

/** Comparisons with NaN (fcmpl/fcmpg, dcmpl/dcmpg): every relational operator, both operand orders. */
public class NaNCompare {
    static String rel(double a, double b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
            + (a == b ? "==" : "") + (a != b ? "!=" : "") + (!(a < b) ? "!<" : "") + (!(a > b) ? "!>" : "");
    }

    static String relf(float a, float b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
            + (a == b ? "==" : "") + (a != b ? "!=" : "") + (!(a <= b) ? "!<=" : "") + (!(a >= b) ? "!>=" : "");
    }

    static int branchy(double a, double b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a > b) r |= 2;
        if (a == b) r |= 4;
        if (a <= b) r |= 8;
        if (a >= b) r |= 16;
        if (a != b) r |= 32;
        while (a < b) { r |= 64; break; }
        return r;
    }

    public static void main(String[] args) {
        double[] ds = {Double.NaN, 0.0, -0.0, 1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double a : ds) for (double b : ds) {
            System.out.println(a + " ? " + b + " : " + rel(a, b) + " " + branchy(a, b) + " cmp " + Double.compare(a, b));
        }
        float[] fs = {Float.NaN, 0.0f, -0.0f, 1.5f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (float a : fs) for (float b : fs) {
            System.out.println(a + " ?f " + b + " : " + relf(a, b) + " cmp " + Float.compare(a, b));
        }
        double nan = 0.0 / 0.0;
        System.out.println("nan == nan " + (nan == nan) + ", nan != nan " + (nan != nan) + ", isNaN " + Double.isNaN(nan));
        System.out.println("Double.valueOf(NaN).equals(NaN) " + Double.valueOf(nan).equals(Double.NaN)
            + ", 0.0 equals -0.0 " + Double.valueOf(0.0).equals(-0.0) + ", 0.0 == -0.0 " + (0.0 == -0.0));
        System.out.println("min/max: " + Math.min(0.0, -0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(nan, 1.0)
            + " " + Math.max(1.0f, Float.NaN) + " " + Math.min(-0.0f, 0.0f));
        // a ternary on a NaN compare
        float f = Float.NaN;
        int t = f > 0 ? 1 : f < 0 ? -1 : f == 0 ? 0 : 99;
        System.out.println("ternary " + t);
        System.out.println("bits " + Long.toHexString(Double.doubleToLongBits(nan)) + " " + Integer.toHexString(Float.floatToIntBits(f)));
    }
}
