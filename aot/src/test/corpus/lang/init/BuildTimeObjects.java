package corpus.lang.init;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Objects made by static initialisers the compiler runs at build time (aot BuildTimeInit):
 * enum constants, object tables, records, lambdas, a chain of objects; then what the program
 * does with them at run time: stores heap objects into them and collects garbage (every
 * reference slot of an image object is a root), locks them, compares identities.
 * @gcstress: runs again with a collection every 100 allocations and heap verification.
 */
public class BuildTimeObjects {
    enum Color {
        RED(0xFF0000), GREEN(0x00FF00), BLUE(0x0000FF) {
            @Override String describe() { return "the blue one"; }
        };

        final int rgb;
        Object attachment;                       // changed at run time

        Color(int rgb) { this.rgb = rgb; }

        String describe() { return name().toLowerCase() + " #" + Integer.toHexString(rgb); }
    }

    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
    }

    static final class Node {
        final int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static final class Tables {
        static final Point[] GRID = new Point[9];
        static final Node LIST;
        static final Object[] SLOTS = new Object[4];
        static final int[][] SQUARES = new int[4][];
        static final Comparator<Point> BY_X = Comparator.comparingInt(Point::x);
        static final Runnable NOTHING = () -> { };
        static {
            for (int i = 0; i < GRID.length; i++) GRID[i] = new Point(i % 3, i / 3);
            Node n = null;
            for (int i = 5; i > 0; i--) n = new Node(i, n);
            LIST = n;
            for (int i = 0; i < SQUARES.length; i++) {
                SQUARES[i] = new int[i + 1];
                for (int j = 0; j <= i; j++) SQUARES[i][j] = j * j;
            }
            SLOTS[0] = GRID[4];
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + c.describe() + " " + c.getClass().getSuperclass().getSimpleName());
        System.out.println(Color.valueOf("GREEN").rgb + " " + (Color.valueOf("BLUE") == Color.BLUE));
        switch (Color.GREEN) {
            case RED: System.out.println("red"); break;
            case GREEN: System.out.println("green"); break;
            default: System.out.println("other");
        }
        System.out.println(Point.ORIGIN + " " + Point.ORIGIN.plus(Tables.GRID[8]) + " " + Tables.GRID[5].equals(new Point(2, 1))
            + " " + (Tables.SLOTS[0] == Tables.GRID[4]) + " " + Tables.GRID.getClass().getSimpleName());
        StringBuilder chain = new StringBuilder();
        for (Node n = Tables.LIST; n != null; n = n.next) chain.append(n.value);
        System.out.println(chain + " " + Arrays.deepToString(Tables.SQUARES));
        List<Point> ps = new ArrayList<>(Arrays.asList(Tables.GRID));
        ps.sort(Tables.BY_X.reversed().thenComparing(Point::y));
        System.out.println(ps.subList(0, 4));
        Tables.NOTHING.run();

        // Heap objects stored into image objects must survive collections.
        for (Color c : Color.values()) c.attachment = new int[] {c.rgb, c.ordinal()};
        Tables.SLOTS[1] = new StringBuilder("kept in an image array");
        Tables.LIST.next.next = new Node(42, new Node(43, null));
        Tables.SQUARES[0] = new int[] {7, 7, 7};
        long sum = 0;
        for (int round = 0; round < 200; round++) {
            Object[] junk = new Object[500];
            for (int i = 0; i < junk.length; i++) junk[i] = new int[16 + i % 32];
            sum += junk.length;
            if (round % 50 == 0) Tables.SLOTS[2] = new Point(round, -round);   // replaced while garbage is made
        }
        System.out.println(sum);
        for (Color c : Color.values()) System.out.println(c + " " + Arrays.toString((int[]) c.attachment));
        chain.setLength(0);
        for (Node n = Tables.LIST; n != null; n = n.next) chain.append(n.value).append(' ');
        System.out.println(Tables.SLOTS[1] + " | " + Tables.SLOTS[2] + " | " + chain + "| " + Arrays.toString(Tables.SQUARES[0]));
        synchronized (Point.ORIGIN) {
            System.out.println("locked " + (System.identityHashCode(Point.ORIGIN) == System.identityHashCode(Point.ORIGIN)));
        }
    }
}
