package corpus.rt;

/**
 * Monitors on short-lived objects: each lock inflates a monitor record, and the collector
 * must hand the record back when the object dies, or the table fills up. Also recursive
 * locking, timed waits that time out, and holdsLock.
 */
public class GcMonitorChurn {
    static int counter;

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 50_000; i++) {
            Object o = new Object();
            synchronized (o) {
                synchronized (o) {
                    counter++;
                }
            }
        }
        Object w = new Object();
        long timedOut = 0;
        synchronized (w) {
            for (int i = 0; i < 3; i++) {
                w.wait(5);
                timedOut++;
            }
            System.out.println("holds " + Thread.holdsLock(w));
        }
        System.out.println("holds after " + Thread.holdsLock(w));
        try {
            w.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without lock: " + e.getMessage());
        }
        System.out.println("counter " + counter + " timed waits " + timedOut);
    }
}
