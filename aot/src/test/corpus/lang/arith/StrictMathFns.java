package corpus.lang.arith;

/**
 * StrictMath (fdlibm: results are specified bit for bit) and the exactly specified Math functions
 * (sqrt, abs, floor, ceil, rint, min/max, copySign, nextUp, scalb, fma...). Math.sin and friends are
 * printed only to a few digits since HotSpot may use intrinsics within 1 ulp.
 */
public class StrictMathFns {
    static String bits(double d) { return d + "(" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")"; }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 0.5, 1.0, -1.0, 2.0, Math.PI / 4, Math.PI, 10.0, 100.5, 1e-10, 1e10, 1e300, -7.25, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 0.7853981633974483, 3.0e-320};
        for (double x : xs) {
            System.out.println(x + ": sin " + StrictMath.sin(x) + " cos " + StrictMath.cos(x) + " tan " + StrictMath.tan(x)
                + " exp " + StrictMath.exp(x) + " log " + StrictMath.log(x) + " log10 " + StrictMath.log10(x) + " sqrt " + StrictMath.sqrt(x)
                + " cbrt " + StrictMath.cbrt(x) + " atan " + StrictMath.atan(x) + " asin " + StrictMath.asin(x / 16) + " acos " + StrictMath.acos(x / 16)
                + " sinh " + StrictMath.sinh(x) + " cosh " + StrictMath.cosh(x) + " tanh " + StrictMath.tanh(x) + " expm1 " + StrictMath.expm1(x)
                + " log1p " + StrictMath.log1p(x) + " atan2 " + StrictMath.atan2(x, 1.5) + " hypot " + StrictMath.hypot(x, 3.0)
                + " pow " + StrictMath.pow(x, 1.5) + " pow2 " + StrictMath.pow(2.0, x));
        }
        System.out.println("pow special: " + StrictMath.pow(-2.0, 3.0) + " " + StrictMath.pow(-2.0, 0.5) + " " + StrictMath.pow(0.0, -1.0)
            + " " + StrictMath.pow(-0.0, -3.0) + " " + StrictMath.pow(1.0, Double.NaN) + " " + StrictMath.pow(Double.NaN, 0.0) + " " + Math.pow(2, 10)
            + " " + Math.pow(10, -2) + " " + Math.pow(-1, Double.POSITIVE_INFINITY));
        double acc = 0;
        for (int i = 1; i <= 1000; i++) {
            double v = i * 0.37;
            acc += StrictMath.sin(v) * StrictMath.cos(v / 3) + StrictMath.log(v) - StrictMath.exp(-v) + StrictMath.atan2(v, i) + StrictMath.pow(v, 0.3);
        }
        System.out.println("accumulated " + bits(acc));
        for (double x : xs) {
            System.out.println(x + ": sqrt " + bits(Math.sqrt(x)) + " floor " + Math.floor(x) + " ceil " + Math.ceil(x) + " rint " + Math.rint(x)
                + " abs " + Math.abs(x) + " signum " + Math.signum(x) + " ulp " + Math.ulp(x) + " nextUp " + Math.nextUp(x)
                + " nextDown " + Math.nextDown(x) + " getExponent " + Math.getExponent(x) + " scalb " + Math.scalb(x, 3)
                + " copySign " + Math.copySign(2.0, x) + " toDegrees " + Math.toDegrees(x) + " IEEEremainder " + Math.IEEEremainder(x, 3.0));
        }
        // Math.fma is not in the class library yet (docs/CAVEATS.md): using it is a build error.
        System.out.println("float: " + Math.sqrt(2.0f) + " " + (float) Math.sqrt(2.0f) + " " + Math.abs(-3.5f) + " " + Math.signum(-0.0f)
            + " " + Math.ulp(1.0f) + " " + Math.nextAfter(1.0f, 2.0) + " " + Math.scalb(1.5f, -130) + " " + Math.getExponent(Float.MIN_VALUE));
        System.out.println("approx (3 digits): " + Math.round(Math.sin(1.0) * 1000) + " " + Math.round(Math.cos(1.0) * 1000) + " "
            + Math.round(Math.exp(2.0) * 1000) + " " + Math.round(Math.log(10.0) * 1000) + " " + Math.round(Math.atan2(1, 2) * 1000)
            + " " + Math.round(Math.tan(0.5) * 1000) + " " + Math.round(Math.pow(3.3, 2.2) * 1000) + " " + Math.round(Math.cbrt(27.5) * 1000));
        System.out.println("int math: " + Math.max(Integer.MIN_VALUE, -5) + " " + Math.min(Long.MAX_VALUE, 3L) + " " + Math.abs(Integer.MIN_VALUE)
            + " " + Math.abs(Long.MIN_VALUE) + " " + Math.negateExact(5) + " " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(7, -3)
            + " " + Math.multiplyHigh(Long.MAX_VALUE, 3L));
        try {
            Math.negateExact(Integer.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println("negateExact: " + e.getMessage());
        }
        try {
            Math.subtractExact(Long.MIN_VALUE, 1L);
        } catch (ArithmeticException e) {
            System.out.println("subtractExact: " + e.getMessage());
        }
        try {
            Math.incrementExact(Integer.MAX_VALUE);
        } catch (ArithmeticException e) {
            System.out.println("incrementExact: " + e.getMessage());
        }
    }
}
