package myos.classlib.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link DecimalFastPath} on its own: whenever it decides, the result is the correctly
 * rounded double (Double.parseDouble is correctly rounded on every JDK since 1.x for
 * doubles), also when digits were dropped (t = 1); and it decides nearly always.
 */
@Tag("host")
class DecimalFastPathTest {

    @Test
    void decidedResultsAreCorrectlyRounded() {
        SplittableRandom r = new SplittableRandom(11);
        int decided = 0;
        int total = 100_000;
        for (int i = 0; i < total; i++) {
            long w = r.nextLong() >>> (4 + r.nextInt(60));
            if (w == 0) {
                w = 1;
            }
            int q = r.nextInt(620) - 300;
            boolean dropped = r.nextBoolean();
            if (dropped) {
                // as in the parser: digits are dropped only after 18 of them
                w = 100_000_000_000_000_000L + r.nextLong(900_000_000_000_000_000L);
            }
            // with dropped digits the value is w.5 * 10^q, inside [w, w + 1) * 10^q
            String s = w + (dropped ? "5e" + (q - 1) : "e" + q);
            double expected = Double.parseDouble(s);
            long bits = DecimalFastPath.round(w, dropped ? 1 : 0, q, 53, -1074, 1023);
            if (bits == DecimalFastPath.UNDECIDED) {
                continue;
            }
            decided++;
            long want = Double.isInfinite(expected) ? 0x7ff0_0000_0000_0000L
                    : Double.doubleToRawLongBits(expected);
            assertEquals(Long.toHexString(want), Long.toHexString(bits), s);
        }
        // undecided: a boundary inside the bracket,
        // which with dropped digits (relative width 10^-17 ~ 2^-56) happens ~1 time in 8
        assertTrue(decided > total * 85 / 100, "decided only " + decided + " of " + total);
    }

    @Test
    void floatResultsAreCorrectlyRounded() {
        // the float reference: round the exact double-rounding-free way, via the parser's
        // exact path (BigNat), which the golden/live parse tests pin to JDK 25
        SplittableRandom r = new SplittableRandom(12);
        for (int i = 0; i < 50_000; i++) {
            long w = r.nextLong() >>> (4 + r.nextInt(60));
            int q = r.nextInt(90) - 50;
            long bits = DecimalFastPath.round(Math.max(w, 1), 0, q, 24, -149, 127);
            if (bits == DecimalFastPath.UNDECIDED) {
                continue;
            }
            float expected = FloatingDecimalParser.parseFloat(Math.max(w, 1) + "e" + q);
            long want = Float.isInfinite(expected) ? 0x7ff0_0000_0000_0000L
                    : Float.floatToRawIntBits(expected);
            assertEquals(Long.toHexString(want), Long.toHexString(bits), w + "e" + q);
        }
    }

    /** The exact (BigNat) path on its own, on inputs the fast paths would have taken. */
    @Test
    void exactPathIsCorrectlyRounded() {
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < 20_000; i++) {
            int n = 1 + r.nextInt(i % 10 == 0 ? 60 : 19);
            byte[] digits = new byte[n];
            for (int j = 0; j < n; j++) {
                digits[j] = (byte) ('0' + (j == 0 ? 1 + r.nextInt(9) : r.nextInt(10)));
            }
            int k = r.nextInt(680) - 360 - n / 2;
            String s = new String(digits, java.nio.charset.StandardCharsets.US_ASCII) + "e" + k;
            double expected = Double.parseDouble(s);
            if (expected == 0 || Double.isInfinite(expected)) {
                continue;          // the caller handles these before the exact path
            }
            assertEquals(Long.toHexString(Double.doubleToRawLongBits(expected)),
                    Long.toHexString(FloatingDecimalParser.exact(1, false, digits, n, k)), s);
        }
    }

    @Test
    void bitLength() {
        assertEquals(0, DecimalFastPath.bitLength(0));
        for (int i = 0; i < 64; i++) {
            assertEquals(i + 1, DecimalFastPath.bitLength(1L << i));
            assertEquals(64 - Long.numberOfLeadingZeros((1L << i) - 1),
                    DecimalFastPath.bitLength((1L << i) - 1));
        }
    }
}
