package corpus.lang.str;

import java.util.ArrayList;
import java.util.List;

/**
 * String concatenation at its edges (JLS §15.18.1; lowered by aot ConcatClass through
 * java.lang.StringConcatHelper): nulls, a toString() that returns null or throws, the order
 * toString() calls happen in, Latin-1 and UTF-16 pieces in every position, number limits in
 * UTF-16 results, every primitive type, recipe constants with tag characters, many
 * arguments, and a lot of garbage.
 * @gcstress: runs again with a collection every 100 allocations and heap verification.
 */
public class ConcatEdges {
    static final List<String> calls = new ArrayList<>();

    record Named(String name) {
        @Override public String toString() { calls.add(name); return name; }
    }

    static final Object NULL_TO_STRING = new Object() {
        @Override public String toString() { return null; }
    };

    static final Object THROWS = new Object() {
        @Override public String toString() { throw new IllegalStateException("toString failed"); }
    };

    public static void main(String[] args) {
        String nul = null;
        Object onul = null;
        System.out.println("a" + nul + "b" + onul + "c" + NULL_TO_STRING);
        System.out.println(nul + "" + onul);

        Named x = new Named("x"), y = new Named("y"), z = new Named("z");
        String s = z + "-" + x + "-" + y + "-" + x;
        System.out.println(s + " " + calls);

        try {
            System.out.println("before " + x + THROWS + y);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " after " + calls);
        }

        char euro = '\u20ac', e8 = '\u00e8', big = '\uffff';
        String utf = "\u4e2d\u6587";
        System.out.println(euro + "" + 42 + e8 + utf + Long.MIN_VALUE + Integer.MIN_VALUE + big);
        System.out.println("\u20ac" + Long.MIN_VALUE);
        System.out.println(Long.MAX_VALUE + "\u20ac" + Integer.MAX_VALUE + '\u0100' + -0L + 'q');
        System.out.println(utf + utf.length() + (utf + "x").length() + ("é" + "x").length());
        String mixed = "x" + utf + "y" + e8;
        System.out.println(mixed + " " + mixed.length());

        byte b = -128; short sh = -32768; boolean t = true, f = false; float fl = -0.0f; double d = Double.NaN;
        System.out.println(b + "|" + sh + "|" + t + "|" + f + "|" + fl + "|" + d + "|" + 1e-300 + "|" + Float.MIN_VALUE + "|" + 100.0f);
        System.out.println("" + b + sh + t + f + fl + d + 'c' + 7L + 3.5);
        char[] chars = {'h', 'i'};
        System.out.println("chars " + (Object) chars.getClass().getSimpleName() + " " + String.valueOf(chars) + 1 + 2);
        System.out.println(1 + 2 + "three" + 4 + 5);

        String tags = "\u0001\u0002";   // javac passes such text as recipe constants
        System.out.println(("[" + tags + x + tags + "]").length());

        int i1 = 1, i2 = 2, i3 = 3, i4 = 4, i5 = 5, i6 = 6, i7 = 7, i8 = 8, i9 = 9, i10 = 10;
        long l1 = 11, l2 = 12, l3 = 13, l4 = 14, l5 = 15;
        System.out.println(i1 + "," + i2 + "," + i3 + "," + i4 + "," + i5 + "," + i6 + "," + i7 + "," + i8 + "," + i9 + "," + i10
            + ";" + l1 + "," + l2 + "," + l3 + "," + l4 + "," + l5 + ";" + x + y + z + utf + euro + e8);

        long sum = 0;
        for (int i = -5000; i < 5000; i++) {
            String r = "k" + i + "=" + (i ^ 0x5555) + ";" + (char) ('a' + Math.floorMod(i, 26)) + (i % 7 == 0 ? utf : "") + (long) i * i;
            sum += r.hashCode() + r.length();
        }
        System.out.println(sum);
    }
}
