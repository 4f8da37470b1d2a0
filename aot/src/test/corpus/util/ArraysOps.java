package corpus.util;

import java.util.*;

/** java.util.Arrays: sorts (primitive total order, stable object sort), search, fill, copies, equality, hashing, printing. @gcstress */
public class ArraysOps {
    record P(String name, int age) {
    }

    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Random r = new Random(12345);
        int[] ia = new int[200];
        for (int i = 0; i < ia.length; i++) ia[i] = r.nextInt(100) - 50;
        int[] ib = ia.clone();
        Arrays.sort(ia);
        boolean ok = true;
        for (int i = 1; i < ia.length; i++) ok &= ia[i - 1] <= ia[i];
        System.out.println("int sorted " + ok + " " + Arrays.toString(Arrays.copyOf(ia, 12)) + " first=" + ib[0]);
        int[] big = new int[100000];
        for (int i = 0; i < big.length; i++) big[i] = r.nextInt();
        Arrays.sort(big);
        ok = true;
        for (int i = 1; i < big.length; i++) ok &= big[i - 1] <= big[i];
        System.out.println("big sorted " + ok + " " + big[0] + " " + big[big.length / 2] + " " + big[big.length - 1]);
        int[] desc = new int[5000];
        for (int i = 0; i < desc.length; i++) desc[i] = desc.length - i;
        Arrays.sort(desc, 100, 4000);
        System.out.println(desc[99] + " " + desc[100] + " " + desc[3999] + " " + desc[4000]);
        double[] da = {3.5, -0.0, Double.NaN, 0.0, -1e300, Double.POSITIVE_INFINITY, 0.0, -0.0, Double.NEGATIVE_INFINITY, 2.0, Double.NaN, 1e-300};
        Arrays.sort(da);
        System.out.println(Arrays.toString(da));
        float[] fa = {1.5f, Float.NaN, -0.0f, 0.0f, -3f, Float.MIN_VALUE, -0.0f};
        Arrays.sort(fa);
        System.out.println(Arrays.toString(fa));
        long[] la = {5L, Long.MIN_VALUE, Long.MAX_VALUE, 0, -5};
        Arrays.sort(la);
        char[] ca = "hello, world".toCharArray();
        Arrays.sort(ca);
        byte[] ba = {5, -128, 127, 0, -1};
        Arrays.sort(ba);
        short[] sa = {300, -300, 0, 32767, -32768};
        Arrays.sort(sa);
        System.out.println(Arrays.toString(la) + " " + Arrays.toString(ca) + " " + Arrays.toString(ba) + " " + Arrays.toString(sa));
        System.out.println(Arrays.binarySearch(ia, 0) >= 0 ? "found 0" : "no 0");
        int[] sorted = {1, 3, 5, 7, 9, 11};
        System.out.println(Arrays.binarySearch(sorted, 7) + " " + Arrays.binarySearch(sorted, 8) + " " + Arrays.binarySearch(sorted, 0) + " " + Arrays.binarySearch(sorted, 12) + " " + Arrays.binarySearch(sorted, 1, 4, 9));
        System.out.println(Arrays.binarySearch(new double[] {-0.0, 0.0, 1.0}, 0.0) + " " + Arrays.binarySearch(new double[] {-0.0, 0.0, 1.0, Double.NaN}, Double.NaN));
        String[] words = {"pear", "Apple", "fig", "banana", "kiwi", "apple", "Fig"};
        String[] w2 = words.clone();
        Arrays.sort(w2);
        System.out.println(Arrays.toString(w2) + " " + Arrays.binarySearch(w2, "fig") + " " + Arrays.binarySearch(w2, "grape"));
        Arrays.sort(words, String::compareToIgnoreCase);
        System.out.println(Arrays.toString(words));
        P[] ps = new P[40];
        for (int i = 0; i < ps.length; i++) ps[i] = new P("p" + i, r.nextInt(5));
        Arrays.sort(ps, Comparator.comparingInt(P::age));
        StringBuilder sb = new StringBuilder();
        for (P p : ps) sb.append(p.age()).append(p.name()).append(' ');
        System.out.println("stable: " + sb);
        Arrays.sort(ps, Comparator.comparing(P::name).reversed());
        System.out.println(ps[0] + " " + ps[39]);
        Integer[] boxed = {5, 3, 9, 1, 7};
        Arrays.sort(boxed, 1, 4);
        System.out.println(Arrays.toString(boxed) + " " + Arrays.binarySearch(boxed, 1, 4, 9));
        t("sort range bad", () -> Arrays.sort(new int[3], 2, 1));
        t("sort range neg", () -> Arrays.sort(new int[3], -1, 1));
        t("sort range big", () -> Arrays.sort(new int[3], 0, 4));
        t("sort incomparable", () -> Arrays.sort(new Object[] {1, "a"}));
        t("copyOfRange bad", () -> Arrays.copyOfRange(new int[3], 2, 1));
        t("copyOf negative", () -> Arrays.copyOf(new String[1], -1));
        t("fill range", () -> Arrays.fill(new int[3], 1, 5, 0));
        int[] f = new int[6];
        Arrays.fill(f, 7);
        Arrays.fill(f, 1, 3, -1);
        System.out.println(Arrays.toString(f) + " " + Arrays.toString(Arrays.copyOf(f, 8)) + " " + Arrays.toString(Arrays.copyOfRange(f, 2, 9)));
        String[] sc = Arrays.copyOf(new String[] {"a", "b"}, 4);
        Object[] oc = Arrays.copyOf(new String[] {"a"}, 2, Object[].class);
        System.out.println(Arrays.toString(sc) + " " + sc.getClass().getSimpleName() + " " + oc.getClass().getSimpleName());
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals((int[]) null, null));
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 40, -1}) + " " + Arrays.hashCode(new double[] {1.5, -0.0}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode(new String[] {"a", null}) + " " + Arrays.hashCode((int[]) null));
        Object[] deep = {1, new int[] {2, 3}, new String[] {"x", null}, new Object[] {new double[] {1.0}, null}, null};
        Object[] deep2 = {1, new int[] {2, 3}, new String[] {"x", null}, new Object[] {new double[] {1.0}, null}, null};
        System.out.println(Arrays.deepToString(deep) + " " + Arrays.deepEquals(deep, deep2) + " " + (Arrays.deepHashCode(deep) == Arrays.deepHashCode(deep2)) + " " + Arrays.deepHashCode(deep));
        Object[] selfRef = new Object[2];
        selfRef[0] = "s";
        selfRef[1] = selfRef;
        System.out.println(Arrays.deepToString(selfRef) + " " + Arrays.toString(new char[] {'a', 'b'}) + " " + Arrays.toString((Object[]) null) + " " + Arrays.toString(new float[0]));
        List<String> al = Arrays.asList("c", "a", "b");
        Collections.sort(al);
        al.set(0, "z");
        System.out.println(al + " " + al.size() + " " + al.indexOf("b") + " " + al.contains("q"));
        t("asList add", () -> al.add("d"));
        t("asList remove", () -> al.remove(0));
        t("asList get", () -> al.get(3));
        String[] backing = {"1", "2"};
        List<String> view = Arrays.asList(backing);
        backing[0] = "one";
        System.out.println(view + " " + view.equals(List.of("one", "2")) + " " + view.hashCode());
        Integer[] gen = new Integer[5];
        Arrays.setAll(gen, i -> i * i);
        long[] lg = new long[4];
        Arrays.setAll(lg, i -> 1L << (i * 20));
        double[] dg = new double[3];
        Arrays.setAll(dg, i -> i / 4.0);
        System.out.println(Arrays.toString(gen) + " " + Arrays.toString(lg) + " " + Arrays.toString(dg));
        System.out.println(Arrays.compare(new int[] {1, 2}, new int[] {1, 3}) + " " + Arrays.compare(new int[] {1, 2}, new int[] {1, 2, 0}) + " " + Arrays.compare((int[]) null, new int[0]) + " " + Arrays.compare(new byte[] {-1}, new byte[] {1}) + " " + Arrays.compare(new double[] {-0.0}, new double[] {0.0}) + " " + Arrays.compare(new boolean[] {true}, new boolean[] {false}) + " " + Arrays.compare(new char[] {'b'}, new char[] {'a', 'z'}));
        System.out.println(Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}) + " " + Arrays.mismatch(new long[] {1}, new long[] {1}) + " " + Arrays.mismatch(new float[] {Float.NaN}, new float[] {Float.NaN}) + " " + Arrays.mismatch(new short[] {1}, new short[] {1, 2}) + " " + Arrays.mismatch(new Object[] {"a", null}, new Object[] {"a", "b"}));
        System.out.println(Arrays.compare(new String[] {"a", "b"}, new String[] {"a", "c"}) + " " + Arrays.compare(new String[] {null}, new String[] {"x"}) + " " + Arrays.compare(new String[] {"B"}, new String[] {"a"}, String::compareToIgnoreCase) + " " + Arrays.equals(new int[] {0, 1, 2, 3}, 1, 3, new int[] {1, 2}, 0, 2));
    }
}
