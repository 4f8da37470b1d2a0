package corpus.rt;

/**
 * Objects on both sides of the small/large boundary and far beyond: byte, int, long and
 * reference arrays from a few bytes to several MiB, most short-lived, a rotating window of
 * them kept alive and checked for their contents (a large run freed too early or reused
 * while live shows up as a wrong fill value).
 */
public class GcLargeObjects {
    static int size(int i) {
        int[] sizes = {1, 7, 255, 256, 2000, 2040, 2048, 3000, 4096, 10_000, 65_536, 300_000, 1 << 20, 3 << 20};
        return sizes[i % sizes.length];
    }

    public static void main(String[] args) {
        Object[] window = new Object[16];
        long checked = 0;
        for (int i = 0; i < 600; i++) {
            int n = size(i);
            Object o;
            switch (i % 4) {
                case 0: { byte[] a = new byte[n]; a[n - 1] = (byte) i; o = a; break; }
                case 1: { int[] a = new int[n]; a[n - 1] = i; o = a; break; }
                case 2: { long[] a = new long[n]; a[n - 1] = i; o = a; break; }
                default: { Object[] a = new Object[n]; a[n - 1] = Integer.valueOf(i); o = a; break; }
            }
            Object old = window[i % window.length];
            if (old != null) checked += check(old, i - window.length);
            window[i % window.length] = o;
        }
        System.out.println("checked " + checked);
    }

    static int check(Object o, int i) {
        int n = size(i);
        boolean ok;
        if (o instanceof byte[]) ok = ((byte[]) o)[n - 1] == (byte) i && ((byte[]) o).length == n;
        else if (o instanceof int[]) ok = ((int[]) o)[n - 1] == i;
        else if (o instanceof long[]) ok = ((long[]) o)[n - 1] == i;
        else ok = ((Object[]) o)[n - 1].equals(i);
        if (!ok) System.out.println("object " + i + " corrupted");
        return ok ? 1 : 0;
    }
}
