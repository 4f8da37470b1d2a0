package corpus.lang.exc;

/**
 * Calls the compiler takes no pending-exception test after (aot NoThrow: methods whose every
 * instruction cannot throw — field stores and reads on this, constants, arithmetic without
 * division), beside look-alikes that can throw and must: a receiver chosen by a ternary
 * (another path joins with a null), division, array access, a static field whose class
 * fails to initialise, a superclass constructor that throws, a recursive method that runs
 * out of stack.
 */
public class NoThrowCalls {
    static class Point {
        int x, y;
        long w;
        Point next;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
            this.w = 7L;
        }

        void set(int x, int y) { this.x = x; this.y = y; }
        void link(Point p) { this.next = p; }
        int sum() { return x + y; }
        void setEither(boolean mine, Point other, int v) { (mine ? this : other).x = v; }
        void divide(int d) { this.x = this.x / d; }
        static int[] table = new int[2];
        void store(int i) { table[i] = x; }
        void fromBroken() { this.x = Broken.VALUE; }
        void deep(int n) { this.x = n; if (n > 0) deep(n + 1); }
    }

    static class Broken {
        static int VALUE = Integer.parseInt("not a number");
    }

    static class Base {
        Base() {
            if (Boolean.getBoolean("never.set") == false) throw new IllegalStateException("base refused");
        }
    }

    static class Derived extends Base {
        int z;

        Derived() {
            super();
            this.z = 1;
        }
    }

    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(3, 4);
        a.set(5, 6);
        a.link(b);
        System.out.println(a.sum() + " " + a.next.sum() + " " + a.w);
        a.setEither(true, null, 9);
        System.out.println("mine " + a.x);
        try {
            a.setEither(false, null, 10);
            System.out.println("no exception");
        } catch (NullPointerException e) {
            System.out.println("other: NullPointerException, x still " + a.x);
        }
        try {
            a.divide(0);
        } catch (ArithmeticException e) {
            System.out.println("divide: " + e.getMessage());
        }
        try {
            a.store(5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("store: " + e.getMessage());
        }
        for (int i = 0; i < 2; i++) {
            try {
                a.fromBroken();
            } catch (Throwable e) {
                System.out.println("broken: " + e.getClass().getName());
            }
        }
        try {
            new Derived();
        } catch (IllegalStateException e) {
            System.out.println("derived: " + e.getMessage());
        }
        try {
            a.deep(1);
        } catch (StackOverflowError e) {
            System.out.println("deep: StackOverflowError, x > 1000: " + (a.x > 1000));
        }
        Point p = null;
        try {
            p.set(1, 1);
        } catch (NullPointerException e) {
            System.out.println("null receiver: NullPointerException");
        }
        long s = 0;
        for (int i = 0; i < 100000; i++) {
            Point q = new Point(i, -i);
            q.set(q.y, q.x);
            s += q.sum() + q.x;
        }
        System.out.println("loop " + s);
    }
}
