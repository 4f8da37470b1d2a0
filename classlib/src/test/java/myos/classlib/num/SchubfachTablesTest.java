package myos.classlib.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Recomputes the Schubfach tables and helpers with exact arithmetic. */
@Tag("host")
class SchubfachTablesTest {

    @Test
    void powersOfTenTable() {
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = SchubfachTables.K_MIN; k <= SchubfachTables.K_MAX_EXTENDED; k++) {
            int r = SchubfachTables.flog2pow10(-k) - 125;   // 10^-k = beta 2^r
            BigInteger p = BigInteger.TEN.pow(Math.abs(k));
            BigInteger beta = k <= 0
                    ? (r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r))
                    : BigInteger.ONE.shiftLeft(-r).divide(p);
            BigInteger g = beta.add(BigInteger.ONE);
            assertEquals(126, g.bitLength(), "k=" + k);
            assertEquals(g.shiftRight(63).longValueExact(), SchubfachTables.g1(k), "g1 k=" + k);
            assertEquals(g.and(mask63).longValueExact(), SchubfachTables.g0(k), "g0 k=" + k);
        }
    }

    @Test
    void logarithms() {
        for (int e = -2000; e <= 2000; e++) {
            // floor(log10(2^e)), floor(log10(3/4 2^e)), floor(log2(10^e)) by exact comparison
            assertEquals(floorLog(BigInteger.TWO, e, 10, 1, 1), SchubfachTables.flog10pow2(e), "e=" + e);
            assertEquals(floorLog(BigInteger.TWO, e, 10, 3, 4),
                    SchubfachTables.flog10threeQuartersPow2(e), "e=" + e);
            if (Math.abs(e) <= 1000) {
                assertEquals(floorLog(BigInteger.TEN, e, 2, 1, 1), SchubfachTables.flog2pow10(e), "e=" + e);
            }
        }
    }

    /** floor(log_base(num/den * b^e)) by exact search. */
    private static int floorLog(BigInteger b, int e, int base, int num, int den) {
        // x = num * b^e / den as a fraction xn / xd
        BigInteger xn = BigInteger.valueOf(num);
        BigInteger xd = BigInteger.valueOf(den);
        if (e >= 0) {
            xn = xn.multiply(b.pow(e));
        } else {
            xd = xd.multiply(b.pow(-e));
        }
        int k = (int) Math.floor((Math.log(num / (double) den) + e * Math.log(b.doubleValue()))
                / Math.log(base)) - 2;
        BigInteger bb = BigInteger.valueOf(base);
        while (cmpPow(xn, xd, bb, k + 1) >= 0) {
            k++;
        }
        return k;
    }

    /** sign of xn/xd - base^k */
    private static int cmpPow(BigInteger xn, BigInteger xd, BigInteger base, int k) {
        return k >= 0 ? xn.compareTo(xd.multiply(base.pow(k)))
                      : xn.multiply(base.pow(-k)).compareTo(xd);
    }

    @Test
    void multiplyHigh() {
        SplittableRandom r = new SplittableRandom(5);
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        for (int i = 0; i < 100_000; i++) {
            long x = r.nextLong() >>> r.nextInt(64);
            long y = r.nextLong() >>> r.nextInt(64);
            BigInteger p = new BigInteger(Long.toUnsignedString(x))
                    .multiply(new BigInteger(Long.toUnsignedString(y)));
            assertEquals(p.divide(two64).longValue(), SchubfachTables.unsignedMultiplyHigh(x, y));
        }
    }
}
