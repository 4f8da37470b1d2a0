package corpus.lang.misc;

/**
 * System.arraycopy over every length to 70 and every pair of offsets to 9, within one array
 * (overlapping both ways: memmove's backward blocks and its short-copy path, which loads
 * both ends before storing) and between two, for each element size; then the exceptions
 * and the element-by-element ArrayStoreException of reference arrays (JLS/javadoc of
 * System.arraycopy: elements before the failing one are copied).
 */
public class ArrayCopies {
    public static void main(String[] args) {
        long digest = 0;
        for (int len = 0; len <= 70; len++) {
            for (int so = 0; so <= 9; so++) {
                for (int dof = 0; dof <= 9; dof++) {
                    byte[] b = new byte[90];
                    char[] c = new char[90];
                    int[] i = new int[90];
                    long[] l = new long[90];
                    double[] d = new double[90];
                    for (int k = 0; k < 90; k++) {
                        b[k] = (byte) (k * 7 + 1);
                        c[k] = (char) (k * 131 + 3);
                        i[k] = k * 100003;
                        l[k] = k * 0x100000001L;
                        d[k] = k * 1.25;
                    }
                    System.arraycopy(b, so, b, dof, len);
                    System.arraycopy(c, so, c, dof, len);
                    System.arraycopy(i, so, i, dof, len);
                    System.arraycopy(l, so, l, dof, len);
                    System.arraycopy(d, so, d, dof, len);
                    byte[] b2 = new byte[90];
                    System.arraycopy(b, so, b2, dof, len);
                    for (int k = 0; k < 90; k++) {
                        digest = digest * 31 + b[k] + b2[k];
                        digest = digest * 31 + c[k];
                        digest = digest * 31 + i[k];
                        digest = digest * 31 + l[k];
                        digest = digest * 31 + (long) d[k];
                    }
                }
            }
            if (len % 10 == 0) System.out.println(len + " " + Long.toHexString(digest));
        }
        System.out.println("digest " + Long.toHexString(digest));
        Object[] objs = {"a", "b", 1, "c", "d"};
        String[] strs = new String[5];
        try {
            System.arraycopy(objs, 0, strs, 0, 5);
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e.getMessage() + " copied " + java.util.Arrays.toString(strs));
        }
        Object[] self = {"x", "y", "z", "w"};
        System.arraycopy(self, 0, self, 1, 3);
        System.out.println(java.util.Arrays.toString(self));
        int[] small = new int[4];
        try {
            System.arraycopy(small, 2, small, 0, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bounds: " + e.getMessage());
        }
        try {
            System.arraycopy(small, 0, small, 0, -1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("negative: " + e.getMessage());
        }
        try {
            System.arraycopy(null, 0, small, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("null source");
        }
        try {
            System.arraycopy(small, 0, new long[4], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("types: " + e.getMessage());
        }
    }
}
