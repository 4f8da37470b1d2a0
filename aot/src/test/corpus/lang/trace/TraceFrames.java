package corpus.lang.trace;

import java.util.function.IntSupplier;

/**
 * Stack traces of the program's own frames, printed to stdout so they are compared exactly
 * (classes, methods, files, line numbers, order): nested calls, implicit exceptions (null,
 * division, bounds, cast, negative size, array store), constructors, lambdas, nested and
 * anonymous classes, static initialisers, rethrow with a cause, and the depth limit.
 * @gcstress (symbolising allocates while the raw frames are held only by the exception)
 */
public class TraceFrames {
    /** The frames of corpus classes (library frames differ from the JDK's by design). */
    static void show(String what, Throwable t) {
        System.out.println(what + ": " + t);
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("corpus.")) {
                System.out.println("  " + e.getClassName() + " | " + e.getMethodName() + " | " + e.getFileName() + " | " + e.getLineNumber());
            }
        }
    }

    static int down(int n) {
        if (n == 0) throw new IllegalStateException("bottom");
        return down(n - 1) + 1;
    }

    static int divide(int a, int b) {
        return a / b;
    }

    static int element(int[] a, int i) {
        return a[i];
    }

    static int length(String s) {
        return s.length();
    }

    static class Widget {
        final int size;

        Widget(int size) {
            if (size < 0) throw new IllegalArgumentException("negative size " + size);
            this.size = size;
        }

        Widget(String spec) {
            this(Integer.parseInt(spec));
        }
    }

    static class Config {
        static final int VALUE = compute();

        static int compute() {
            throw new UnsupportedOperationException("no config");
        }
    }

    static class Checked extends Exception {
        Checked(String m, Throwable cause) {
            super(m, cause);
        }
    }

    static void wrap() throws Checked {
        try {
            down(2);
        } catch (IllegalStateException e) {
            throw new Checked("wrapped", e);
        }
    }

    static int recurse(int n) {
        return n == 0 ? new Throwable("deep").getStackTrace().length : recurse(n - 1);
    }

    public static void main(String[] args) {
        try { down(3); } catch (RuntimeException e) { show("nested", e); }
        try { divide(1, args.length); } catch (ArithmeticException e) { show("divide", e); }
        try { element(new int[2], 2); } catch (ArrayIndexOutOfBoundsException e) { show("bounds", e); }
        try { length(null); } catch (NullPointerException e) { show("null", e); }
        try {
            Object o = "text";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) { show("cast", e); }
        try { int[] a = new int[args.length - 1]; System.out.println(a.length); } catch (NegativeArraySizeException e) { show("negative", e); }
        try {
            Object[] a = new String[1];
            a[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) { show("store", e); }
        try { new Widget(-1); } catch (IllegalArgumentException e) { show("constructor", e); }
        try { new Widget("-2"); } catch (IllegalArgumentException e) { show("this()", e); }
        try { new Widget("x"); } catch (NumberFormatException e) { show("library", e); }
        IntSupplier lambda = () -> divide(7, args.length);
        try { lambda.getAsInt(); } catch (ArithmeticException e) { show("lambda", e); }
        Runnable anonymous = new Runnable() {
            @Override public void run() {
                element(new int[0], -1);
            }
        };
        try { anonymous.run(); } catch (ArrayIndexOutOfBoundsException e) { show("anonymous", e); }
        try { System.out.println(Config.VALUE); } catch (ExceptionInInitializerError e) {
            show("clinit", e);
            show("clinit cause", e.getCause());
        }
        try { wrap(); } catch (Checked e) {
            show("rethrow", e);
            show("rethrow cause", e.getCause());
        }
        Throwable here = new Throwable();
        System.out.println("line " + here.getStackTrace()[0].getLineNumber() + " in " + here.getStackTrace()[0].getMethodName());
        System.out.println("depth 1500: " + recurse(1500) + " frames");
        RuntimeException unthrown = new RuntimeException("never thrown");
        StackTraceElement top = unthrown.getStackTrace()[0];
        System.out.println(top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber());
        unthrown.setStackTrace(new StackTraceElement[] {new StackTraceElement("a.B", "c", "B.java", 9)});
        System.out.println(unthrown.getStackTrace()[0]);
        System.out.println(unthrown.fillInStackTrace().getStackTrace()[0].getLineNumber());
    }
}
