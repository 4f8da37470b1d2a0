package corpus.lang.arith;

/** The same expressions folded by javac (constants) and computed at run time (from non-constant values) must agree. */
public class ConstantFolding {
    static final int CI = Integer.MAX_VALUE;
    static final long CL = Long.MIN_VALUE;
    static final double CD = 1e308;
    static final float CF = 3.4e38f;

    static int i(int v) { return v; }
    static long l(long v) { return v; }
    static double d(double v) { return v; }
    static float f(float v) { return v; }

    public static void main(String[] args) {
        System.out.println((CI + 1) + " " + (i(CI) + 1));
        System.out.println((CI * 3) + " " + (i(CI) * 3));
        System.out.println((CL - 1) + " " + (l(CL) - 1));
        System.out.println((CL / -1) + " " + (l(CL) / l(-1)));
        System.out.println((Integer.MIN_VALUE % -1) + " " + (i(Integer.MIN_VALUE) % i(-1)));
        System.out.println((1 << 33) + " " + (i(1) << i(33)));
        System.out.println((-1 >>> 28) + " " + (i(-1) >>> i(28)));
        System.out.println((1L << 65) + " " + (l(1) << i(65)));
        System.out.println((-17 >> 2) + " " + (i(-17) >> i(2)) + " " + (-17 / 4) + " " + (i(-17) / i(4)) + " " + (-17 % 4) + " " + (i(-17) % i(4)));
        System.out.println((CD * 10) + " " + (d(CD) * 10));
        System.out.println((CF * 10) + " " + (f(CF) * 10));
        System.out.println(((int) 1e20) + " " + ((int) d(1e20)));
        System.out.println(((long) -1e30) + " " + ((long) d(-1e30)));
        System.out.println(((int) Double.NaN) + " " + ((int) d(Double.NaN)));
        System.out.println(((char) -1.5) + 0 + " " + ((char) d(-1.5) + 0));
        System.out.println(((byte) 300.7) + " " + ((byte) d(300.7)));
        System.out.println(((short) 1e10) + " " + ((short) d(1e10)));
        System.out.println(((float) 1e-50) + " " + ((float) d(1e-50)));
        System.out.println(((float) 16777217) + " " + ((float) i(16777217)));
        System.out.println(((double) 9007199254740993L) + " " + ((double) l(9007199254740993L)));
        System.out.println((5.5 % -2.5) + " " + (d(5.5) % d(-2.5)));
        System.out.println((1.0 / 0) + " " + (d(1.0) / i(0)));
        System.out.println((0.0 / 0.0 == 0.0 / 0.0) + " " + (d(0.0) / d(0.0) == d(0.0) / d(0.0)));
        System.out.println(('a' + 'b') + " " + (char) ('a' + 1) + " " + (i('a') + i('b')));
        System.out.println((0x7fffffff + 0x7fffffff) + " " + (i(0x7fffffff) + i(0x7fffffff)));
        System.out.println((~0L >>> 1) + " " + (~l(0) >>> 1));
        System.out.println((float) 0.1 + " " + f((float) d(0.1)));
        System.out.println((0.1f + 0.2f) + " " + (f(0.1f) + f(0.2f)));
        System.out.println((0.1f * 0.1f) + " " + (f(0.1f) * f(0.1f)) + " " + (double) (0.1f * 0.1f));
        System.out.println((100.0f / 3.0f) + " " + (f(100.0f) / f(3.0f)));
        System.out.println((1e-45f / 2) + " " + (f(1e-45f) / 2));
        System.out.println(("" + 1.0f / 3) + " " + (f(1.0f) / 3));
    }
}
