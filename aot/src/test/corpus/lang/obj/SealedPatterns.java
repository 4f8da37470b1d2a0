package corpus.lang.obj;

/** Java 17: sealed interfaces and classes, records as permitted subtypes, instanceof patterns with && conditions. */
public class SealedPatterns {
    sealed interface Shape permits Circle, Rect, Tri { }
    record Circle(double r) implements Shape { }
    record Rect(double w, double h) implements Shape { }
    static final class Tri implements Shape {
        final double b, h;
        Tri(double b, double h) { this.b = b; this.h = h; }
    }

    static sealed abstract class Vehicle permits Car, Bike { abstract int wheels(); }
    static final class Car extends Vehicle { int wheels() { return 4; } }
    static non-sealed class Bike extends Vehicle { int wheels() { return 2; } }
    static class Tandem extends Bike { @Override int wheels() { return 2 + 0; } }

    static double area(Shape s) {
        if (s instanceof Circle c) return 3 * c.r() * c.r();
        if (s instanceof Rect r && r.w() == r.h()) return r.w() * r.w();
        if (s instanceof Rect r) return r.w() * r.h();
        if (s instanceof Tri t) return t.b * t.h / 2;
        throw new IllegalStateException();
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Rect(2, 3), new Rect(4, 4), new Tri(3, 5)};
        double total = 0;
        for (Shape s : shapes) {
            double a = area(s);
            total += a;
            System.out.println(s.getClass().getSimpleName() + " " + a);
        }
        System.out.println("total " + total);
        Vehicle[] vs = {new Car(), new Bike(), new Tandem()};
        int wheels = 0;
        for (Vehicle v : vs) wheels += v.wheels();
        System.out.println("wheels " + wheels);
        Object o = "a string";
        if (!(o instanceof String str)) {
            System.out.println("not a string");
        } else {
            System.out.println("length via pattern " + str.length());
        }
        Object n = 42;
        String kind = n instanceof Integer i && i > 40 ? "big int " + (i + 1) : "other";
        System.out.println(kind);
        System.out.println(Shape.class.isInterface() + " " + (shapes[0] instanceof Record));
    }
}
