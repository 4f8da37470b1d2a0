package corpus.lang.arith;

/** long arithmetic at the boundaries: overflow, division, remainder, negation. */
public class LongOps {
    static final long[] V = {0L, 1L, -1L, 2L, -3L, 7L, 1000000007L, -1000000007L, 0x7FFFFFFFL, 0x80000000L, -0x80000000L,
        0xFFFFFFFFL, 0x100000000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
        3037000500L, -3037000500L, 1L << 62};

    public static void main(String[] args) {
        long sum = 0;
        for (long a : V) {
            for (long b : V) {
                long add = a + b, sub = a - b, mul = a * b;
                StringBuilder sb = new StringBuilder();
                sb.append(a).append(' ').append(b).append(": + ").append(add).append(" - ").append(sub).append(" * ").append(mul);
                if (b != 0) {
                    sb.append(" / ").append(a / b).append(" % ").append(a % b);
                    sum += a / b - a % b;
                }
                sum = sum * 31 + (add ^ sub ^ mul);
                System.out.println(sb);
            }
            System.out.println("neg " + a + " = " + (-a) + " abs " + Math.abs(a) + " ~ " + (~a));
        }
        long m = Long.MIN_VALUE, n = -1;
        System.out.println("MIN/-1 = " + (m / n) + ", MIN%-1 = " + (m % n));
        System.out.println("MAX+1 = " + (Long.MAX_VALUE + 1) + ", MIN-1 = " + (Long.MIN_VALUE - 1));
        System.out.println("checksum " + sum);
        System.out.println("hex " + Long.toHexString(sum) + " " + Long.toHexString(m) + " " + Long.toBinaryString(5L) + " " + Long.toOctalString(-1L));
    }
}
