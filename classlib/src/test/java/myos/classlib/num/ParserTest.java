package myos.classlib.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link FloatingDecimalParser} against JDK 25's Double.parseDouble / Float.parseFloat. */
@Tag("host")
class ParserTest {

    static final String[] SYNTAX = {"", "  ", "\u0000", "abc", "1", "-1", "+1", "1.", ".1", ".",
        "-.", "+", "-", "1e", "1e+", "1e-", "1e5", "1E-5", "1.5e+3f", "1.5D", " 12 ", "\t1\n",
        "NaN", "-NaN", "+NaN", "nan", "NaNx", "NaN ", "+Infinity", "-Infinity", "Infinity",
        "infinity", "Infinityx", "Infinity ", " Infinit", "-Infinity d", "0x1p1", "0x1.8p1",
        "0X.8P-1", "0x1", "0x1.p", "0xp1", "0x.p1", "0x1p", "0x1P+", "0x1.0p1d", "0x1.0p1x",
        "-0x0p0", "0x0.0000p-99999999999", "0x1p99999999999", "1..2", "1.2.3", "..", "0x1.2.3p1",
        "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1.fffffffp127",
        "0x1.ffffffp127", "0x1.fffffefp127", "0x1p-1075", "0x1.0000000000001p-1075",
        "0x1p-1074", "0x1p-150", "0x1.000001p-150", "0x1p-149", "0x0.00000000000008p-1022",
        "0x123456789abcdef0123456789p-99", "0x.000000000000000000000001p0", "1f", "1ff", "1d ",
        "1fd", "1e5f", "1e5e5", "1 e5", "1e 5", "0x1.8p1f", "1_0", "1e1_", " - 1", "0x", "0x1p1.5",
        "\u0663", "\uff11", "1\u00a0", "\u00a01", "1e+-5", "+-1", "00000.0000", "-0", "-0.0e5",
        "0e999999999999", "1e99999999999999", "1e-9999999999999", "0.0e-99999999999",
        "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47e-324",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
        "1e308", "1e309", "1e400", "1e-400", "3.4028235e38", "3.4028236e38", "3.40282357e38",
        "1.4e-45", "7e-46", "7.0064923216240854e-46", "7.1e-46", "1.17549435E-38",
        "2.2250738585072012e-308", "2.2250738585072011e-308", "2.2250738585072014E-308",
        "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000000000001",
        "1.00000017881393432617187499", "1.000000178813934326171875",
        "1.00000017881393432617187501", "16777217", "16777217.000000001", "33554434.9",
        "123456789012345678901234567890", "0.000001e-2", "1e23", "8.41e21", "1e22", "1e-22",
        "9.999999999999999e22", "1.0000000000000001", "0.1", "0.2", "0.30000000000000004",
        "1234567.0e-7", "100000000000000000000000000000000000000e-38", ".000e5", "0.e5", "0.e"};

    /** Decimal strings exactly between two adjacent values, and just beside them. */
    static void halfways(List<String> in, SplittableRandom r, int count) {
        for (int i = 0; i < count; i++) {
            double d = Math.abs(Double.longBitsToDouble(r.nextLong()));
            if (Double.isFinite(d) && Double.isFinite(Math.nextUp(d))) {
                BigDecimal m = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d)))
                        .divide(BigDecimal.valueOf(2));
                in.add(m.toString());
                in.add(m.add(m.ulp()).toString());
                in.add(m.subtract(m.ulp()).toString());
            }
            float f = Math.abs(Float.intBitsToFloat(r.nextInt()));
            if (Float.isFinite(f) && Float.isFinite(Math.nextUp(f))) {
                BigDecimal m = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f)))
                        .divide(BigDecimal.valueOf(2));
                in.add(m.toString());
                in.add(m.add(m.ulp()).toPlainString());
                in.add(m.subtract(m.ulp()).toString());
            }
        }
    }

    /** Random decimal significands of 1..25 digits, with point and exponent. */
    static String randomDecimal(SplittableRandom r) {
        int nd = 1 + r.nextInt(25);
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(4) == 0) {
            sb.append(r.nextBoolean() ? '-' : '+');
        }
        for (int j = 0; j < nd; j++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        if (r.nextBoolean()) {
            sb.insert(sb.length() - r.nextInt(nd + 1), '.');
        }
        if (r.nextInt(8) != 0) {
            sb.append(r.nextBoolean() ? 'e' : 'E').append(r.nextInt(720) - 360);
        }
        return sb.toString();
    }

    static String randomHex(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(r.nextBoolean() ? "0x" : "-0X");
        int nd = 1 + r.nextInt(20);
        for (int j = 0; j < nd; j++) {
            sb.append("0123456789abcdefABCDEF".charAt(r.nextInt(22)));
        }
        if (r.nextBoolean()) {
            sb.insert(sb.length() - r.nextInt(nd + 1), '.');
        }
        // exponents around both formats' ranges (float: 2^-149 .. 2^128)
        int exp = r.nextBoolean() ? r.nextInt(2300) - 1150 : r.nextInt(320) - 180;
        return sb.append('p').append(exp).toString();
    }

    static String render(String s, boolean jdk) {
        String d = Golden.outcome(() -> Long.toHexString(Double.doubleToRawLongBits(
                jdk ? Double.parseDouble(s) : FloatingDecimalParser.parseDouble(s))));
        String f = Golden.outcome(() -> Integer.toHexString(Float.floatToRawIntBits(
                jdk ? Float.parseFloat(s) : FloatingDecimalParser.parseFloat(s))));
        String shown = s != null && s.length() > 60
                ? Golden.quote(s.substring(0, 40)) + "...(" + s.length() + " chars, hash " + s.hashCode() + ")"
                : Golden.quote(s);
        return shown + " -> " + d + " / " + f;
    }

    static List<String> golden(boolean jdk) {
        List<String> in = new ArrayList<>(List.of(SYNTAX));
        StringBuilder big = new StringBuilder("1.");
        big.append("0".repeat(1100)).append('1');
        in.add(big.toString());
        in.add(big + "x");                     // long input: the message is shortened
        in.add("0.00" + big.substring(2) + "e-300");
        in.add("9".repeat(800) + "e-1100");
        SplittableRandom r = new SplittableRandom(25);
        halfways(in, r, 300);
        for (int i = 0; i < 1500; i++) {
            in.add(randomDecimal(r));
        }
        for (int i = 0; i < 500; i++) {
            in.add(randomHex(r));
        }
        List<String> out = new ArrayList<>();
        for (String s : in) {
            out.add(render(s, jdk));
        }
        out.add(render(null, jdk));
        return out;
    }

    /** Bulk set (digests): round trips, random decimal and hex strings, halfway cases. */
    static List<String> bulk(boolean jdk) {
        SplittableRandom r = new SplittableRandom(1990);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // JDK 25's shortest strings, whatever the running JDK (ToDecimalTest checks them)
            out.add("roundtrip " + render(DoubleToDecimal.toString(Double.longBitsToDouble(r.nextLong())), jdk));
            out.add("roundtripf " + render(FloatToDecimal.toString(Float.intBitsToFloat(r.nextInt())), jdk));
            out.add("decimal " + render(randomDecimal(r), jdk));
            if (i % 4 == 0) {
                out.add("hex " + render(randomHex(r), jdk));
            }
        }
        List<String> half = new ArrayList<>();
        halfways(half, r, 500);
        for (String s : half) {
            out.add("halfway " + render(s, jdk));
        }
        return out;
    }

    @Test
    void bulkCases() {
        Golden.checkBulk("parse");
    }

    @Test
    void goldenCases() {
        Golden.check("parse.txt");
    }

    @Test
    void goldenFileIsCurrent() {
        Golden.checkFile("parse.txt");
    }

    @Test
    void knownValues() {
        assertEquals(3.0, FloatingDecimalParser.parseDouble("0x1.8p1"));
        assertEquals(-0.0, FloatingDecimalParser.parseDouble(" -0 "));
        assertEquals(Double.MIN_VALUE, FloatingDecimalParser.parseDouble("2.4703282292062328e-324"));
        assertEquals(0.0, FloatingDecimalParser.parseDouble("2.4703282292062327e-324"));
        assertEquals(1.0000002f, FloatingDecimalParser.parseFloat("1.00000017881393432617187501"));
        assertEquals(1.0000001f, FloatingDecimalParser.parseFloat("1.00000017881393432617187499"));
        assertEquals(1.0f, FloatingDecimalParser.parseFloat("1.00000005960464477539062499"));
        assertEquals("empty String", assertThrows(NumberFormatException.class,
                () -> FloatingDecimalParser.parseDouble(" ")).getMessage());
        assertEquals("multiple points", assertThrows(NumberFormatException.class,
                () -> FloatingDecimalParser.parseFloat("1.2.3")).getMessage());
        assertEquals("For input string: \"abc\"", assertThrows(NumberFormatException.class,
                () -> FloatingDecimalParser.parseDouble("abc")).getMessage());
    }

    /** Round trips and random strings in bulk, only when the running JDK is the reference. */
    @Test
    void randomAgainstLiveJdk() {
        Assumptions.assumeTrue(Golden.LIVE, "needs JDK 25 as the running JVM");
        long seed = System.nanoTime();
        SplittableRandom r = new SplittableRandom(seed);
        List<String> in = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            in.add(Double.toString(Double.longBitsToDouble(r.nextLong())));
            in.add(Float.toString(Float.intBitsToFloat(r.nextInt())));
            in.add(randomDecimal(r));
            if (i % 10 == 0) {
                in.add(randomHex(r));
            }
        }
        halfways(in, r, 1000);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String s : in) {
            expected.add(render(s, true));
            actual.add(render(s, false));
        }
        Golden.compare("random parse, seed " + seed, expected, actual);
    }
}
