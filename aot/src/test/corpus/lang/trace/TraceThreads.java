package corpus.lang.trace;

/** Uncaught exceptions in other threads ("Thread-0" is the default name) with their frames. */
public class TraceThreads {
    static void work(int n) {
        if (n == 0) {
            Object o = null;
            o.toString();
        }
        work(n - 1);
    }

    static class Worker extends Thread {
        @Override public void run() {
            throw new IllegalStateException("from " + getName());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> work(2));
        t.start();
        t.join();
        Worker w = new Worker();
        w.start();
        w.join();
        Thread caught = new Thread(() -> {
            try {
                work(1);
            } catch (NullPointerException e) {
                StackTraceElement[] st = e.getStackTrace();
                System.out.println("in " + Thread.currentThread().getName() + ": " + st[0].getMethodName() + ":" + st[0].getLineNumber()
                        + " then " + st[1].getMethodName() + ":" + st[1].getLineNumber() + " then " + st[2].getMethodName());
            }
        }, "catcher");
        caught.start();
        caught.join();
        System.out.println("main done");
    }
}
