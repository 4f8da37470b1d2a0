package corpus.lang.obj;

/** Arrays: every element type, defaults, multi-dimensional (incl. partially specified), clone, length, bounds. */
public class Arrays1 {
    public static void main(String[] args) {
        boolean[] z = new boolean[2];
        byte[] b = new byte[2];
        short[] s = new short[2];
        char[] c = new char[2];
        int[] i = new int[2];
        long[] l = new long[2];
        float[] f = new float[2];
        double[] d = new double[2];
        String[] str = new String[2];
        System.out.println(z[1] + " " + b[1] + " " + s[1] + " " + (int) c[1] + " " + i[1] + " " + l[1] + " " + f[1] + " " + d[1] + " " + str[1]);
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++) for (int k = 0; k < 4; k++) grid[r][k] = r * 10 + k;
        System.out.println(grid.length + " " + grid[0].length + " " + grid[2][3] + " " + java.util.Arrays.toString(grid[1]));
        int[][] jag = new int[3][];
        System.out.println("jagged null row: " + (jag[0] == null));
        for (int r = 0; r < 3; r++) jag[r] = new int[r + 1];
        jag[2][2] = 7;
        System.out.println(java.util.Arrays.deepToString(jag));
        long[][][] cube = new long[2][3][4];
        cube[1][2][3] = Long.MAX_VALUE;
        System.out.println(cube[1][2][3] + " " + cube[1].length + " " + cube[1][2].length);
        String[][][] partial = new String[2][2][];
        System.out.println(partial[1][1] + " " + partial[0].length);
        char[][] lit = {{'a', 'b'}, {}, {'c'}};
        System.out.println(lit[0][1] + "" + lit[2][0] + " " + lit[1].length);
        int[] orig = {1, 2, 3};
        int[] copy = orig.clone();
        copy[0] = 99;
        System.out.println(orig[0] + " " + copy[0] + " " + (orig != copy) + " " + orig.getClass().getName() + " " + grid.getClass().getName()
            + " " + str.getClass().getName() + " " + cube.getClass().getSimpleName() + " " + z.getClass().getName() + " " + d.getClass().getName());
        int[][] shallow = grid.clone();
        shallow[0][0] = -1;
        System.out.println("shallow clone shares rows: " + grid[0][0] + " " + (shallow[0] == grid[0]));
        Object[] objs = {1, "two", 3.0, null, new int[] {4}};
        System.out.println(objs.length + " " + objs[0] + " " + objs[1] + " " + objs[2] + " " + objs[3] + " " + ((int[]) objs[4])[0]);
        int[] empty = new int[0];
        System.out.println("empty " + empty.length + " " + java.util.Arrays.toString(empty));
        try {
            System.out.println(i[2]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            i[-1] = 5;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            int[][] bad = new int[2][-3];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE " + e.getMessage());
        }
        try {
            Object o = new String[-1];
            System.out.println(o);
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE " + e.getMessage());
        }
        int n = 0;
        try {
            int[] arr = null;
            n = arr.length;
        } catch (NullPointerException e) {
            System.out.println("NPE on length " + e.getMessage());
        }
        try {
            long[] arr = null;
            arr[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("NPE on store, n=" + n);
        }
        int[] big = new int[1000];
        for (int k = 0; k < big.length; k++) big[k] = k * k;
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println("sum " + sum);
        int idx = 0;
        int[] ev = {10, 20, 30};
        ev[idx++] = ev[idx] + 1;   // the index is evaluated before the right-hand side
        System.out.println(java.util.Arrays.toString(ev) + " idx " + idx);
    }
}
