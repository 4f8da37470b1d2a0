package corpus.rt;

/**
 * Chunks that die whole, which the sweep gives back without reading their slots, and chunks
 * that the allocator hands out by bumping a pointer through memory of an earlier life:
 * objects that own monitors die in whole chunks (their records must come back: the
 * verifier checks it, and in a long run the table would fill); one object of an otherwise
 * dead block survives only through a local variable (a conservative root); every slot of
 * chunks whose slots fill them exactly (16- and 32-byte objects) stays live and intact;
 * arrays of many sizes are made and dropped while threads allocate concurrently.
 */
public class GcDeadChunks {
    static final class Pair {
        Pair next;
        long value;
        Pair(Pair next, long value) { this.next = next; this.value = value; }
    }

    static final class Wide {
        final long a, b, c, d, e;
        Wide(long x) { a = x; b = x + 1; c = x + 2; d = x + 3; e = x + 4; }
        long sum() { return a + b + c + d + e; }
    }

    static long sink;

    public static void main(String[] args) throws InterruptedException {
        monitorsInDeadChunks();
        survivorByLocal();
        exactlyFullChunks();
        arraysWithThreads();
    }

    /** Blocks of locked objects that die together, with collections in between. */
    static void monitorsInDeadChunks() {
        long locked = 0;
        for (int round = 0; round < 8; round++) {
            Object[] block = new Object[5000];
            for (int i = 0; i < block.length; i++) {
                Object o = new Object();
                synchronized (o) {
                    locked++;
                }
                block[i] = o;
            }
            churn(2000); // promoted by a young collection or not: either way they die below
            block = null;
            if (round % 4 == 3) System.gc();
        }
        System.gc();
        Object o = new Object();
        synchronized (o) {
            System.out.println("monitors " + locked + " holds " + Thread.holdsLock(o));
        }
    }

    /** One object of a block kept only by a local; the rest of its chunk dies. */
    static void survivorByLocal() {
        Wide kept = null;
        for (int i = 0; i < 20000; i++) {
            Wide w = new Wide(i);
            if (i == 12345) kept = w;
        }
        System.gc();
        long total = 0;
        for (int i = 0; i < 40000; i++) total += new Wide(i).sum() & 1; // reuses the dead slots
        System.gc();
        System.out.println("kept " + kept.a + " " + kept.sum() + " churn " + total);
    }

    /** 16-byte objects and 32-byte nodes: every slot of several chunks live. */
    static void exactlyFullChunks() {
        Object[] objects = new Object[40000];
        for (int i = 0; i < objects.length; i++) objects[i] = new Object();
        Pair list = null;
        for (int i = 0; i < 30000; i++) list = new Pair(list, i);
        churn(5000);
        System.gc();
        int distinct = 0;
        for (int i = 0; i < objects.length; i++) if (objects[i] != null && (i == 0 || objects[i] != objects[i - 1])) distinct++;
        long sum = 0;
        int n = 0;
        for (Pair p = list; p != null; p = p.next) {
            sum += p.value;
            n++;
        }
        System.out.println("objects " + distinct + " pairs " + n + " sum " + sum);
    }

    /** Arrays of every small size class, from several threads at once. */
    static void arraysWithThreads() throws InterruptedException {
        long[] results = new long[4];
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            final int id = t;
            threads[t] = new Thread(() -> {
                long check = 0;
                Object[] keep = new Object[64];
                for (int i = 0; i < 8000; i++) {
                    int len = (i * 7 + id * 13) % 260;
                    Object a;
                    switch (i % 3) {
                        case 0 -> {
                            byte[] b = new byte[len * 7];
                            for (int k = 0; k < b.length; k += 97) check += b[k]; // fresh arrays read as zero
                            if (b.length > 0) b[b.length - 1] = (byte) i;
                            a = b;
                        }
                        case 1 -> {
                            int[] x = new int[len];
                            for (int k = 0; k < x.length; k++) check += x[k];
                            if (x.length > 0) x[0] = i;
                            a = x;
                        }
                        default -> {
                            Object[] x = new Object[len / 2];
                            for (Object e : x) if (e != null) check++;
                            a = x;
                        }
                    }
                    keep[i & 63] = a;
                }
                for (Object k : keep) check += k instanceof byte[] b ? b.length : k instanceof int[] x ? x.length : ((Object[]) k).length;
                results[id] = check;
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        System.out.println("threads " + results[0] + " " + results[1] + " " + results[2] + " " + results[3]);
    }

    static void churn(int n) {
        for (int i = 0; i < n; i++) sink += new Pair(null, i).value;
    }
}
