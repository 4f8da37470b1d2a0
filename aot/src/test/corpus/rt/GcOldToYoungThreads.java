package corpus.rt;

/**
 * Threads store fresh objects into one shared old structure (a table of slots and a large
 * array) while young collections run: every thread's stores need the write barrier, and a
 * collection started by one thread must find the old-to-young references the others made
 * (MYOS_GC_VERIFY checks they lie on dirty cards). Each thread writes only its own slots,
 * so the final contents are deterministic.
 */
public class GcOldToYoungThreads {
    static final class Cell {
        final int owner, n;
        final Cell prev;
        Cell(int owner, int n, Cell prev) {
            this.owner = owner;
            this.n = n;
            this.prev = prev;
        }
    }

    static final int THREADS = 4, SLOTS = 64, ROUNDS = 300;
    static final Cell[] table = new Cell[THREADS * SLOTS];
    static final Object[] big = new Object[THREADS * 1024]; // a large object
    static Object sink;

    public static void main(String[] args) throws InterruptedException {
        System.gc(); // the shared arrays are old
        Thread[] ts = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            final int me = t;
            ts[t] = new Thread(() -> work(me));
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        long sum = 0, depth = 0;
        for (Cell c : table) {
            for (Cell x = c; x != null; x = x.prev) {
                sum += x.owner * 1000L + x.n;
                depth++;
            }
        }
        for (Object o : big) if (o instanceof Cell c) sum += c.n;
        System.out.println("sum " + sum + " cells " + depth);
    }

    static void work(int me) {
        for (int r = 0; r < ROUNDS; r++) {
            for (int s = 0; s < SLOTS; s++) {
                int i = me * SLOTS + s;
                Cell old = table[i];
                table[i] = new Cell(me, r, r % 10 == 0 ? null : old); // chains of up to 10
                sink = new int[s & 7];
            }
            big[me * 1024 + (r * 7) % 1024] = new Cell(me, r, null);
        }
    }
}
