package myos.classlib.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link FdLibm} bit for bit against JDK 25's StrictMath (NaNs compared as NaN). */
@Tag("host")
class FdLibmTest {

    static final String[] UNARY = {"sin", "cos", "tan", "asin", "acos", "atan", "exp", "expm1",
        "sinh", "cosh", "tanh", "log", "log10", "log1p", "sqrt", "cbrt"};
    static final String[] BINARY = {"atan2", "pow", "hypot", "IEEEremainder"};

    static DoubleUnaryOperator unary(String name, boolean jdk) {
        switch (name) {
            case "sin": return jdk ? StrictMath::sin : FdLibm::sin;
            case "cos": return jdk ? StrictMath::cos : FdLibm::cos;
            case "tan": return jdk ? StrictMath::tan : FdLibm::tan;
            case "asin": return jdk ? StrictMath::asin : FdLibm::asin;
            case "acos": return jdk ? StrictMath::acos : FdLibm::acos;
            case "atan": return jdk ? StrictMath::atan : FdLibm::atan;
            case "exp": return jdk ? StrictMath::exp : FdLibm::exp;
            case "expm1": return jdk ? StrictMath::expm1 : FdLibm::expm1;
            case "sinh": return jdk ? StrictMath::sinh : FdLibm::sinh;
            case "cosh": return jdk ? StrictMath::cosh : FdLibm::cosh;
            case "tanh": return jdk ? StrictMath::tanh : FdLibm::tanh;
            case "log": return jdk ? StrictMath::log : FdLibm::log;
            case "log10": return jdk ? StrictMath::log10 : FdLibm::log10;
            case "log1p": return jdk ? StrictMath::log1p : FdLibm::log1p;
            case "sqrt": return jdk ? StrictMath::sqrt : FdLibm::sqrt;
            case "cbrt": return jdk ? StrictMath::cbrt : FdLibm::cbrt;
            default: throw new IllegalArgumentException(name);
        }
    }

    static DoubleBinaryOperator binary(String name, boolean jdk) {
        switch (name) {
            case "atan2": return jdk ? StrictMath::atan2 : FdLibm::atan2;
            case "pow": return jdk ? StrictMath::pow : FdLibm::pow;
            case "hypot": return jdk ? StrictMath::hypot : FdLibm::hypot;
            case "IEEEremainder": return jdk ? StrictMath::IEEEremainder : FdLibm::IEEEremainder;
            default: throw new IllegalArgumentException(name);
        }
    }

    static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        Math.PI, Math.PI / 2, Math.PI / 4, 3 * Math.PI / 4, Math.E, 0x1p-28, 0x1p-29, 0x1p-54,
        0x1p-1022, 0x1p1023, 709.782712893384, 709.7827128933841, -745.1332191019411,
        -745.1332191019412, 710.4758600739439, 22.0, 0.41422, -0.2929, 1e300, 1e-300,
        0.975, 0.4375, 2.4375, 1.1875, 0x1p66, 0x1p52, 0x1p53, 0x1p31, 1e22, 1e200,
        1.0000000000000002, 0.9999999999999999, 5e-324, 1.5707963267948966, 2.0 * Math.PI};

    /** A random argument from one of several distributions. */
    static double arg(SplittableRandom r) {
        switch (r.nextInt(6)) {
            case 0: return Double.longBitsToDouble(r.nextLong());       // any bit pattern
            case 1: return (r.nextDouble() - 0.5) * 20;                  // [-10, 10)
            case 2: return (r.nextDouble() - 0.5) * 2000;                // [-1000, 1000)
            case 3: return (r.nextDouble() - 0.5) * 2.5;                 // around [-1, 1]
            case 4: return Math.scalb(r.nextDouble(), -r.nextInt(1080)); // tiny
            default: return Math.scalb(r.nextDouble() - 0.5, r.nextInt(1030));   // huge
        }
    }

    /** Arguments for pow: negative bases with integer exponents, near-1 bases, etc. */
    static double powArg(SplittableRandom r, boolean exponent) {
        switch (r.nextInt(5)) {
            case 0: return exponent ? (double) (r.nextInt(200) - 100) : arg(r);
            case 1: return exponent ? (r.nextDouble() - 0.5) * 2e4 : 1 + (r.nextDouble() - 0.5) * 1e-6;
            case 2: return exponent ? Math.scalb(r.nextDouble(), r.nextInt(64)) * (r.nextBoolean() ? 1 : -1)
                                    : -(r.nextDouble() * 100);
            default: return arg(r);
        }
    }

    static String bits(double d) {
        return d != d ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(d));
    }

    static void renderAll(List<String> out, boolean jdk, long seed, int perFunction) {
        SplittableRandom r = new SplittableRandom(seed);
        for (String name : UNARY) {
            DoubleUnaryOperator f = unary(name, jdk);
            List<Double> in = new ArrayList<>();
            for (double d : SPECIAL) {
                in.add(d);
                in.add(Math.nextUp(d));
                in.add(Math.nextDown(d));
            }
            for (int i = 0; i < perFunction; i++) {
                in.add(arg(r));
            }
            for (double x : in) {
                out.add(name + " " + bits(x) + " -> " + bits(f.applyAsDouble(x)));
            }
        }
        for (String name : BINARY) {
            DoubleBinaryOperator f = binary(name, jdk);
            List<double[]> in = new ArrayList<>();
            for (double x : SPECIAL) {
                for (int j = 0; j < 12; j++) {
                    double y = SPECIAL[(j * 7 + (int) (x * 13 % 11 + 11)) % SPECIAL.length];
                    in.add(new double[] {x, y});
                }
            }
            for (int i = 0; i < perFunction; i++) {
                boolean pow = name.equals("pow");
                in.add(new double[] {pow ? powArg(r, false) : arg(r), pow ? powArg(r, true) : arg(r)});
            }
            for (double[] xy : in) {
                out.add(name + " " + bits(xy[0]) + " " + bits(xy[1]) + " -> "
                        + bits(f.applyAsDouble(xy[0], xy[1])));
            }
        }
    }

    static List<String> golden(boolean jdk) {
        List<String> out = new ArrayList<>();
        renderAll(out, jdk, 1993, 300);
        return out;
    }

    /** Bulk set (digests): 40000 arguments per function. */
    static List<String> bulk(boolean jdk) {
        List<String> out = new ArrayList<>();
        renderAll(out, jdk, 20260101, 40_000);
        return out;
    }

    @Test
    void bulkCases() {
        Golden.checkBulk("fdlibm");
    }

    @Test
    void goldenCases() {
        Golden.check("fdlibm.txt");
    }

    @Test
    void goldenFileIsCurrent() {
        Golden.checkFile("fdlibm.txt");
    }

    /** sqrt is correctly rounded: Math.sqrt is an exact reference on any JDK. */
    @Test
    void sqrtIsCorrectlyRounded() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 300_000; i++) {
            double x = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : Double.longBitsToDouble(r.nextLong() >>> 12);
            assertEquals(bits(Math.sqrt(x)), bits(FdLibm.sqrt(x)), "sqrt " + x);
        }
        for (double x : SPECIAL) {
            assertEquals(bits(Math.sqrt(x)), bits(FdLibm.sqrt(x)), "sqrt " + x);
        }
    }

    @Test
    void randomAgainstLiveJdk() {
        Assumptions.assumeTrue(Golden.LIVE, "needs JDK 25 as the running JVM");
        long seed = System.nanoTime();
        List<String> e = new ArrayList<>();
        List<String> a = new ArrayList<>();
        renderAll(e, true, seed, 10_000);
        renderAll(a, false, seed, 10_000);
        Golden.compare("random StrictMath, seed " + seed, e, a);
    }
}
