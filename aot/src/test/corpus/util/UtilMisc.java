package corpus.util;

import java.util.*;
import java.util.function.*;

/** Objects, Optional*, StringJoiner, Random sequences, Comparator combinators, java.util.function defaults. @gcstress */
public class UtilMisc {
    record City(String name, int pop, double area) {
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
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.hash(1, "a", null) + " " + Objects.hash() + " " + Objects.hashCode(null) + " " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.isNull(null) + Objects.nonNull(1));
        System.out.println(Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "got") + " " + Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.deepEquals(new int[] {1}, new int[] {1}));
        t("requireNonNull msg", () -> Objects.requireNonNull(null, "thing must not be null"));
        t("requireNonNull supplier", () -> Objects.requireNonNull(null, () -> "supplied"));
        t("requireNonNullElse both", () -> Objects.requireNonNullElse(null, null));
        t("checkIndex", () -> Objects.checkIndex(3, 3));
        t("checkFromToIndex", () -> Objects.checkFromToIndex(2, 1, 5));
        t("checkFromIndexSize", () -> Objects.checkFromIndexSize(2, 4, 5));
        System.out.println(Objects.checkIndex(2, 3));
        Optional<String> o = Optional.of("val");
        Optional<String> e = Optional.empty();
        System.out.println(o + " " + e + " " + Optional.ofNullable(null) + " " + o.map(String::length) + " " + o.filter(s -> s.startsWith("x")) + " " + o.flatMap(s -> Optional.of(s + s)) + " " + e.or(() -> Optional.of("alt")));
        System.out.println(o.get() + " " + e.orElse("other") + " " + e.orElseGet(() -> "gen") + " " + o.isPresent() + e.isEmpty() + " " + o.equals(Optional.of("val")) + " " + o.hashCode() + " " + e.hashCode());
        t("empty get", () -> e.get());
        t("empty orElseThrow", () -> e.orElseThrow());
        t("orElseThrow supplier", () -> e.orElseThrow(() -> new IllegalStateException("custom")));
        t("of null", () -> Optional.of(null));
        o.ifPresent(s -> System.out.println("present " + s));
        e.ifPresentOrElse(s -> System.out.println("no"), () -> System.out.println("absent"));
        System.out.println(OptionalInt.of(5) + " " + OptionalInt.empty() + " " + OptionalLong.of(-9L) + " " + OptionalDouble.of(2.5) + " " + OptionalDouble.empty() + " " + OptionalInt.of(5).getAsInt() + " " + OptionalDouble.empty().orElse(1.5) + " " + OptionalLong.empty().isPresent() + " " + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN)) + " " + OptionalInt.of(7).hashCode());
        t("OptionalInt empty", () -> OptionalInt.empty().getAsInt());
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        System.out.println(sj + " " + sj.length());
        sj.setEmptyValue("EMPTY");
        System.out.println(sj + " " + sj.length());
        sj.add("a").add("b").add(null);
        System.out.println(sj + " " + sj.length());
        StringJoiner sj2 = new StringJoiner("-");
        sj2.add("x").add("y");
        sj.merge(sj2);
        System.out.println(sj + " " + new StringJoiner("/").add("").add("") + " " + String.join("|", List.of("p", "q")));
        t("joiner null delimiter", () -> new StringJoiner(null));
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(100)).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextInt(1 << 20)).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextLong()).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextDouble()).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextFloat()).append(' ');
        for (int i = 0; i < 4; i++) sb.append(r.nextBoolean()).append(' ');
        for (int i = 0; i < 4; i++) sb.append(r.nextGaussian()).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextInt(5, 10)).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextLong(1000L)).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextLong(-5L, 5L)).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextDouble(2.0)).append(' ');
        byte[] bytes = new byte[7];
        r.nextBytes(bytes);
        sb.append(Arrays.toString(bytes));
        System.out.println(sb);
        r.setSeed(42);
        System.out.println(r.nextInt() + " " + new Random(-1L).nextInt(1000) + " " + new Random(Long.MAX_VALUE).nextLong());
        t("nextInt(0)", () -> new Random(1).nextInt(0));
        t("nextInt(5,5)", () -> new Random(1).nextInt(5, 5));
        List<City> cities = new ArrayList<>(List.of(new City("Oslo", 700, 454.0), new City("Bern", 140, 51.6), new City("Rome", 2800, 1285.0), new City("Nice", 340, 71.9), new City("Bonn", 330, 141.1)));
        cities.sort(Comparator.comparing(City::name));
        System.out.println(names(cities));
        cities.sort(Comparator.comparingInt(City::pop).reversed());
        System.out.println(names(cities));
        cities.sort(Comparator.comparingDouble(City::area));
        System.out.println(names(cities));
        cities.sort(Comparator.comparing((City c) -> c.name().charAt(0)).thenComparingInt(City::pop));
        System.out.println(names(cities));
        cities.sort(Comparator.comparing((City c) -> c.name().length()).thenComparing(City::name, Comparator.reverseOrder()));
        System.out.println(names(cities));
        cities.sort(Comparator.comparingLong((City c) -> c.pop() % 3).thenComparingDouble(City::area).thenComparing(City::name));
        System.out.println(names(cities));
        List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a", null, "c"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>naturalOrder().reversed()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsFirst(Comparator.<String>reverseOrder()).reversed());
        System.out.println(withNulls);
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9) + " " + UnaryOperator.<String>identity().apply("u"));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longp = s -> s.length() > 3;
        System.out.println(empty.negate().test("") + " " + empty.or(longp).test("abcd") + " " + empty.and(longp).test("") + " " + Predicate.not(empty).test("x") + " " + Predicate.isEqual("q").test("q") + " " + Predicate.isEqual(null).test(null));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println(add.andThen(x -> x * 10).apply(2, 3) + " " + BinaryOperator.<Integer>minBy((a, b) -> a - b).apply(4, 2) + " " + BinaryOperator.<Integer>maxBy((a, b) -> a - b).apply(4, 2));
        StringBuilder log = new StringBuilder();
        Consumer<String> c1 = s -> log.append("1").append(s);
        c1.andThen(s -> log.append("2").append(s)).accept("x");
        BiConsumer<String, Integer> bc = (s, i) -> log.append(s).append(i);
        bc.andThen((s, i) -> log.append('!')).accept("k", 3);
        BiPredicate<String, Integer> bp = (s, i) -> s.length() == i;
        System.out.println(log + " " + bp.test("abc", 3) + " " + bp.negate().test("abc", 3) + " " + bp.and((s, i) -> i > 5).test("abc", 3) + " " + bp.or((s, i) -> true).test("", 9));
        IntUnaryOperator sq = x -> x * x;
        IntPredicate even = x -> x % 2 == 0;
        IntBinaryOperator mul = (a, b) -> a * b;
        LongUnaryOperator neg = x -> -x;
        DoubleUnaryOperator half = x -> x / 2;
        IntFunction<String> stars = n -> "*".repeat(n);
        ToIntFunction<String> len = String::length;
        ToLongFunction<String> llen = s -> s.length() * 1000000000L;
        ToDoubleFunction<String> dlen = s -> s.length() / 3.0;
        IntToLongFunction i2l = x -> x * 3L;
        IntToDoubleFunction i2d = x -> x / 8.0;
        LongToIntFunction l2i = x -> (int) (x >> 1);
        DoubleToIntFunction d2i = x -> (int) Math.round(x);
        Supplier<List<String>> sup = ArrayList::new;
        IntSupplier is = () -> 7;
        BooleanSupplier bs = () -> true;
        DoubleBinaryOperator hyp = (a, b) -> a * a + b * b;
        ObjIntConsumer<StringBuilder> oic = (b, i) -> b.append(i);
        StringBuilder ob = new StringBuilder();
        oic.accept(ob, 42);
        IntConsumer ic = x -> ob.append('<').append(x);
        ic.andThen(x -> ob.append('>')).accept(1);
        System.out.println(sq.andThen(x -> x + 1).applyAsInt(4) + " " + sq.compose(x -> x + 1).applyAsInt(4) + " " + IntUnaryOperator.identity().applyAsInt(3) + " " + even.negate().test(3) + " " + even.and(x -> x > 2).test(2) + " " + even.or(x -> x == 3).test(3) + " " + mul.applyAsInt(6, 7) + " " + neg.andThen(x -> x * 2).applyAsLong(5) + " " + half.compose(x -> x + 1).applyAsDouble(3) + " " + stars.apply(3) + " " + len.applyAsInt("four") + " " + llen.applyAsLong("ab") + " " + dlen.applyAsDouble("ab") + " " + i2l.applyAsLong(Integer.MAX_VALUE) + " " + i2d.applyAsDouble(3) + " " + l2i.applyAsInt(10L) + " " + d2i.applyAsInt(2.5) + " " + sup.get() + " " + is.getAsInt() + " " + bs.getAsBoolean() + " " + hyp.applyAsDouble(3, 4) + " " + ob);
    }

    static String names(List<City> cs) {
        StringJoiner j = new StringJoiner(",");
        for (City c : cs) j.add(c.name());
        return j.toString();
    }
}
