package corpus.rt;

/**
 * Old objects that are given young ones, across many collections: the write barrier's cases
 * (docs/abi.md "Write barrier"). Under MYOS_GC_STRESS a young collection runs every few
 * hundred allocations; the structures built first are old by then (a System.gc makes sure),
 * and every round stores fresh objects into them by putfield (plain and volatile), aastore
 * into a small and a large (page-run) array, System.arraycopy (same array class, an
 * assignable one, and the element-checked path), clone and multianewarray (whose outer
 * array can become old while its inner arrays are allocated). A store without its barrier
 * leaves an old-to-young reference on a clean card: MYOS_GC_VERIFY reports it before the
 * next young mark, and without the verifier the young object would be freed while still
 * referenced (a wrong sum or a crash).
 */
public class GcOldToYoung {
    static final class Box {
        final int v;
        Box(int v) { this.v = v; }
    }

    static final class Holder {
        Box box;
        volatile Box vbox;
        Object[] row = new Object[4];
    }

    static Object sink;

    public static void main(String[] args) {
        Holder[] holders = new Holder[300];
        for (int i = 0; i < holders.length; i++) holders[i] = new Holder();
        Object[] large = new Object[6000]; // 48 KiB: a large object (own page run)
        Box[] boxes = new Box[64];
        Object[] objs = new Object[64];
        System.gc(); // everything above is old from here on
        long total = 0;
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < holders.length; i++) {
                Holder h = holders[i];
                h.box = new Box(round + i);
                h.vbox = new Box(round * 2 + i);
                h.row[i & 3] = new Box(round * 3 + i);
                churn(3);
            }
            for (int i = round; i < large.length; i += 37) large[i] = new Box(i + round);
            Box[] fresh = new Box[boxes.length];
            for (int i = 0; i < fresh.length; i++) {
                fresh[i] = new Box(round * 100 + i);
                churn(2);
            }
            System.arraycopy(fresh, 0, boxes, 0, fresh.length);       // same class
            System.arraycopy(fresh, 0, objs, 0, fresh.length / 2);    // Box[] into Object[]
            Object[] mixed = new Object[8];
            for (int i = 0; i < mixed.length; i++) mixed[i] = new Box(-i - round);
            System.arraycopy(mixed, 0, boxes, boxes.length - 8, 8);   // element-checked
            Object[] copy = objs.clone();
            Box[][] grid = new Box[3][40];
            for (Box[] line : grid) for (int i = 0; i < line.length; i++) line[i] = new Box(i);
            large[round] = grid;
            large[round + 100] = copy;
            churn(200);
            total += sum(holders, large, boxes, objs);
        }
        System.out.println("total " + total + " last " + sum(holders, large, boxes, objs));
    }

    /** Garbage, so that collections happen in between (under MYOS_GC_STRESS). */
    static void churn(int n) {
        for (int i = 0; i < n; i++) sink = new int[i & 15];
    }

    static long sum(Holder[] holders, Object[] large, Box[] boxes, Object[] objs) {
        long s = 0;
        for (Holder h : holders) {
            s += h.box.v + 3L * h.vbox.v;
            for (Object o : h.row) if (o != null) s += ((Box) o).v;
        }
        for (Object o : large) s += value(o);
        for (Box b : boxes) if (b != null) s += b.v;
        for (Object o : objs) s += value(o);
        return s;
    }

    static long value(Object o) {
        if (o instanceof Box b) return b.v;
        long s = 0;
        if (o instanceof Box[][] g) for (Box[] line : g) for (Box b : line) s += 7L * b.v;
        if (o instanceof Object[] a) for (Object x : a) if (x instanceof Box b) s += 5L * b.v;
        return s;
    }
}
