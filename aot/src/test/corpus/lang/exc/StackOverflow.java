package corpus.lang.exc;

/**
 * StackOverflowError (JVMS §2.5.2) is an ordinary, catchable error: unbounded recursion on the
 * main thread, with wide frames, in a new thread, in a thread with a small explicit stack, and
 * through finally blocks that run while it unwinds; after catching it the thread recurses and
 * overflows again. No stack traces are printed: depths differ between stacks and runtimes.
 */
public class StackOverflow {
    static int depth;

    static int down(int n) {
        depth++;
        return down(n + 1) + 1;
    }

    static long wide(long a, long b, long c, double d, String s) {
        return wide(a + 1, b * 2, c ^ a, d * 1.5, s) + s.length() + (long) d;
    }

    static void throughFinally(int[] finallies) {
        try {
            throughFinally(finallies);
        } finally {
            finallies[0]++;
        }
    }

    static int viaInterface(Runnable r, int n) {
        r.run();
        return viaInterface(r, n + 1) * 2;
    }

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 3; round++) {
            depth = 0;
            try {
                down(0);
                System.out.println("not reached");
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": caught, deeper than 1000: " + (depth > 1000) + ", message " + e.getMessage());
            }
        }
        try {
            wide(1, 2, 3, 4.0, "x");
        } catch (StackOverflowError e) {
            System.out.println("wide frames: " + e.getClass().getName() + " is a VirtualMachineError: " + (e instanceof VirtualMachineError));
        }
        int[] counter = {0};
        try {
            viaInterface(() -> counter[0]++, 0);
        } catch (StackOverflowError e) {
            System.out.println("through an interface and a lambda: " + (counter[0] > 1000));
        }
        int[] finallies = {0};
        try {
            throughFinally(finallies);
        } catch (StackOverflowError e) {
            System.out.println("finally blocks ran while unwinding: " + (finallies[0] > 1000));
        }
        Thread t = new Thread(() -> {
            try {
                down(0);
            } catch (StackOverflowError e) {
                System.out.println("caught in a new thread");
            }
        });
        t.start();
        t.join();
        Thread small = new Thread(null, () -> {
            depth = 0;
            try {
                down(0);
            } catch (StackOverflowError e) {
                System.out.println("caught in a thread with a 256 KiB stack, deeper than 100: " + (depth > 100));
            }
        }, "small", 256 * 1024);
        small.start();
        small.join();
        // The error is a Throwable like any other: it can be wrapped and rethrown.
        try {
            try {
                down(0);
            } catch (StackOverflowError e) {
                throw new IllegalStateException("wrapped", e);
            }
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + ", cause " + e.getCause().getClass().getSimpleName());
        }
        System.out.println("done");
    }
}
