package corpus.lang.arith;

/**
 * Math.multiplyHigh (compiled to one 128-bit multiply) and the unsigned form built on it against
 * JDK 25 on boundary values and a deterministic stream of pairs, and the double/float
 * printing that uses them (Schubfach's rounding of the 128-bit product).
 */
public class MultiplyHigh {
    static final long[] EDGES = {
        0, 1, -1, 2, -2, 3, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
        0xFFFF_FFFFL, 0x1_0000_0000L, -0x1_0000_0000L, 0x7FFF_FFFFL, 0x8000_0000L, Integer.MIN_VALUE,
        0x5555_5555_5555_5555L, 0xAAAA_AAAA_AAAA_AAAAL, 1L << 62, -(1L << 62), 10_000_000_000_000_000L,
    };

    /** Math.unsignedMultiplyHigh (JDK 18) as its javadoc defines it, for --release 17. */
    static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + (y & (x >> 63)) + (x & (y >> 63));
    }

    public static void main(String[] args) {
        for (long x : EDGES) {
            StringBuilder b = new StringBuilder();
            for (long y : EDGES) b.append(Math.multiplyHigh(x, y)).append(' ').append(unsignedMultiplyHigh(x, y)).append(' ');
            System.out.println(Long.toHexString(x) + ": " + b.toString().hashCode() + " " + Math.multiplyHigh(x, x) + " " + unsignedMultiplyHigh(x, -x));
        }
        long seed = 0x9E3779B97F4A7C15L, sum = 0, usum = 0, ssum = 0;
        for (int i = 0; i < 200_000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long x = seed ^ (seed >>> 29);
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long y = (seed >> (i & 63)) ^ (i << 7);
            sum = sum * 31 + Math.multiplyHigh(x, y);
            usum = usum * 31 + unsignedMultiplyHigh(x, y);
            ssum = ssum * 31 + StrictMath.multiplyHigh(y, x);
            if (Math.multiplyHigh(x, y) != StrictMath.multiplyHigh(y, x)) System.out.println("not commutative at " + i);
        }
        System.out.println("stream " + sum + " " + usum + " " + ssum);
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double v = Double.longBitsToDouble(seed >>> 1);
            float f = Float.intBitsToFloat((int) (seed >>> 33));
            d.append(v).append(f);
        }
        System.out.println("printed " + d.length() + " " + d.toString().hashCode());
        System.out.println(1e23 + " " + 2.0E-3 + " " + 9.007199254740993E15 + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE + " " + 1.0E-45f);
    }
}
