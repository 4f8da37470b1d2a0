package corpus.lang.lambda;

/** Records: accessors, toString/equals/hashCode (ObjectMethods bootstrap), compact and canonical constructors, static members, nesting. @gcstress */
public class Records {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);
        Point {
            if (x < -1000) throw new IllegalArgumentException("x too small: " + x);
        }
        Point scale(int k) { return new Point(x * k, y * k); }
        static Point of(int v) { return new Point(v, v); }
    }

    record Named(String name, double weight, long id, boolean flag, char c, float f, byte b, short s) { }

    record Range(int lo, int hi) {
        Range(int lo, int hi) {
            this.lo = Math.min(lo, hi);
            this.hi = Math.max(lo, hi);
        }
        Range(int single) { this(single, single); }
        int length() { return hi - lo; }
    }

    record Wrapper(Object value, int[] array) { }

    interface Shape { double area(); }
    record Square(double side) implements Shape {
        public double area() { return side * side; }
        @Override public String toString() { return "Square[" + side + "]!"; }
    }

    record Empty() { }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.scale(2) + " " + Point.ORIGIN + " " + Point.of(7));
        System.out.println(p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("x")
            + " " + (p.hashCode() == new Point(3, 4).hashCode()) + " " + p.hashCode());
        try {
            new Point(-2000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Named n = new Named("n", 1.5, 1L << 40, true, 'q', 2.5f, (byte) -1, (short) 300);
        System.out.println(n);
        System.out.println(n.equals(new Named("n", 1.5, 1L << 40, true, 'q', 2.5f, (byte) -1, (short) 300)) + " "
            + n.equals(new Named("n", 1.5, 1L << 40, true, 'q', 2.5f, (byte) -1, (short) 301)) + " "
            + (n.hashCode() == new Named("n", 1.5, 1L << 40, true, 'q', 2.5f, (byte) -1, (short) 300).hashCode()));
        Named nulls = new Named(null, Double.NaN, 0, false, '\0', -0.0f, (byte) 0, (short) 0);
        System.out.println(nulls + " " + nulls.equals(new Named(null, Double.NaN, 0, false, '\0', -0.0f, (byte) 0, (short) 0))
            + " " + nulls.equals(new Named(null, Double.NaN, 0, false, '\0', 0.0f, (byte) 0, (short) 0)) + " " + nulls.hashCode());
        System.out.println(new Range(9, 2) + " " + new Range(5) + " " + new Range(9, 2).length());
        int[] arr = {1};
        Wrapper w = new Wrapper("v", arr);
        System.out.println(w.equals(new Wrapper("v", arr)) + " " + w.equals(new Wrapper("v", new int[] {1})));
        Shape s = new Square(2);
        System.out.println(s + " " + s.area() + " " + (s instanceof Record) + " " + new Empty() + " " + new Empty().equals(new Empty())
            + " " + new Empty().hashCode());
        System.out.println(new Point(1, 2).hashCode() + " " + new Range(1, 2).hashCode() + " " + new Square(0.5).hashCode());
    }
}
