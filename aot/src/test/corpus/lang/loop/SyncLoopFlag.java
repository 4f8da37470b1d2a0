package corpus.lang.loop;

/**
 * A plain (non-volatile) field written by one thread and read by another in a loop that
 * synchronises on every iteration: the monitor's happens-before edge (JLS §17.4.4, §17.4.5)
 * makes the write visible, so the loop ends. Native code must reread the field after each
 * monitor operation even though the loop's safepoint poll lets it keep values in
 * registers. Then a result read after Thread.join (JLS §17.4.4: join sees the thread's
 * writes).
 */
public class SyncLoopFlag {
    static final Object lock = new Object();
    static boolean stop;
    static int seen;
    static int progress;

    static int waitLocked() {
        int rounds = 0;
        while (true) {
            synchronized (lock) {
                if (stop) return rounds;
                progress++;
            }
            rounds++;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread setter = new Thread(() -> {
            while (true) {
                synchronized (lock) {
                    if (progress >= 1000) { stop = true; seen = progress; return; }
                }
                Thread.yield();
            }
        });
        setter.start();
        int rounds = waitLocked();
        setter.join();
        System.out.println("locked loop ended: " + (rounds >= 1000) + " " + (seen >= 1000));

        int[] box = new int[1];
        Thread worker = new Thread(() -> { for (int i = 0; i < 100_000; i++) box[0] += i & 1; });
        worker.start();
        worker.join();
        System.out.println("joined: " + box[0]);
    }
}
