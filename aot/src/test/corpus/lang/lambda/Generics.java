package corpus.lang.lambda;

import java.util.ArrayList;
import java.util.List;

/** Generics: bridge methods, covariant returns, bounded types, generic methods, erasure-visible casts, varargs. */
public class Generics {
    interface Box<T> {
        T get();
        void set(T t);
    }

    static class IntBox implements Box<Integer>, Comparable<IntBox> {
        int v;
        public Integer get() { return v; }                // bridge: Object get()
        public void set(Integer t) { v = t; }             // bridge: void set(Object)
        public int compareTo(IntBox o) { return Integer.compare(v, o.v); }   // bridge: compareTo(Object)
    }

    static class Animal {
        Animal self() { return this; }
        @Override public String toString() { return "Animal"; }
    }

    static class Dog extends Animal {
        @Override Dog self() { return this; }             // covariant return: bridge Animal self()
        @Override public String toString() { return "Dog"; }
    }

    static <T extends Comparable<T>> T max(List<T> list) {
        T best = list.get(0);
        for (T t : list) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static <T> void swap(T[] a, int i, int j) {
        T tmp = a[i];
        a[i] = a[j];
        a[j] = tmp;
    }

    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String join(String sep, Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(sep);
            sb.append(parts[i]);
        }
        return sb.toString() + "(" + parts.length + ")";
    }

    static String which(Object o) { return "Object"; }
    static String which(String s) { return "String"; }
    static String which(Integer i) { return "Integer"; }
    static String which(int i) { return "int"; }
    static String which(long l) { return "long"; }
    static String which(Object... os) { return "varargs"; }

    static class Pair<A, B> {
        final A a;
        final B b;
        Pair(A a, B b) { this.a = a; this.b = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(a, c); }
        @Override public String toString() { return "(" + a + ", " + b + ")"; }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        IntBox b = new IntBox();
        Box raw = b;
        raw.set(41);
        System.out.println(raw.get() + " " + b.get());
        try {
            raw.set("not an int");
        } catch (ClassCastException e) {
            System.out.println("bridge cast: " + e.getMessage());
        }
        IntBox c = new IntBox();
        c.set(50);
        Comparable cmp = c;
        System.out.println(cmp.compareTo(b));
        Animal a = new Dog();
        System.out.println(a.self() + " " + new Dog().self());
        List<String> words = new ArrayList<>();
        words.add("pear");
        words.add("apple");
        words.add("zucchini");
        words.add("fig");
        System.out.println(max(words));
        Integer[] nums = {1, 2, 3};
        swap(nums, 0, 2);
        System.out.println(nums[0] + "," + nums[1] + "," + nums[2]);
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] {4, 5}));
        System.out.println(join("-") + " " + join("-", "a") + " " + join("-", "a", 1, 'c', 2.5, null) + " " + join("-", (Object[]) new String[] {"x", "y"})
            + " " + join("-", (Object) new String[] {"x", "y"}).endsWith("(1)"));
        Object o = "s";
        short sh = 1;
        System.out.println(which("s") + " " + which(o) + " " + which(5) + " " + which(Integer.valueOf(5)) + " " + which(5L) + " " + which(sh)
            + " " + which('c') + " " + which(1, 2) + " " + which() + " " + which(2.0));
        Pair<String, Integer> p = new Pair<>("k", 1);
        Pair<String, List<String>> q = p.withSecond(words);
        System.out.println(p + " " + q);
        List<? extends Number> wild = List.of(1, 2.5, 3L);
        double total = 0;
        for (Number n : wild) total += n.doubleValue();
        System.out.println(total);
    }
}
