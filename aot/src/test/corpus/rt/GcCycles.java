package corpus.rt;

/**
 * Cyclic garbage: rings and doubly linked lists that point back to themselves become
 * unreachable as a whole (a reference-counting collector would leak them; mark-sweep must
 * free them). Run with a small heap this only finishes if the cycles are reclaimed.
 */
public class GcCycles {
    static final class Cell {
        Cell next, prev;
        final int[] payload;
        Cell(int n) { payload = new int[n]; payload[n - 1] = n; }
    }

    static Cell ring(int size, int payload) {
        Cell first = new Cell(payload), last = first;
        for (int i = 1; i < size; i++) {
            Cell c = new Cell(payload);
            c.prev = last;
            last.next = c;
            last = c;
        }
        last.next = first;
        first.prev = last;
        return first;
    }

    public static void main(String[] args) {
        Cell survivor = ring(400, 8);
        long total = 0;
        for (int round = 0; round < 60; round++) {
            Cell r = ring(300, 16 + round % 32);
            for (Cell c = r.next; c != r; c = c.next) total += c.payload[c.payload.length - 1];
        }
        int n = 0;
        Cell c = survivor;
        do { n++; c = c.next; } while (c != survivor);
        int back = 0;
        c = survivor;
        do { back++; c = c.prev; } while (c != survivor);
        System.out.println("total " + total);
        System.out.println("survivor ring " + n + " forward, " + back + " backward");
    }
}
