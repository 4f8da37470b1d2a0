package corpus.lang.thread;

/** Thread start/join/sleep/currentThread().getName()/setName/isAlive, Runnable vs subclass, exceptions from join-ed threads. */
public class ThreadBasics {
    static class Worker extends Thread {
        long result;
        final int n;
        Worker(int n) { super("worker-" + n); this.n = n; }
        @Override public void run() {
            long s = 0;
            for (int i = 0; i <= n * 100000; i++) s += i;
            result = s;
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("main thread: " + Thread.currentThread().getName());
        Worker[] ws = new Worker[4];
        for (int i = 0; i < ws.length; i++) ws[i] = new Worker(i + 1);
        for (Worker w : ws) w.start();
        for (Worker w : ws) w.join();
        for (Worker w : ws) System.out.println(w.getName() + " " + w.result + " alive " + w.isAlive());
        String[] seen = new String[1];
        Thread t = new Thread(() -> seen[0] = Thread.currentThread().getName(), "named-by-ctor");
        t.start();
        t.join();
        System.out.println("runnable saw " + seen[0]);
        Thread t2 = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            seen[0] = "slept";
        });
        t2.setName("sleeper");
        long start = System.nanoTime();
        t2.start();
        t2.join();
        long ms = (System.nanoTime() - start) / 1000000;
        System.out.println(t2.getName() + " " + seen[0] + " waited >= 50ms: " + (ms >= 50));
        Thread.sleep(1);
        Thread self = Thread.currentThread();
        System.out.println("same thread object: " + (self == Thread.currentThread()) + " alive " + self.isAlive());
        Thread never = new Thread(() -> { });
        System.out.println("not started alive: " + never.isAlive());
        never.join();   // join on an unstarted thread returns at once
        try {
            t.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("restart: IllegalThreadStateException");
        }
        Thread.yield();
        System.out.println("done");
    }
}
