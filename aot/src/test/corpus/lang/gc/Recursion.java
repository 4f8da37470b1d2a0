package corpus.lang.gc;

/** Deep recursion (depth 6000, within HotSpot's default 1 MiB main-thread stack and the native 8 MiB), mutual recursion, Ackermann. @gcstress */
public class Recursion {
    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    static long sumWithLocals(int n, long acc, double d, String tag) {
        if (n == 0) return acc + (long) d + tag.length();
        long a = acc + n;
        return sumWithLocals(n - 1, a, d + 0.5, tag);
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static int hanoi(int n, int from, int to, int via) {
        if (n == 0) return 0;
        return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from);
    }

    static class TreeNode {
        TreeNode left, right;
        int value;
    }

    static TreeNode degenerate(int n) {
        TreeNode root = null;
        for (int i = 0; i < n; i++) {
            TreeNode t = new TreeNode();
            t.value = i;
            t.left = root;
            root = t;
        }
        return root;
    }

    static long sumTree(TreeNode t) { return t == null ? 0 : t.value + sumTree(t.left) + sumTree(t.right); }

    public static void main(String[] args) {
        System.out.println("depth " + depth(6000));
        System.out.println("sumWithLocals " + sumWithLocals(3000, 0, 0.0, "tag"));
        System.out.println("even " + isEven(6001) + " " + isOdd(6001));
        System.out.println("ackermann(2, 3) " + ackermann(2, 3) + " ackermann(3, 5) " + ackermann(3, 5));
        System.out.println("fib(27) " + fib(27));
        System.out.println("hanoi(18) " + hanoi(18, 1, 3, 2));
        System.out.println("degenerate tree " + sumTree(degenerate(5000)));
        int repeated = 0;
        for (int i = 0; i < 200; i++) repeated += depth(2000);
        System.out.println("repeated " + repeated);
    }
}
