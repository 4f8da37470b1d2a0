package corpus.rt;

/**
 * A reference array wider than the collector's mark stack in verification mode (36,000
 * elements against 32,768 entries; without MYOS_GC_VERIFY the stack grows instead): tracing
 * it under GC stress + verification overflows the bounded mark stack, and the collector must
 * fall back to rescanning the heap without losing an object. Also large reference arrays (page runs,
 * not size classes) that are partly overwritten between collections.
 */
public class GcWideArrays {
    static final class Link {
        final int id;
        Link next;
        Link(int id) { this.id = id; }
    }

    public static void main(String[] args) {
        Object[] wide = new Object[36_000];
        for (int i = 0; i < wide.length; i++) wide[i] = new Link(i);
        long garbage = 0;
        for (int round = 0; round < 5; round++) {
            Object[] tmp = new Object[1_000];
            for (int i = 0; i < tmp.length; i++) tmp[i] = new int[i % 7 + 1];
            garbage += tmp.length;
            for (int i = round; i < wide.length; i += 997) ((Link) wide[i]).next = new Link(-round);
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
