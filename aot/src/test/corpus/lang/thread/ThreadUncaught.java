package corpus.lang.thread;

/** An uncaught exception in another thread: "Exception in thread "worker" ..." on stderr; main carries on and exits 0. */
public class ThreadUncaught {
    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            System.out.println("worker running");
            throw new IllegalArgumentException("bad argument in worker");
        }, "worker");
        t.start();
        t.join();
        System.out.println("main continues, worker alive: " + t.isAlive());
        Thread t2 = new Thread(() -> {
            int[] a = new int[1];
            a[2] = 1;
        }, "second");
        t2.start();
        t2.join();
        System.out.println("main ends normally");
    }
}
