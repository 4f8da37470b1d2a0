package corpus.rt;

/**
 * References that live only in the locals of threads that are blocked (sleeping, waiting
 * on a monitor, joining) while another thread collects: the collector must find them on
 * those threads' stacks and in their saved registers.
 */
public class GcBlockedRoots {
    static final class Box {
        final long value;
        final Box inner;
        Box(long value, Box inner) { this.value = value; this.inner = inner; }
    }

    static Box chain(int n, long seed) {
        Box b = null;
        for (int i = 0; i < n; i++) b = new Box(seed + i, b);
        return b;
    }

    static long total(Box b) {
        long t = 0;
        for (; b != null; b = b.inner) t += b.value;
        return t;
    }

    static final Object gate = new Object();
    static boolean open;

    public static void main(String[] args) throws InterruptedException {
        long[] results = new long[2];
        Thread sleeper = new Thread(() -> {
            Box mine = chain(3000, 1_000_000);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            results[0] = total(mine);
        });
        Thread waiter = new Thread(() -> {
            Box mine = chain(3000, 2_000_000);
            synchronized (gate) {
                while (!open) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            results[1] = total(mine);
        });
        sleeper.start();
        waiter.start();
        long garbage = 0;
        for (int i = 0; i < 50; i++) garbage += total(chain(1000, i));
        synchronized (gate) {
            open = true;
            gate.notifyAll();
        }
        sleeper.join();
        waiter.join();
        System.out.println("sleeper " + results[0] + " waiter " + results[1] + " garbage " + garbage);
    }
}
