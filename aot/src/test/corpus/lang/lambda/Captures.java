package corpus.lang.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/** Lambdas capturing every kind of variable (long, double, this, arrays, objects), in loops, recursive lambdas via fields. */
public class Captures {
    int instanceField = 11;
    static LongUnaryOperator factorial;

    List<IntSupplier> makeSuppliers() {
        List<IntSupplier> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int k = i;
            out.add(() -> k * instanceField);
        }
        return out;
    }

    public static void main(String[] args) {
        long big = 1L << 50;
        double d = 2.5;
        char c = 'q';
        boolean flag = true;
        String s = "str";
        int[] arr = {1, 2};
        Supplier<String> all = () -> big + " " + d + " " + c + " " + flag + " " + s + " " + arr[1];
        arr[1] = 99;   // the array object is captured, not its contents
        System.out.println(all.get());
        Captures cap = new Captures();
        int total = 0;
        for (IntSupplier sup : cap.makeSuppliers()) total += sup.getAsInt();
        cap.instanceField = 1;
        int total2 = 0;
        for (IntSupplier sup : cap.makeSuppliers()) total2 += sup.getAsInt();
        System.out.println(total + " " + total2);
        factorial = n -> n <= 1 ? 1 : n * factorial.applyAsLong(n - 1);
        System.out.println(factorial.applyAsLong(20));
        DoubleSupplier[] ds = new DoubleSupplier[3];
        for (int i = 0; i < 3; i++) {
            double x = i * 0.5;
            ds[i] = () -> x * x + d;
        }
        System.out.println(ds[0].getAsDouble() + " " + ds[1].getAsDouble() + " " + ds[2].getAsDouble());
        Runnable outer = () -> {
            int local = 5;
            Runnable inner = () -> System.out.println("inner sees " + local + " " + s + " " + big);
            inner.run();
        };
        outer.run();
        List<Supplier<Integer>> later = new ArrayList<>();
        for (String w : new String[] {"a", "bb", "ccc"}) later.add(w::length);
        int lens = 0;
        for (Supplier<Integer> l : later) lens += l.get();
        System.out.println("bound method refs in loop " + lens);
        String nul = null;
        try {
            Supplier<Integer> bad = nul::length;   // a bound reference to null throws at creation
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("NPE at method reference creation");
        }
    }
}
