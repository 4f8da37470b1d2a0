package corpus.rt;

/**
 * A reference array much wider than the collector's mark stack (tens of thousands of
 * elements, each the head of a short chain): tracing it overflows the bounded mark stack and
 * must fall back to rescanning the heap without losing an object. Also large reference
 * arrays (page runs, not size classes) that are partly overwritten between collections.
 */
public class GcWideArrays {
    static final class Link {
        final int id;
        final Link next;
        Link(int id, Link next) { this.id = id; this.next = next; }
    }

    public static void main(String[] args) {
        Object[] wide = new Object[40_000];
        for (int i = 0; i < wide.length; i++) wide[i] = new Link(i, new Link(-i, null));
        long garbage = 0;
        for (int round = 0; round < 10; round++) {
            Object[] tmp = new Object[5_000];
            for (int i = 0; i < tmp.length; i++) tmp[i] = new int[i % 7 + 1];
            garbage += tmp.length;
            for (int i = round; i < wide.length; i += 500) wide[i] = new Link(i, new Link(round, null));
        }
        long sum = 0;
        int chains = 0;
        for (Object o : wide) {
            for (Link l = (Link) o; l != null; l = l.next) sum += l.id;
            chains++;
        }
        System.out.println("chains " + chains + " sum " + sum + " garbage arrays " + garbage);
    }
}
