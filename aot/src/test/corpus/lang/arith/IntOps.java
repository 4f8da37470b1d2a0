package corpus.lang.arith;

/** int arithmetic at the boundaries: overflow, division, remainder, negation. */
public class IntOps {
    static final int[] V = {0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 100, -100, 12345, -12345,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 0x10000, 0xFFFF, 46341, -46341};

    public static void main(String[] args) {
        long sum = 0;
        for (int a : V) {
            for (int b : V) {
                int add = a + b, sub = a - b, mul = a * b;
                String line = a + " " + b + ": + " + add + " - " + sub + " * " + mul;
                if (b != 0) {
                    line += " / " + (a / b) + " % " + (a % b);
                    sum += a / b + a % b;
                }
                sum += add ^ sub ^ mul;
                System.out.println(line);
            }
            System.out.println("neg " + a + " = " + (-a) + " abs " + Math.abs(a) + " ~ " + (~a));
        }
        System.out.println("MIN/-1 = " + (Integer.MIN_VALUE / -1) + ", MIN%-1 = " + (Integer.MIN_VALUE % -1));
        int m = Integer.MIN_VALUE, n = -1;
        System.out.println("var MIN/-1 = " + (m / n) + ", var MIN%-1 = " + (m % n));
        System.out.println("MAX+1 = " + (Integer.MAX_VALUE + 1) + ", MIN-1 = " + (Integer.MIN_VALUE - 1));
        System.out.println("MAX*MAX = " + (Integer.MAX_VALUE * Integer.MAX_VALUE) + ", MIN*-1 = " + (m * n));
        System.out.println("checksum " + sum);
    }
}
