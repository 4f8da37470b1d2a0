package corpus.lang.obj;

/** Interfaces: default, static and private methods, diamond resolution with X.super.m(), abstract classes, interface constants. */
public class Interfaces {
    interface Shape {
        int SIDES_UNKNOWN = -1;
        double area();
        default String describe() { return name() + " with area " + area() + " and " + sides() + " sides"; }
        default int sides() { return SIDES_UNKNOWN; }
        String name();
        static Shape unit() { return new Square(1); }
        private String secret() { return "secret of " + name(); }
        default String reveal() { return secret(); }
    }

    interface Named { default String title() { return "Named"; } }
    interface Titled { default String title() { return "Titled"; } }

    static class Both implements Named, Titled {
        @Override public String title() { return Named.super.title() + "+" + Titled.super.title(); }
    }

    interface Left extends Named { }
    interface Right extends Named { default String title() { return "Right"; } }
    static class Diamond implements Left, Right { }   // Right.title is more specific than Named.title

    static abstract class Polygon implements Shape {
        final int n;
        Polygon(int n) { this.n = n; }
        @Override public int sides() { return n; }
        public abstract double area();
        @Override public String toString() { return "Polygon[" + n + "]"; }
    }

    static final class Square extends Polygon {
        final double s;
        Square(double s) { super(4); this.s = s; }
        public double area() { return s * s; }
        public String name() { return "square"; }
    }

    static class Circle implements Shape {
        public double area() { return 3.0 * 2.0; }
        public String name() { return "circle"; }
    }

    interface Visitor<R> { R visitNum(int n); R visitAdd(Expr a, Expr b); }
    interface Expr { <R> R accept(Visitor<R> v); }
    static class Num implements Expr {
        final int n;
        Num(int n) { this.n = n; }
        public <R> R accept(Visitor<R> v) { return v.visitNum(n); }
    }
    static class Add implements Expr {
        final Expr a, b;
        Add(Expr a, Expr b) { this.a = a; this.b = b; }
        public <R> R accept(Visitor<R> v) { return v.visitAdd(a, b); }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Square(3), new Circle(), Shape.unit()};
        for (Shape s : shapes) System.out.println(s.describe() + " / " + s.reveal());
        System.out.println(new Both().title() + " " + new Diamond().title() + " " + Shape.SIDES_UNKNOWN);
        Named n = new Diamond();
        System.out.println(n.title() + " " + (n instanceof Right) + " " + (n instanceof Left) + " " + (shapes[0] instanceof Polygon));
        System.out.println(shapes[0]);
        Expr e = new Add(new Num(2), new Add(new Num(3), new Num(4)));
        int value = e.accept(new Visitor<Integer>() {
            public Integer visitNum(int k) { return k; }
            public Integer visitAdd(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
        });
        String shown = e.accept(new Visitor<String>() {
            public String visitNum(int k) { return Integer.toString(k); }
            public String visitAdd(Expr a, Expr b) { return "(" + a.accept(this) + " + " + b.accept(this) + ")"; }
        });
        System.out.println(shown + " = " + value);
        Comparable<String> c = "b";
        System.out.println(c.compareTo("a") + " " + ((CharSequence) "seq").length() + " " + ((CharSequence) new StringBuilder("xy")).charAt(1));
        Runnable r = new Runnable() { public void run() { System.out.println("anonymous Runnable"); } };
        r.run();
    }
}
