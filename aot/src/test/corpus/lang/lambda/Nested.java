package corpus.lang.lambda;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Nested, inner, local and anonymous classes: outer access, captured variables, shadowing, Outer.this, private access. */
public class Nested {
    private int secret = 7;
    private static int staticSecret = 70;
    String name = "outer";

    class Inner {
        String name = "inner";
        int peek() { return secret + staticSecret; }
        String names(String name) { return name + "/" + this.name + "/" + Nested.this.name; }
        class Deeper {
            String all() { return name + ">" + Nested.this.name + ">" + secret; }
        }
    }

    static class StaticNested {
        private int hidden = 3;
        int fromOuter() { return staticSecret + new Nested().secret; }
    }

    interface Greeter { String greet(String who); }

    Greeter makeGreeter(String greeting) {
        int count = greeting.length();
        class Local implements Greeter {
            public String greet(String who) { return greeting + ", " + who + " (" + count + ", " + secret + ")"; }
        }
        return new Local();
    }

    static Iterator<Integer> range(int from, int to) {
        return new Iterator<Integer>() {
            int next = from;
            public boolean hasNext() { return next < to; }
            public Integer next() { return next++; }
        };
    }

    static abstract class Task {
        final String id;
        Task(String id) { this.id = id; }
        abstract int run();
    }

    public static void main(String[] args) {
        Nested outer = new Nested();
        Nested.Inner in = outer.new Inner();
        System.out.println(in.peek() + " " + in.names("param"));
        Nested.Inner.Deeper d = in.new Deeper();
        System.out.println(d.all());
        outer.secret = 8;
        outer.name = "changed";
        System.out.println(d.all() + " " + new StaticNested().fromOuter() + " " + new StaticNested().hidden);
        System.out.println(outer.makeGreeter("Hello").greet("world"));
        int sum = 0;
        for (Iterator<Integer> it = range(3, 7); it.hasNext(); ) sum += it.next();
        System.out.println("range sum " + sum);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int k = i;
            tasks.add(new Task("t" + i) {
                int run() { return k * k; }
                @Override public String toString() { return id + "=" + run(); }
            });
        }
        System.out.println(tasks);
        Object anon = new Object() {
            @Override public String toString() { return "anonymous " + getClass().getSuperclass().getSimpleName(); }
        };
        System.out.println(anon + " " + anon.getClass().getName() + " " + in.getClass().getName() + " " + d.getClass().getName());
        class Counter {
            int n;
            Counter add(int v) { n += v; return this; }
        }
        System.out.println(new Counter().add(2).add(3).n);
        Runnable[] rs = new Runnable[3];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rs.length; i++) {
            int captured = i * 10;
            rs[i] = new Runnable() { public void run() { out.append(captured).append(';'); } };
        }
        for (Runnable r : rs) r.run();
        System.out.println(out);
    }
}
