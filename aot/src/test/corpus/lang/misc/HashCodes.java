package corpus.lang.misc;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** hashCode of strings, boxed types, Arrays, Lists, Objects.hash, booleans, enums by name only. */
public class HashCodes {
    public static void main(String[] args) {
        String[] strs = {"", "a", "hello", "Hello, World!", "\u00e9\u00e8", "\u4e2d\u6587", "AaAaAaAa", "the quick brown fox jumps over the lazy dog"};
        for (String s : strs) System.out.print(s.hashCode() + " ");
        System.out.println();
        System.out.println(Integer.hashCode(-5) + " " + Long.hashCode(-5L) + " " + Long.valueOf(1L << 32).hashCode() + " " + Double.hashCode(-0.0)
            + " " + Double.hashCode(Double.NaN) + " " + Float.hashCode(Float.NaN) + " " + Float.hashCode(-1.5f) + " " + Boolean.hashCode(true)
            + " " + Boolean.hashCode(false) + " " + Character.hashCode('Z') + " " + Short.hashCode((short) -1) + " " + Byte.hashCode((byte) -1)
            + " " + Double.valueOf(Math.PI).hashCode() + " " + Long.hashCode(Long.MIN_VALUE));
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 40, -1}) + " "
            + Arrays.hashCode(new double[] {0.5, -0.0}) + " " + Arrays.hashCode(new Object[] {"a", 1, null}) + " " + Arrays.hashCode((int[]) null)
            + " " + Arrays.hashCode(new byte[] {-1, 0, 1}) + " " + Arrays.hashCode(new char[] {'x'}) + " " + Arrays.hashCode(new boolean[] {true, false})
            + " " + Arrays.deepHashCode(new Object[] {new int[] {1}, new String[] {"s"}}) + " " + Arrays.hashCode(new float[] {1f, Float.NaN}));
        System.out.println(List.of(1, 2, 3).hashCode() + " " + Arrays.asList("x", "y").hashCode() + " " + Objects.hash(1, "a", null, 2.0)
            + " " + Objects.hashCode(null) + " " + Objects.hash() + " " + List.of().hashCode());
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN})
            + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.deepEquals(new int[][] {{1}}, new int[][] {{1}})
            + " " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + new int[0].equals(new int[0]));
        long h = 0;
        for (int i = 0; i < 10000; i++) h = 31 * h + ("k" + i).hashCode() + Integer.valueOf(i).hashCode() + Double.valueOf(i / 7.0).hashCode();
        System.out.println("accumulated " + h);
        Object o = new Object();
        System.out.println("identity hash stable: " + (o.hashCode() == o.hashCode()) + " " + (System.identityHashCode(o) == o.hashCode())
            + " " + System.identityHashCode(null));
        String s = "cached";
        System.out.println(s.hashCode() == s.hashCode());
    }
}
