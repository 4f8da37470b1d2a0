package corpus.lang.obj;

import java.util.ArrayList;
import java.util.List;

/** Abstract classes: template method, abstract method called from the constructor, protected state, super constructor arguments, generic abstract base. */
public class AbstractTemplate {
    static abstract class Report {
        protected final List<String> lines = new ArrayList<>();
        private final String title;

        Report(String title) {
            this.title = title;
            lines.add("created " + kind());    // virtual call before the subclass constructor body
        }

        abstract String kind();
        abstract void body();
        void footer() { lines.add("-- end of " + title); }

        final String render() {
            lines.add("== " + title + " (" + kind() + ")");
            body();
            footer();
            return String.join("\n", lines);
        }
    }

    static class Sales extends Report {
        private final int[] numbers;
        Sales(int... numbers) { super("sales"); this.numbers = numbers; }
        String kind() { return "sales report, numbers " + (numbers == null ? "not yet set" : numbers.length); }
        void body() {
            int total = 0;
            for (int n : numbers) total += n;
            lines.add("total " + total);
        }
    }

    static class Audit extends Sales {
        Audit() { super(1, 2, 3); }
        @Override String kind() { return "audit of " + super.kind(); }
        @Override void footer() {
            lines.add("audited");
            super.footer();
        }
    }

    static abstract class Accumulator<T, R> {
        abstract R zero();
        abstract R add(R acc, T item);
        R fold(List<T> items) {
            R acc = zero();
            for (T t : items) acc = add(acc, t);
            return acc;
        }
    }

    public static void main(String[] args) {
        System.out.println(new Sales(5, 10, 20).render());
        System.out.println(new Audit().render());
        Accumulator<String, Integer> lengths = new Accumulator<>() {
            Integer zero() { return 0; }
            Integer add(Integer acc, String s) { return acc + s.length(); }
        };
        Accumulator<Integer, StringBuilder> joiner = new Accumulator<>() {
            StringBuilder zero() { return new StringBuilder(">"); }
            StringBuilder add(StringBuilder acc, Integer i) { return acc.append(i).append('>'); }
        };
        System.out.println(lengths.fold(List.of("ab", "cde", "")) + " " + joiner.fold(List.of(3, 1, 4, 1, 5)));
    }
}
