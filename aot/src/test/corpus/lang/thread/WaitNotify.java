package corpus.lang.thread;

import java.util.ArrayDeque;

/** wait/notify/notifyAll: a bounded producer-consumer queue and a barrier; deterministic totals. @gcstress */
public class WaitNotify {
    static final class BoundedQueue {
        private final ArrayDeque<Integer> items = new ArrayDeque<>();
        private final int capacity;
        BoundedQueue(int capacity) { this.capacity = capacity; }

        synchronized void put(int v) throws InterruptedException {
            while (items.size() == capacity) wait();
            items.addLast(v);
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (items.isEmpty()) wait();
            int v = items.removeFirst();
            notifyAll();
            return v;
        }
    }

    static final class Latch {
        private int remaining;
        Latch(int n) { remaining = n; }
        synchronized void countDown() {
            if (--remaining == 0) notifyAll();
        }
        synchronized void await() throws InterruptedException {
            while (remaining > 0) wait();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedQueue q = new BoundedQueue(4);
        int producers = 3, perProducer = 2000;
        long[] consumed = new long[2];
        Thread[] ps = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            int id = p;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 0; i < perProducer; i++) q.put(id * 100000 + i);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        Thread[] cs = new Thread[2];
        int total = producers * perProducer;
        for (int c = 0; c < 2; c++) {
            int id = c;
            cs[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < total / 2; i++) consumed[id] += q.take();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (Thread t : cs) t.start();
        for (Thread t : ps) t.start();
        for (Thread t : ps) t.join();
        for (Thread t : cs) t.join();
        System.out.println("sum consumed " + (consumed[0] + consumed[1]));
        Latch latch = new Latch(5);
        int[] done = new int[5];
        for (int i = 0; i < 5; i++) {
            int k = i;
            new Thread(() -> {
                done[k] = k * k;
                latch.countDown();
            }).start();
        }
        latch.await();
        int s = 0;
        for (int v : done) s += v;
        System.out.println("latch released, sum " + s);
        Object mon = new Object();
        synchronized (mon) {
            long t0 = System.nanoTime();
            mon.wait(30);
            System.out.println("timed wait returned, >= 25ms: " + ((System.nanoTime() - t0) / 1000000 >= 25));
        }
        boolean[] flag = {false};
        Thread waiter = new Thread(() -> {
            synchronized (flag) {
                while (!flag[0]) {
                    try {
                        flag.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        waiter.start();
        Thread.sleep(10);
        synchronized (flag) {
            flag[0] = true;
            flag.notify();
        }
        waiter.join();
        System.out.println("notify woke the waiter");
    }
}
