package corpus.lang.gc;

/** Recursion 50 000 deep in a thread created with a 256 MiB stack size request (Thread(group, runnable, name, stackSize)). */
public class DeepThreadStack {
    static int depth(int n, int[] sink) {
        if (n == 0) return 0;
        sink[n & 7] += n;
        return 1 + depth(n - 1, sink);
    }

    static long deepSum(long n) { return n == 0 ? 0 : n + deepSum(n - 1); }

    public static void main(String[] args) throws InterruptedException {
        int[] sink = new int[8];
        long[] out = new long[2];
        Thread t = new Thread(null, () -> {
            out[0] = depth(50_000, sink);
            out[1] = deepSum(50_000);
        }, "deep", 256L << 20);
        t.start();
        t.join();
        System.out.println("depth " + out[0] + " sum " + out[1] + " sink " + sink[3] + " thread " + t.getName());
    }
}
