package corpus.lang.obj;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Custom Iterable in for-each, generic iterators, remove() default throwing UnsupportedOperationException, forEach default. */
public class Iterables {
    static final class Range implements Iterable<Integer> {
        final int lo, hi, step;
        Range(int lo, int hi, int step) { this.lo = lo; this.hi = hi; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int cur = lo;
                public boolean hasNext() { return step > 0 ? cur < hi : cur > hi; }
                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted at " + cur);
                    int v = cur;
                    cur += step;
                    return v;
                }
            };
        }
    }

    static final class Fib implements Iterable<Long> {
        final int count;
        Fib(int count) { this.count = count; }
        public Iterator<Long> iterator() {
            return new Iterator<>() {
                long a = 0, b = 1;
                int n;
                public boolean hasNext() { return n < count; }
                public Long next() {
                    long r = a;
                    a = b;
                    b += r;
                    n++;
                    return r;
                }
            };
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int v : new Range(0, 20, 3)) sb.append(v).append(' ');
        for (int v : new Range(10, 0, -4)) sb.append(v).append(' ');
        System.out.println(sb);
        long last = 0;
        for (long f : new Fib(90)) last = f;
        System.out.println("fib89 " + last);
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        System.out.println(it.next());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE " + e.getMessage());
        }
        long[] sum = {0};
        new Range(1, 101, 1).forEach(v -> sum[0] += v);
        System.out.println("forEach sum " + sum[0]);
        int count = 0;
        Iterator<Long> fi = new Fib(10).iterator();
        fi.forEachRemaining(v -> sum[0] += v);
        System.out.println("forEachRemaining " + sum[0] + " " + count);
    }
}
