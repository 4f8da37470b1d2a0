package corpus.lang.exc;

/** try/catch/finally in every shape: nested, rethrow, finally overriding return, exceptions in finally, loops with break/continue. */
public class TryFinally {
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int finallySwallowsException() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return 3;
        }
    }

    static int returnValueFixedBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            log.append("[finally x=" + x + "]");
        }
    }

    static void exceptionInFinally() {
        try {
            throw new RuntimeException("first");
        } finally {
            throw new IllegalArgumentException("from finally");
        }
    }

    static String nested(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("a");
            try {
                sb.append("b");
                if (mode == 1) throw new IllegalArgumentException("m1");
                if (mode == 2) throw new UnsupportedOperationException("m2");
                if (mode == 3) throw new Error("m3");
                sb.append("c");
            } catch (IllegalArgumentException e) {
                sb.append("[inner " + e.getMessage() + "]");
                if (mode == 1) throw new IllegalStateException("rethrown", e);
            } finally {
                sb.append("f1");
            }
            sb.append("d");
        } catch (IllegalStateException e) {
            sb.append("[outer " + e.getMessage() + " cause " + e.getCause().getMessage() + "]");
        } catch (RuntimeException e) {
            sb.append("[outer RTE " + e.getMessage() + "]");
        } catch (Throwable t) {
            sb.append("[throwable " + t + "]");
        } finally {
            sb.append("f2");
        }
        return sb.toString();
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i % 3 == 0) continue;
                if (i == 8) break;
                count += i;
            } finally {
                count += 100;
            }
        }
        return count;
    }

    static void rethrowSame() throws Exception {
        try {
            throw new Exception("checked");
        } catch (Exception e) {
            log.append("[caught, rethrowing]");
            throw e;
        }
    }

    static int depthOfFinally(int n) {
        try {
            if (n == 0) throw new ArithmeticException("bottom");
            return depthOfFinally(n - 1) + 1;
        } finally {
            log.append(n);
        }
    }

    public static void main(String[] args) {
        System.out.println(finallyOverridesReturn());
        System.out.println(finallySwallowsException());
        System.out.println(returnValueFixedBeforeFinally() + " " + log);
        try {
            exceptionInFinally();
        } catch (RuntimeException e) {
            System.out.println("got " + e + " suppressed " + e.getSuppressed().length);
        }
        for (int m = 0; m <= 3; m++) System.out.println("nested(" + m + ") = " + nested(m));
        System.out.println("loop " + loopWithFinally());
        log.setLength(0);
        try {
            rethrowSame();
        } catch (Exception e) {
            System.out.println(log + " " + e.getMessage());
        }
        log.setLength(0);
        try {
            depthOfFinally(5);
        } catch (ArithmeticException e) {
            System.out.println("finally order " + log + " " + e.getMessage());
        }
        int v = 0;
        try {
            try {
                v = 1;
                throw new RuntimeException("x");
            } finally {
                v += 10;
            }
        } catch (RuntimeException e) {
            v += 100;
        } finally {
            v += 1000;
        }
        System.out.println("v " + v);
        String s = null;
        try {
            s.length();
        } catch (NullPointerException | IllegalStateException e) {
            System.out.println("multi-catch " + e.getClass().getName());
        }
        label:
        try {
            if (v > 0) break label;
            System.out.println("not reached");
        } finally {
            System.out.println("finally after labeled break");
        }
    }
}
