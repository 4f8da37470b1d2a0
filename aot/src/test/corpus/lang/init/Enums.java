package corpus.lang.init;

/** Enums: values, valueOf, ordinal, name, compareTo, switch, constant bodies, abstract methods, fields, constructors, static init order. */
public class Enums {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        final double mass, radius;
        static final double G = 6.67300E-11;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() { return G * mass / (radius * radius); }
    }

    enum Op {
        PLUS("+") { int apply(int a, int b) { return a + b; } },
        MINUS("-") { int apply(int a, int b) { return a - b; } },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }
            @Override public String toString() { return "times!"; }
        };

        final String symbol;
        Op(String s) { symbol = s; }
        abstract int apply(int a, int b);
    }

    enum Counted {
        A, B, C;
        static int count;
        static { for (Counted c : values()) count += c.ordinal() + 1; }
    }

    interface HasCode { int code(); }
    enum Status implements HasCode {
        OK { public int code() { return 200; } },
        MISSING { public int code() { return 404; } }
    }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case GREEN:
            case BLUE: return "cool";
            default: return "?";
        }
    }

    static int arrow(Color c) {
        return switch (c) {
            case RED -> 1;
            case GREEN -> 2;
            case BLUE -> {
                int x = 3;
                yield x * 10;
            }
        };
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + describe(c) + " " + arrow(c) + " " + c.compareTo(Color.GREEN)
                + " " + c.getDeclaringClass().getSimpleName() + " " + (Color.valueOf(c.name()) == c));
        }
        Color[] v1 = Color.values(), v2 = Color.values();
        v1[0] = null;
        System.out.println("values() returns a fresh array: " + (v1 != v2) + " " + v2[0]);
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): NPE " + e.getMessage());
        }
        for (Planet p : Planet.values()) System.out.println(p + " " + (float) p.surfaceGravity());
        for (Op op : Op.values()) System.out.println(op + " " + op.symbol + " " + op.apply(6, 3) + " " + op.name() + " "
            + (op.getClass() == Op.class) + " " + op.getDeclaringClass().getSimpleName());
        System.out.println("count " + Counted.count + " " + Counted.valueOf("C").ordinal());
        for (Status s : Status.values()) System.out.println(s + " " + s.code());
        System.out.println(Enum.valueOf(Color.class, "BLUE") + " " + Color.RED.equals(Color.RED) + " " + Color.BLUE.hashCode() * 0);
        Color nullColor = null;
        try {
            describe(nullColor);
        } catch (NullPointerException e) {
            System.out.println("switch on null enum: NPE");
        }
        java.util.EnumMap<Color, Integer> unused = null;
        System.out.println(unused == null);
    }
}
