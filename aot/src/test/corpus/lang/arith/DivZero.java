package corpus.lang.arith;

/** Division and remainder by zero throw ArithmeticException("/ by zero"); floating point does not. */
public class DivZero {
    static int zero() { return 0; }
    static long lzero() { return 0L; }

    public static void main(String[] args) {
        int[] nums = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int a : nums) {
            try {
                System.out.println("int / " + (a / zero()));
            } catch (ArithmeticException e) {
                System.out.println(a + " / 0: " + e.getMessage() + " | " + e);
            }
            try {
                System.out.println("int % " + (a % zero()));
            } catch (ArithmeticException e) {
                System.out.println(a + " % 0: " + e.getMessage());
            }
            try {
                long l = a;
                System.out.println("long / " + (l / lzero()));
            } catch (ArithmeticException e) {
                System.out.println(a + "L / 0L: " + e.getMessage());
            }
            try {
                long l = a;
                System.out.println("long % " + (l % lzero()));
            } catch (ArithmeticException e) {
                System.out.println(a + "L % 0L: " + e.getMessage());
            }
            double d = a;
            System.out.println("double: " + (d / 0.0) + " " + (d % 0.0) + " " + (d / -0.0));
            float f = a;
            System.out.println("float: " + (f / 0.0f) + " " + (f % 0.0f) + " " + (-f / 0.0f));
        }
        int x = 10;
        try {
            x /= zero();
        } catch (ArithmeticException e) {
            System.out.println("compound /=: " + e.getMessage() + ", x still " + x);
        }
        try {
            x %= zero();
        } catch (ArithmeticException e) {
            System.out.println("compound %=: " + e.getMessage() + ", x still " + x);
        }
        // The divisor is evaluated after the dividend; a side effect in the dividend happens first.
        int[] counter = {0};
        try {
            int r = (counter[0]++ + 5) / zero();
            System.out.println(r);
        } catch (ArithmeticException e) {
            System.out.println("counter " + counter[0]);
        }
        System.out.println("Math.floorDiv(-7, 2) = " + Math.floorDiv(-7, 2) + " floorMod(-7, 2) = " + Math.floorMod(-7, 2));
        try {
            Math.floorMod(3, 0);
        } catch (ArithmeticException e) {
            System.out.println("floorMod by zero: " + e.getMessage());
        }
        try {
            System.out.println(Math.addExact(Integer.MAX_VALUE, 1));
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.multiplyExact(Long.MAX_VALUE, 2L));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.toIntExact(1L << 40));
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getMessage());
        }
    }
}
