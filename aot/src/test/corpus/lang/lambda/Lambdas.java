package corpus.lang.lambda;

import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/** Lambdas and method references of every kind: static, bound, unbound, constructor, array constructor, capturing. @gcstress */
public class Lambdas {
    final String tag;
    Lambdas(String tag) { this.tag = tag; }
    Lambdas() { this("default"); }

    static int twice(int x) { return 2 * x; }
    String tagged(String s) { return tag + ":" + s; }
    @Override public String toString() { return "Lambdas(" + tag + ")"; }

    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }

    @FunctionalInterface
    interface Calc { long calc(long a, int b, double c, char d, boolean e); }

    public static void main(String[] args) {
        IntUnaryOperator st = Lambdas::twice;
        Lambdas obj = new Lambdas("bound");
        Function<String, String> bound = obj::tagged;
        BiFunction<Lambdas, String, String> unbound = Lambdas::tagged;
        Function<String, Lambdas> ctor = Lambdas::new;
        Supplier<Lambdas> noArgCtor = Lambdas::new;
        IntFunction<int[]> arrCtor = int[]::new;
        IntFunction<String[][]> arr2 = String[][]::new;
        ToIntFunction<String> len = String::length;
        Function<Object, String> toStr = Object::toString;
        System.out.println(st.applyAsInt(21) + " " + bound.apply("x") + " " + unbound.apply(new Lambdas("u"), "y") + " " + ctor.apply("made")
            + " " + noArgCtor.get() + " " + arrCtor.apply(5).length + " " + arr2.apply(2).length + " " + len.applyAsInt("four") + " " + toStr.apply(obj));
        int base = 10;
        String prefix = "p";
        IntBinaryOperator capt = (a, b) -> a * b + base;
        Function<Integer, String> capt2 = i -> prefix + i + base;
        System.out.println(capt.applyAsInt(3, 4) + " " + capt2.apply(5));
        int[] counter = {0};
        Runnable inc = () -> counter[0]++;
        for (int i = 0; i < 5; i++) inc.run();
        System.out.println("counter " + counter[0]);
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a - b;
        System.out.println(curried.apply(10).apply(3));
        UnaryOperator<String> up = String::toUpperCase;
        Function<String, String> chain = up.andThen(s -> s + "!").compose(s -> s.trim());
        System.out.println(chain.apply("  hi  "));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> notEmpty = empty.negate();
        System.out.println(notEmpty.test("") + " " + notEmpty.and(s -> s.length() > 2).test("abc") + " " + empty.or(s -> s.startsWith("x")).test("xy"));
        BinaryOperator<Integer> max = BinaryOperator.maxBy((a, b) -> Integer.compare(a, b));
        System.out.println(max.apply(3, 9) + " " + Function.<Integer>identity().apply(7));
        TriFunction<Integer, Long, Double, String> tri = (a, b, c) -> a + "/" + b + "/" + c;
        System.out.println(tri.apply(1, 2L, 3.0));
        Calc calc = (a, b, c, d, e) -> e ? a + b + (long) c + d : -1;
        System.out.println(calc.calc(1L << 40, 2, 3.9, 'A', true) + " " + calc.calc(0, 0, 0, 'x', false));
        Supplier<Supplier<String>> nested = () -> () -> "nested " + prefix;
        System.out.println(nested.get().get());
        Runnable r1 = () -> System.out.println("r1 " + obj.tag);
        r1.run();
        Lambdas self = new Lambdas("inst");
        self.instanceLambdas();
        Function<int[], Integer> sum = a -> { int s = 0; for (int v : a) s += v; return s; };
        System.out.println(sum.apply(new int[] {1, 2, 3, 4}));
        Comparable<Integer> cmp = x -> x - 5;   // a lambda for a generic interface with a bridge
        System.out.println(cmp.compareTo(8));
        Object o = (Runnable & java.io.Serializable) () -> { };
        System.out.println("intersection cast: " + (o instanceof Runnable));
        Function<String, Integer> parse = Integer::parseInt;
        Function<Integer, String> hex = Integer::toHexString;
        System.out.println(parse.andThen(hex).apply("255"));
        Supplier<String> sup = "literal"::toUpperCase;
        System.out.println(sup.get());
        Function<String, char[]> toChars = String::toCharArray;
        System.out.println(toChars.apply("abc").length);
    }

    void instanceLambdas() {
        Supplier<String> s1 = () -> tag;
        Supplier<String> s2 = this::toString;
        Supplier<String> s3 = super::toString;
        System.out.println(s1.get() + " " + s2.get() + " " + (s3.get().startsWith("corpus.lang.lambda.Lambdas@")));
    }
}
