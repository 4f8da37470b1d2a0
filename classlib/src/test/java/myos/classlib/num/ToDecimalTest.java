package myos.classlib.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link DoubleToDecimal} / {@link FloatToDecimal} against JDK 25's Double/Float.toString. */
@Tag("host")
class ToDecimalTest {

    /** Edge cases: zeros, subnormals, powers of two and ten, format switch points. */
    static List<Double> edgeDoubles() {
        List<Double> v = new ArrayList<>();
        double[] fixed = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 2 * Double.MIN_VALUE,
            3 * Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
            Double.MAX_VALUE, 1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e7, Math.nextDown(1e7),
            1e-3, Math.nextDown(1e-3), 9999999.999999998, 1e23, 8.41e21, 5e-324,
            2.2250738585072014E-308, 1.2345678901234567E-300, 4.35E-322, 123456789012345680.0,
            9007199254740992.0, 9007199254740993.0, 2e22, 1e22, 1.7976931348623157E308};
        for (double d : fixed) {
            v.add(d);
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            v.add(p);
            v.add(Math.nextUp(p));
            v.add(Math.nextDown(p));
        }
        for (int e = -325; e <= 309; e++) {
            double p = Double.parseDouble("1e" + e);
            v.add(p);
            v.add(Math.nextUp(p));
            v.add(Math.nextDown(p));
        }
        for (long t = 1; t < 40; t++) {   // tiny subnormals, the C_TINY path
            v.add(Double.longBitsToDouble(t));
        }
        return v;
    }

    static List<Float> edgeFloats() {
        List<Float> v = new ArrayList<>();
        float[] fixed = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE, Float.MIN_NORMAL, Math.nextDown(Float.MIN_NORMAL), Float.MAX_VALUE,
            1f, 0.1f, 0.3f, 1f / 3, 1e7f, Math.nextDown(1e7f), 1e-3f, Math.nextDown(1e-3f),
            2.0E-3f, 1.0E10f, 8.0E-45f, 3.4028235E38f, 1.17549435E-38f, 33554432f, 16777217f};
        for (float f : fixed) {
            v.add(f);
        }
        for (int e = -149; e <= 127; e++) {
            float p = Math.scalb(1f, e);
            v.add(p);
            v.add(Math.nextUp(p));
            v.add(Math.nextDown(p));
        }
        for (int e = -46; e <= 39; e++) {
            float p = Float.parseFloat("1e" + e);
            v.add(p);
            v.add(Math.nextUp(p));
            v.add(Math.nextDown(p));
        }
        for (int t = 1; t < 40; t++) {
            v.add(Float.intBitsToFloat(t));
        }
        return v;
    }

    /** Golden case set: the edge cases and 500 random patterns of each type (more in bulk). */
    static List<String> golden(boolean jdk) {
        List<String> out = new ArrayList<>();
        List<Double> ds = edgeDoubles();
        SplittableRandom r = new SplittableRandom(2026);
        for (int i = 0; i < 500; i++) {
            ds.add(Double.longBitsToDouble(r.nextLong()));
        }
        for (double d : ds) {
            String s = jdk ? Double.toString(d) : DoubleToDecimal.toString(d);
            out.add("d " + Long.toHexString(Double.doubleToRawLongBits(d)) + " -> " + s);
        }
        List<Float> fs = edgeFloats();
        for (int i = 0; i < 500; i++) {
            fs.add(Float.intBitsToFloat(r.nextInt()));
        }
        for (float f : fs) {
            String s = jdk ? Float.toString(f) : FloatToDecimal.toString(f);
            out.add("f " + Integer.toHexString(Float.floatToRawIntBits(f)) + " -> " + s);
        }
        return out;
    }

    /** Bulk set (digests): 300000 random bit patterns of each type. */
    static List<String> bulk(boolean jdk) {
        List<String> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(19);
        for (int i = 0; i < 300_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            out.add("d " + (jdk ? Double.toString(d) : DoubleToDecimal.toString(d)));
            float f = Float.intBitsToFloat(r.nextInt());
            out.add("f " + (jdk ? Float.toString(f) : FloatToDecimal.toString(f)));
        }
        return out;
    }

    @Test
    void bulkCases() {
        Golden.checkBulk("tostring");
    }

    @Test
    void goldenCases() {
        Golden.check("tostring.txt");
    }

    @Test
    void goldenFileIsCurrent() {
        Golden.checkFile("tostring.txt");
    }

    @Test
    void knownStrings() {
        // independent of the reference JDK: the JDK 19+ javadoc's examples and the format rules
        assertEquals("1.0E10", DoubleToDecimal.toString(1e10));
        assertEquals("1.0E-5", DoubleToDecimal.toString(1e-5));
        assertEquals("0.001", DoubleToDecimal.toString(0.001));
        assertEquals("1234567.0", DoubleToDecimal.toString(1234567));
        assertEquals("1.2345678E7", DoubleToDecimal.toString(12345678));
        assertEquals("-0.0", DoubleToDecimal.toString(-0.0));
        assertEquals("-Infinity", DoubleToDecimal.toString(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", DoubleToDecimal.toString(Double.NaN));
        assertEquals("4.9E-324", DoubleToDecimal.toString(Double.MIN_VALUE));
        assertEquals("1.7976931348623157E308", DoubleToDecimal.toString(Double.MAX_VALUE));
        assertEquals("0.002", FloatToDecimal.toString(2.0E-3f));
        assertEquals("1.0E23", DoubleToDecimal.toString(1e23));
        assertEquals("2.0E23", DoubleToDecimal.toString(2e23));
        // JDK-4511638: JDK 17 printed 2.82879384806159008E17 (not the shortest)
        assertEquals("2.82879384806159E17", DoubleToDecimal.toString(2.82879384806159E17));
        assertEquals("1.4E-45", FloatToDecimal.toString(Float.MIN_VALUE));
        assertEquals("3.4028235E38", FloatToDecimal.toString(Float.MAX_VALUE));
        assertEquals("1.0E-10", FloatToDecimal.toString(1e-10f));
        StringBuilder sb = new StringBuilder("x=");
        DoubleToDecimal.appendTo(0.5, sb);
        FloatToDecimal.appendTo(-2.5f, sb.append(','));
        assertEquals("x=0.5,-2.5", sb.toString());
    }

    /** Millions of random bit patterns, only when the running JDK is the reference. */
    @Test
    void randomAgainstLiveJdk() {
        Assumptions.assumeTrue(Golden.LIVE, "needs JDK 25 as the running JVM");
        SplittableRandom r = new SplittableRandom(System.nanoTime());
        long seed = r.nextLong();
        r = new SplittableRandom(seed);
        for (int i = 0; i < 1_000_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            String e = Double.toString(d);
            String a = DoubleToDecimal.toString(d);
            if (!e.equals(a)) {
                assertEquals(e, a, "bits " + Long.toHexString(Double.doubleToRawLongBits(d)) + " seed " + seed);
            }
            float f = Float.intBitsToFloat(r.nextInt());
            e = Float.toString(f);
            a = FloatToDecimal.toString(f);
            if (!e.equals(a)) {
                assertEquals(e, a, "bits " + Integer.toHexString(Float.floatToRawIntBits(f)) + " seed " + seed);
            }
        }
    }
}
