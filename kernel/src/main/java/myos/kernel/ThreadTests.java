package myos.kernel;

import myos.kernel.log.Kmsg;

/**
 * Self-tests of kernel threads (java.lang.Thread on the kernel scheduler), for the
 * integration tests of issue 4: {@code debug=sleep} (timer sleep/wakeup interleaving) and
 * {@code debug=threads} (preempted threads churning the garbage-collected heap).
 */
final class ThreadTests {
    private ThreadTests() {}

    static final int SLEEPERS = 3, SLEEPS = 3, SLEEP_MS = 20;

    /**
     * Sleeper i (1..3) sleeps i * 20 ms, three times, and logs each wake-up; the log order must
     * follow the deadlines (i * 20 * k), which the test checks.
     */
    static void sleepers(Console c) {
        Thread[] ts = new Thread[SLEEPERS];
        for (int i = 0; i < SLEEPERS; i++) {
            int id = i + 1;
            ts[i] = new Thread(() -> {
                for (int k = 1; k <= SLEEPS; k++) {
                    try {
                        Thread.sleep((long) id * SLEEP_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    synchronized (ThreadTests.class) {
                        c.log(Kmsg.INFO, c.line().str("sleep: thread ").dec(id).str(" wake ").dec(k)
                            .str(" deadline ").dec((long) id * SLEEP_MS * k).str(" ms"));
                    }
                }
            });
        }
        for (Thread t : ts) t.start();
        joinAll(ts);
        c.info("sleep: done");
    }

    static final int ALLOCATORS = 4, LIVE_SLOTS = 256, LIVE_LENGTH = 32;

    /**
     * Four threads that never block or yield allocate, together, ten times the heap's maximum
     * in short-lived arrays while each keeps a ring of live arrays whose contents it checks
     * at the end. Progress marks go into a shared log; marks of different threads interleave
     * only if the timer preempted them.
     */
    static void allocators(Console c) {
        long total = 10 * Runtime.getRuntime().maxMemory();
        long perThread = total / ALLOCATORS;
        int[] errors = new int[ALLOCATORS];
        int[] marks = new int[4096];
        int[] markCount = new int[1];
        Thread[] ts = new Thread[ALLOCATORS];
        for (int i = 0; i < ALLOCATORS; i++) {
            int id = i;
            ts[i] = new Thread(() -> errors[id] = churn(id, perThread, marks, markCount));
        }
        long t0 = c.now();
        for (Thread t : ts) t.start();
        joinAll(ts);
        int switchesBetweenThreads = 0;
        int n = Math.min(markCount[0], marks.length);
        for (int i = 1; i < n; i++) if (marks[i] != marks[i - 1]) switchesBetweenThreads++;
        int bad = 0;
        for (int e : errors) bad += e;
        Runtime rt = Runtime.getRuntime();
        c.log(bad == 0 ? Kmsg.INFO : Kmsg.ERR, c.line().str("threads: ").dec(ALLOCATORS).str(" threads allocated ")
            .dec(total >> 20).str(" MiB (10x the ").dec(rt.maxMemory() >> 20).str(" MiB heap) in ")
            .dec((c.now() - t0) / 1_000_000).str(" ms; live data ").str(bad == 0 ? "intact" : "CORRUPT")
            .str("; progress marks interleaved ").dec(switchesBetweenThreads).str(" times"));
    }

    /** Returns the number of corrupted live arrays found. */
    private static int churn(int id, long bytes, int[] marks, int[] markCount) {
        int[][] live = new int[LIVE_SLOTS][];
        long seed = 0x9e3779b97f4a7c15L * (id + 1);
        long done = 0;
        int step = 0;
        while (done < bytes) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int slot = (int) ((seed >>> 33) % LIVE_SLOTS);
            int[] a = new int[LIVE_LENGTH];
            for (int j = 0; j < LIVE_LENGTH; j++) a[j] = id * 1_000_003 + slot * 31 + j;
            live[slot] = a;                                       // the old one becomes garbage
            byte[] garbage = new byte[64 + (int) ((seed >>> 20) & 1023)];
            garbage[0] = (byte) id;
            done += garbage.length + 24 + LIVE_LENGTH * 4 + 24;
            if ((++step & 1023) == 0) {
                synchronized (markCount) {
                    if (markCount[0] < marks.length) marks[markCount[0]++] = id;
                }
            }
        }
        int bad = 0;
        for (int slot = 0; slot < LIVE_SLOTS; slot++) {
            int[] a = live[slot];
            if (a == null) continue;
            for (int j = 0; j < LIVE_LENGTH; j++) {
                if (a[j] != id * 1_000_003 + slot * 31 + j) {
                    bad++;
                    break;
                }
            }
        }
        return bad;
    }

    private static void joinAll(Thread[] ts) {
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
