package corpus.lang.thread;

/** Several threads race to initialise one class: the initialiser runs exactly once and everyone sees its result. */
public class ClassInitRace {
    static class Slow {
        static int runs;
        static final long VALUE;
        static {
            runs++;
            long v = 0;
            for (int i = 0; i < 3_000_000; i++) v += i % 7;
            VALUE = v;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int n = 6;
        long[] seen = new long[n];
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            int k = i;
            ts[i] = new Thread(() -> seen[k] = Slow.VALUE);
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        boolean same = true;
        for (long v : seen) same &= v == seen[0];
        System.out.println("value " + seen[0] + " all same " + same + " initialiser runs " + Slow.runs);
    }
}
