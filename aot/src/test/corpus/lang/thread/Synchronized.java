package corpus.lang.thread;

/** synchronized methods and blocks: counters incremented by several threads, reentrancy, static synchronized, exceptions releasing locks. */
public class Synchronized {
    private int count;
    private static long staticCount;
    private final Object lock = new Object();
    private long blockCount;

    synchronized void inc() { count++; }
    static synchronized void sinc() { staticCount++; }
    void binc() { synchronized (lock) { blockCount++; } }
    synchronized int reentrant(int depth) { return depth == 0 ? count : reentrant(depth - 1); }

    synchronized void throwInside() {
        count += 0;
        throw new IllegalStateException("thrown while holding the lock");
    }

    public static void main(String[] args) throws InterruptedException {
        Synchronized s = new Synchronized();
        int threads = 4, per = 50000;
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < per; k++) {
                    s.inc();
                    sinc();
                    s.binc();
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(s.count + " " + staticCount + " " + s.blockCount + " " + s.reentrant(100));
        try {
            s.throwInside();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        Thread other = new Thread(() -> {
            synchronized (s) {
                s.count = -1;
            }
        });
        other.start();
        other.join();   // would hang if throwInside had kept the monitor
        System.out.println("lock released: " + s.count);
        Object o = new Object();
        synchronized (o) {
            synchronized (o) {
                synchronized (s) {
                    System.out.println("nested monitors");
                }
            }
        }
        try {
            o.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without lock: IllegalMonitorStateException " + (e.getMessage() != null));
        }
        try {
            o.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without lock: IllegalMonitorStateException");
        }
        System.out.println(Thread.holdsLock(o) + " " + holds(o));
    }

    static boolean holds(Object o) {
        synchronized (o) {
            return Thread.holdsLock(o);
        }
    }
}
