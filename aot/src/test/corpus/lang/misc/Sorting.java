package corpus.lang.misc;

import java.util.Arrays;
import java.util.Comparator;

/** Sorting: hand-written quicksort/mergesort, Arrays.sort of every primitive type incl. NaN and -0.0 ordering, objects with comparators, binarySearch. */
public class Sorting {
    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) {
                int t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        quicksort(a, lo, j);
        quicksort(a, i, hi);
    }

    static long[] mergesort(long[] a) {
        if (a.length < 2) return a;
        long[] l = mergesort(Arrays.copyOfRange(a, 0, a.length / 2));
        long[] r = mergesort(Arrays.copyOfRange(a, a.length / 2, a.length));
        long[] out = new long[a.length];
        int i = 0, j = 0, k = 0;
        while (i < l.length && j < r.length) out[k++] = l[i] <= r[j] ? l[i++] : r[j++];
        while (i < l.length) out[k++] = l[i++];
        while (j < r.length) out[k++] = r[j++];
        return out;
    }

    public static void main(String[] args) {
        int seed = 7;
        int[] a = new int[5000];
        for (int i = 0; i < a.length; i++) {
            seed = seed * 1103515245 + 12345;
            a[i] = seed >> 8;
        }
        int[] b = a.clone();
        quicksort(a, 0, a.length - 1);
        Arrays.sort(b);
        System.out.println("quicksort matches Arrays.sort: " + Arrays.equals(a, b) + " " + a[0] + " " + a[4999]);
        long[] l = new long[3000];
        for (int i = 0; i < l.length; i++) l[i] = (long) a[(i * 7) % a.length] * a[i];
        long[] m = mergesort(l);
        Arrays.sort(l);
        System.out.println("mergesort matches: " + Arrays.equals(m, l));
        double[] d = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1.5, Double.POSITIVE_INFINITY, 0.0, -0.0, Double.MIN_VALUE};
        Arrays.sort(d);
        System.out.println(Arrays.toString(d));
        float[] f = {Float.NaN, 1f, -0f, 0f, -1f};
        Arrays.sort(f);
        System.out.println(Arrays.toString(f));
        char[] c = "hello, sorting world".toCharArray();
        Arrays.sort(c);
        System.out.println("[" + new String(c) + "]");
        byte[] bs = {5, -1, 127, -128, 0};
        Arrays.sort(bs);
        short[] ss = {300, -300, 0};
        Arrays.sort(ss);
        System.out.println(Arrays.toString(bs) + " " + Arrays.toString(ss));
        String[] words = {"pear", "Apple", "fig", "banana", "cherry", "apple", "Fig"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        System.out.println(Arrays.toString(w1));
        Arrays.sort(w1, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(w1));
        Arrays.sort(w1, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(w1));
        Integer[] boxed = {5, 3, 9, 1, 5, 7};
        Arrays.sort(boxed, (x, y) -> y - x);
        System.out.println(Arrays.toString(boxed));
        System.out.println(Arrays.binarySearch(b, b[1234]) + " " + Arrays.binarySearch(new int[] {1, 3, 5}, 4) + " " + Arrays.binarySearch(new int[] {1, 3, 5}, 9));
        int[] part = {9, 8, 7, 6, 5, 4};
        Arrays.sort(part, 1, 4);
        System.out.println(Arrays.toString(part));
        int[] filled = new int[5];
        Arrays.fill(filled, 3);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println(Arrays.toString(filled) + " " + Arrays.toString(Arrays.copyOf(filled, 7)) + " " + Arrays.toString(Arrays.copyOf(words, 2)));
    }
}
