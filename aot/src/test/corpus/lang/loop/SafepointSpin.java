package corpus.lang.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * Collections while other threads run code that never allocates: a loop in a method that
 * calls nothing (no entry poll, docs/abi.md "Safepoint polls": its back edge polls), a
 * recursion without loops (fib: every call polls on entry) and a non-recursive chain of
 * methods without loops that each call the next twice (2^18 calls of a leaf: only the
 * entry polls of the chain bound the wait; each is too big for the compiler's inline copies,
 * aot Inlining, which have no entry poll). The allocating thread's collections must
 * stop them all; the spinners run until the allocator is done, so a thread that never
 * reaches a safepoint deadlocks the program (the harness's timeout fails it). @gcstress
 */
public class SafepointSpin {
    static volatile boolean finished;

    /** Calls nothing: only its back edge polls. */
    static int mix(int[] a, int rounds) {
        int h = 17;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < a.length; i++) h = h * 31 + (a[i] ^ r);
        }
        return h;
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static int c0(int x) {
        int a = c1(x), b = c1(x + 1);
        return (a * 31 + b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c1(int x) {
        int a = c2(x), b = c2(x * 3);
        return (a * 31 ^ b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c2(int x) {
        int a = c3(x), b = c3(x - 1);
        return (a * 31 + b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c3(int x) {
        int a = c4(x), b = c4(x + 7);
        return (a * 31 ^ b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c4(int x) {
        int a = c5(x), b = c5(x * 5);
        return (a * 31 + b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c5(int x) {
        int a = c6(x), b = c6(x - 2);
        return (a * 31 ^ b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c6(int x) {
        int a = c7(x), b = c7(x + 3);
        return (a * 31 + b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c7(int x) {
        int a = c8(x), b = c8(x * 7);
        return (a * 31 ^ b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c8(int x) {
        int a = c9(x), b = c9(x - 5);
        return (a * 31 + b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c9(int x) {
        int a = c10(x), b = c10(x + 11);
        return (a * 31 ^ b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c10(int x) {
        int a = c11(x), b = c11(x * 9);
        return (a * 31 + b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c11(int x) {
        int a = c12(x), b = c12(x - 13);
        return (a * 31 ^ b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c12(int x) {
        int a = c13(x), b = c13(x + 17);
        return (a * 31 + b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c13(int x) {
        int a = c14(x), b = c14(x * 11);
        return (a * 31 ^ b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c14(int x) {
        int a = c15(x), b = c15(x - 19);
        return (a * 31 + b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c15(int x) {
        int a = c16(x), b = c16(x + 23);
        return (a * 31 ^ b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c16(int x) {
        int a = c17(x), b = c17(x * 13);
        return (a * 31 + b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int c17(int x) {
        int a = leaf(x), b = leaf(x - 29);
        return (a * 31 ^ b) ^ (x >>> 3) ^ (x << 2) ^ 0x5bd1e995;
    }
    static int leaf(int x) { return (x * 0x9E3779B9) >>> 7; }

    interface Work { int run(int round); }

    static Thread spinner(String name, int[] result, Work w) {
        Thread t = new Thread(() -> {
            int h = 0, rounds = 0;
            // At least a few rounds, then until the allocator has finished.
            while (rounds < 3 || !finished) h = h * 31 + w.run(rounds++);
            result[0] = h;
            result[1] = rounds;
        }, name);
        t.start();
        return t;
    }

    public static void main(String[] args) throws InterruptedException {
        int[] data = new int[1000];
        for (int i = 0; i < data.length; i++) data[i] = i * i;
        int[] r1 = new int[2], r2 = new int[2], r3 = new int[2];
        Thread t1 = spinner("loop", r1, round -> mix(data, 50));
        Thread t2 = spinner("fib", r2, round -> fib(20));
        Thread t3 = spinner("chain", r3, round -> c0(round & 1));
        long sum = 0;
        for (int round = 0; round < 30; round++) {
            List<int[]> keep = new ArrayList<>();
            for (int i = 0; i < 2000; i++) keep.add(new int[(i & 15) + 1]);
            for (int[] a : keep) sum += a.length;
        }
        finished = true;
        t1.join();
        t2.join();
        t3.join();
        System.out.println("allocated " + sum);
        System.out.println("loop " + (r1[1] >= 3) + " " + (r1[0] == expect(r1[1], round -> mix(data, 50))));
        System.out.println("fib " + (r2[1] >= 3) + " " + (r2[0] == expect(r2[1], round -> fib(20))));
        System.out.println("chain " + (r3[1] >= 3) + " " + (r3[0] == expect(r3[1], round -> c0(round & 1))));
    }

    static int expect(int rounds, Work w) {
        int h = 0;
        for (int r = 0; r < rounds; r++) h = h * 31 + w.run(r);
        return h;
    }
}
