package corpus.lang.gc;

/** Big arrays: many 1-64 MiB allocations (far more than the heap in total), of every element type, with contents checked. */
public class GcBigArrays {
    public static void main(String[] args) {
        long check = 0;
        for (int r = 0; r < 60; r++) {
            int mb = 1 + (r * 7) % 64;
            switch (r % 5) {
                case 0: { byte[] a = new byte[mb << 20]; a[a.length - 1] = (byte) r; check += a[a.length - 1] + a[0]; break; }
                case 1: { long[] a = new long[mb << 17]; a[a.length - 1] = r; check += a[a.length - 1] + a.length; break; }
                case 2: { double[] a = new double[mb << 17]; a[r] = r * 0.5; check += (long) a[r] + (long) a[a.length - 1]; break; }
                case 3: { Object[] a = new Object[mb << 17]; a[a.length - 1] = "x" + r; check += a[a.length - 1].hashCode() + (a[0] == null ? 1 : 0); break; }
                default: { int[][] a = new int[mb][1 << 18]; a[mb - 1][5] = r; check += a[mb - 1][5] + a[0][0]; break; }
            }
        }
        int[] keep = new int[4 << 20];
        for (int i = 0; i < keep.length; i += 4096) keep[i] = i;
        for (int r = 0; r < 20; r++) {
            char[] tmp = new char[8 << 20];
            tmp[r] = 'x';
            check += tmp[r];
        }
        long ks = 0;
        for (int i = 0; i < keep.length; i += 4096) ks += keep[i];
        System.out.println("check " + check + " keep " + ks);
    }
}
