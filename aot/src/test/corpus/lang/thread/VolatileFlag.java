package corpus.lang.thread;

/** A volatile flag and a volatile long published between threads (spinning with Thread.onSpinWait / yield). */
public class VolatileFlag {
    static volatile boolean ready;
    static volatile long published;
    static long plain;

    public static void main(String[] args) throws InterruptedException {
        Thread producer = new Thread(() -> {
            plain = 123456789L;
            published = Long.MIN_VALUE + 5;
            ready = true;
        });
        Thread consumer = new Thread(() -> {
            while (!ready) Thread.onSpinWait();
            System.out.println("consumer sees " + published + " and " + plain);
        });
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();
        int[] counter = new int[1];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 10000; k++) {
                    synchronized (counter) { counter[0]++; }
                    if ((k & 255) == 0) Thread.yield();
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("counter " + counter[0]);
    }
}
