package corpus.lang.exc;

/** Control flow through finally: break/continue/return inside finally, try in loops, catch that returns, nested finally order. */
public class FinallyFlow {
    @SuppressWarnings("finally")
    static int breakInFinally() {
        int i = 0;
        while (true) {
            try {
                i++;
                throw new RuntimeException("discarded by break");
            } finally {
                if (i == 3) break;
                continue;
            }
        }
        return i;
    }

    static String catchReturns(boolean fail) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try;");
            if (fail) throw new IllegalStateException();
            return sb.append("return-from-try;").toString();
        } catch (IllegalStateException e) {
            return sb.append("return-from-catch;").toString();
        } finally {
            sb.append("finally-after-return-value-computed;");
        }
    }

    static String order() {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                try {
                    throw new RuntimeException("x");
                } finally {
                    sb.append("1");
                }
            } finally {
                sb.append("2");
            }
        } catch (RuntimeException e) {
            sb.append("c");
        } finally {
            sb.append("3");
        }
        return sb.toString();
    }

    static int count;
    static void countingFinally(int n) {
        for (int i = 0; i < n; i++) {
            try {
                if (i % 2 == 0) continue;
                if (i == 7) return;
            } finally {
                count++;
            }
        }
    }

    static long sumWithExceptions(int[] data) {
        long s = 0;
        for (int i = 0; i <= data.length; i++) {
            try {
                s += 100 / data[i];
            } catch (ArithmeticException e) {
                s -= 1;
            } catch (ArrayIndexOutOfBoundsException e) {
                s -= 1000;
            } finally {
                s += 10000;
            }
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("breakInFinally " + breakInFinally());
        System.out.println(catchReturns(false) + " | " + catchReturns(true));
        System.out.println("order " + order());
        countingFinally(20);
        System.out.println("count " + count);
        System.out.println("sum " + sumWithExceptions(new int[] {1, 0, 3, 0, 7}));
        int depth = 0;
        try {
            try {
                depth++;
                throw new Error("inner error");
            } catch (RuntimeException e) {
                System.out.println("not caught here");
            } finally {
                depth += 10;
            }
        } catch (Error e) {
            System.out.println("outer caught " + e.getMessage() + " depth " + depth);
        }
    }
}
