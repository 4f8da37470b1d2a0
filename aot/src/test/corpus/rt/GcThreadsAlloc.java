package corpus.rt;

/**
 * Four threads build private linked structures and trade objects through a shared,
 * synchronized mailbox while collections stop them at safepoints or find them blocked on
 * the mailbox monitor. Every object that crossed threads is checked at the end.
 */
public class GcThreadsAlloc {
    static final class Item {
        final int producer, seq;
        final int[] data;
        Item(int producer, int seq) {
            this.producer = producer;
            this.seq = seq;
            data = new int[seq % 40 + 1];
            data[data.length - 1] = producer * 100_000 + seq;
        }
        boolean ok() { return data[data.length - 1] == producer * 100_000 + seq; }
    }

    static final Object lock = new Object();
    static final Item[] mailbox = new Item[64];
    static int count;
    static long received, bad;

    static void put(Item it) throws InterruptedException {
        synchronized (lock) {
            while (count == mailbox.length) lock.wait();
            mailbox[count++] = it;
            lock.notifyAll();
        }
    }

    static Item take() throws InterruptedException {
        synchronized (lock) {
            while (count == 0) lock.wait();
            Item it = mailbox[--count];
            mailbox[count] = null;
            lock.notifyAll();
            return it;
        }
    }

    static long churn(int id, int n) {
        long acc = 0;
        Item[] mine = new Item[100];
        for (int i = 0; i < n; i++) {
            mine[i % mine.length] = new Item(id, i);
            StringBuilder sb = new StringBuilder();
            sb.append(id).append('-').append(i);
            acc += sb.length();
        }
        for (Item it : mine) if (it != null && it.ok()) acc++;
        return acc;
    }

    public static void main(String[] args) throws InterruptedException {
        final int producers = 3, perProducer = 2000;
        long[] churned = new long[producers];
        Thread[] ts = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            final int id = p;
            ts[p] = new Thread(() -> {
                try {
                    for (int i = 0; i < perProducer; i++) {
                        put(new Item(id, i));
                        if (i % 100 == 0) churned[id] += churn(id, 200);
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            ts[p].start();
        }
        long sum = 0;
        for (int i = 0; i < producers * perProducer; i++) {
            Item it = take();
            if (!it.ok()) bad++;
            sum += it.seq;
            received++;
        }
        for (Thread t : ts) t.join();
        long c = 0;
        for (long x : churned) c += x;
        System.out.println("received " + received + " bad " + bad + " seqsum " + sum + " churn " + c);
    }
}
