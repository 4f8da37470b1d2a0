package myos.classlib.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link IntegerFormat} against JDK 25's Integer and Long. */
@Tag("host")
class IntegerFormatTest {

    static final int[] RADICES = {-1, 0, 1, 2, 3, 7, 8, 10, 16, 32, 36, 37, 100};

    static final String[] INPUTS = {null, "", "0", "-0", "+0", "-", "+", "1", "-1", "+1", "12x",
        "x12", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295",
        "4294967296", "+4294967295", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
        "18446744073709551616", "99999999999999999999x", "7fffffff", "80000000", "ffffffff",
        "100000000", "-80000000", "7fffffffffffffff", "8000000000000000", "ffffffffffffffff",
        "10000000000000000", "Kona", "kona", "zzzzzz", "ZZZZZZZZZZZZZ", "1z141z3", "1y2p0ij32e8e7",
        "3w5e11264sgsf", "3w5e11264sgsg", "11111111111111111111111111111111",
        "1111111111111111111111111111111", "-10000000000000000000000000000000", " 1", "1 ",
        "1_000", "0x10", "\u0661\u0662\u0663", "\uff11\uff10", "\uff41\uff22", "\u0967\u0966",
        "\u19da", "\u00b2", "\u216b", "1.0", "++1", "--1", "+-1", "00000000000000000000000000001",
        "-00000000000000000000000000000002147483648", "177777777777", "37777777777",
        "1777777777777777777777", "2000000000000000000000"};

    static String ints(String s, int radix, boolean jdk) {
        return Golden.quote(s) + " r" + radix + " -> "
            + Golden.outcome(() -> jdk ? Integer.parseInt(s, radix) : IntegerFormat.parseInt(s, radix))
            + " | " + Golden.outcome(() -> jdk ? Long.parseLong(s, radix) : IntegerFormat.parseLong(s, radix))
            + " | " + Golden.outcome(() -> jdk ? Integer.parseUnsignedInt(s, radix)
                    : IntegerFormat.parseUnsignedInt(s, radix))
            + " | " + Golden.outcome(() -> jdk ? Long.parseUnsignedLong(s, radix)
                    : IntegerFormat.parseUnsignedLong(s, radix));
    }

    static String render(long v, int radix, boolean jdk) {
        int i = (int) v;
        return Long.toHexString(v) + " r" + radix + " -> "
            + (jdk ? Integer.toString(i, radix) : IntegerFormat.toString(i, radix)) + " "
            + (jdk ? Long.toString(v, radix) : IntegerFormat.toString(v, radix)) + " "
            + (jdk ? Integer.toUnsignedString(i, radix) : IntegerFormat.toUnsignedString(i, radix)) + " "
            + (jdk ? Long.toUnsignedString(v, radix) : IntegerFormat.toUnsignedString(v, radix)) + " "
            + (jdk ? Integer.toHexString(i) : IntegerFormat.toHexString(i)) + " "
            + (jdk ? Integer.toOctalString(i) : IntegerFormat.toOctalString(i)) + " "
            + (jdk ? Integer.toBinaryString(i) : IntegerFormat.toBinaryString(i)) + " "
            + (jdk ? Long.toHexString(v) : IntegerFormat.toHexString(v)) + " "
            + (jdk ? Long.toOctalString(v) : IntegerFormat.toOctalString(v)) + " "
            + (jdk ? Long.toBinaryString(v) : IntegerFormat.toBinaryString(v)) + " "
            + (jdk ? Integer.toString(i) + Long.toString(v) + Integer.toUnsignedString(i)
                    + Long.toUnsignedString(v)
                   : IntegerFormat.toString(i) + IntegerFormat.toString(v)
                    + IntegerFormat.toUnsignedString(i) + IntegerFormat.toUnsignedString(v));
    }

    static List<Long> values(SplittableRandom r, int count) {
        List<Long> v = new ArrayList<>(List.of(0L, 1L, -1L, 35L, 36L, -36L, (long) Integer.MAX_VALUE,
                (long) Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 0xFFFF_FFFFL,
                0x8000_0000L, Long.MIN_VALUE + 1));
        for (int i = 0; i < count; i++) {
            long x = r.nextLong();
            v.add(x >> r.nextInt(64));
        }
        return v;
    }

    static List<String> golden(boolean jdk) {
        List<String> out = new ArrayList<>();
        for (String s : INPUTS) {
            for (int radix : RADICES) {
                out.add(ints(s, radix, jdk));
            }
        }
        SplittableRandom r = new SplittableRandom(17);
        for (long v : values(r, 150)) {
            int radix = RADICES[r.nextInt(RADICES.length)];
            out.add(render(v, radix, jdk));
            String s = Long.toString(v, Math.max(2, Math.min(36, radix)));
            out.add(ints(s, radix, jdk));
            out.add(ints(Long.toUnsignedString(v, 16), 16, jdk));
        }
        return out;
    }

    /** Bulk set (digests): renderings and parses of random values in random radices. */
    static List<String> bulk(boolean jdk) {
        SplittableRandom r = new SplittableRandom(36);
        List<String> out = new ArrayList<>();
        for (long v : values(r, 8_000)) {
            int radix = 2 + r.nextInt(35);
            out.add("render " + render(v, radix, jdk));
            String s = Long.toUnsignedString(v, radix);
            if (r.nextInt(4) == 0) {
                s = s + "0123456789abcxyz".charAt(r.nextInt(16));
            }
            out.add("parse " + ints(s, radix, jdk));
        }
        return out;
    }

    @Test
    void bulkCases() {
        Golden.checkBulk("integer");
    }

    @Test
    void goldenCases() {
        Golden.check("integer.txt");
    }

    @Test
    void goldenFileIsCurrent() {
        Golden.checkFile("integer.txt");
    }

    /** Character.digit is a JDK 1.0 API; the host JDK (17 or 25) knows it for every char. */
    @Test
    void digitMatchesCharacterDigit() {
        for (int radix = -1; radix <= 40; radix++) {
            for (int c = 0; c <= 0xFFFF; c++) {
                int e = Character.digit((char) c, radix);
                int a = IntegerFormat.digit((char) c, radix);
                if (e != a) {
                    assertEquals(e, a, "char " + Integer.toHexString(c) + " radix " + radix);
                }
            }
        }
    }

    @Test
    void knownMessages() {
        assertEquals("For input string: \"12x\"", message(() -> IntegerFormat.parseInt("12x", 10)));
        assertEquals("For input string: \"12x\" under radix 16",
                message(() -> IntegerFormat.parseInt("12x", 16)));
        assertEquals("radix 1 less than Character.MIN_RADIX",
                message(() -> IntegerFormat.parseLong("1", 1)));
        assertEquals("radix 37 greater than Character.MAX_RADIX",
                message(() -> IntegerFormat.parseInt("1", 37)));
        assertEquals("String value 4294967296 exceeds range of unsigned int.",
                message(() -> IntegerFormat.parseUnsignedInt("4294967296", 10)));
        assertEquals("Illegal leading minus sign on unsigned string -1.",
                message(() -> IntegerFormat.parseUnsignedLong("-1", 10)));
        assertEquals(-2147483648, IntegerFormat.parseInt("-80000000", 16));
        assertEquals("-8000000000000000", IntegerFormat.toString(Long.MIN_VALUE, 16));
        assertEquals("18446744073709551615", IntegerFormat.toUnsignedString(-1L));
    }

    @Test
    void decimalHelpers() {
        SplittableRandom r = new SplittableRandom(8);
        for (long v : values(r, 200_000)) {
            String e = Long.toString(v);
            assertEquals(e.length(), IntegerFormat.stringSize(v), e);
            assertEquals(e, IntegerFormat.appendTo(v, new StringBuilder()).toString());
            assertEquals(e, IntegerFormat.toString(v));
            char[] buf = new char[25];
            int start = IntegerFormat.getChars(v, 25, buf);
            assertEquals(e, new String(buf, start, 25 - start));
        }
        for (long p = 1; p > 0 && p < Long.MAX_VALUE / 10; p *= 10) {
            for (long v : new long[] {p - 1, p, p + 1, -p + 1, -p, -p - 1}) {
                assertEquals(Long.toString(v).length(), IntegerFormat.stringSize(v), "" + v);
            }
        }
    }

    static String message(Runnable r) {
        try {
            r.run();
            return "no exception";
        } catch (NumberFormatException e) {
            return e.getMessage();
        }
    }

    @Test
    void randomAgainstLiveJdk() {
        Assumptions.assumeTrue(Golden.LIVE, "needs JDK 25 as the running JVM");
        long seed = System.nanoTime();
        SplittableRandom r = new SplittableRandom(seed);
        List<String> e = new ArrayList<>();
        List<String> a = new ArrayList<>();
        for (long v : values(r, 15_000)) {
            int radix = 2 + r.nextInt(35);
            e.add(render(v, radix, true));
            a.add(render(v, radix, false));
            String s = Long.toUnsignedString(v, radix);
            if (r.nextInt(4) == 0) {
                s = s + "0123456789abcxyz".charAt(r.nextInt(16));
            }
            e.add(ints(s, radix, true));
            a.add(ints(s, radix, false));
        }
        Golden.compare("random integers, seed " + seed, e, a);
    }
}
