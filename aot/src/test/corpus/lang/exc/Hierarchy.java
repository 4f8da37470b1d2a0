package corpus.lang.exc;

/** Custom exception hierarchies, causes, getMessage/getLocalizedMessage/toString, catch order, exceptions crossing many frames. @gcstress */
public class Hierarchy {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code) { super(msg); this.code = code; }
        AppException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
    }

    static class NotFound extends AppException {
        NotFound(String what) { super(what + " not found", 404); }
    }

    static class Custom extends RuntimeException {
        Custom() { }
        @Override public String getMessage() { return "custom message"; }
    }

    static class Quiet extends RuntimeException {
        Quiet() { super(null, null, false, false); }
    }

    static int deep(int n) throws AppException {
        if (n == 0) throw new NotFound("item");
        return deep(n - 1) + 1;
    }

    static void wrap() throws AppException {
        try {
            deep(200);
        } catch (NotFound e) {
            throw new AppException("wrapped", e);
        }
    }

    public static void main(String[] args) {
        try {
            deep(1000);
        } catch (NotFound e) {
            System.out.println("NotFound " + e.getMessage() + " " + e.code + " " + e);
        } catch (AppException e) {
            System.out.println("not here");
        }
        try {
            wrap();
        } catch (AppException e) {
            System.out.println(e + " / cause: " + e.getCause() + " / code " + ((NotFound) e.getCause()).code);
        }
        System.out.println(new Custom() + " | " + new Custom().getLocalizedMessage());
        System.out.println(new RuntimeException() + " | " + new RuntimeException((String) null).getMessage());
        RuntimeException c = new RuntimeException(new IllegalStateException("inner"));
        System.out.println(c.getMessage() + " | " + c);
        Quiet q = new Quiet();
        q.addSuppressed(new Exception("ignored"));
        System.out.println("suppression disabled: " + q.getSuppressed().length);
        Throwable t = new Throwable("plain");
        System.out.println(t + " " + (t.getCause() == null));
        Exception e = new Exception("x");
        e.initCause(new Error("root"));
        System.out.println(e.getCause());
        try {
            e.initCause(new Error("again"));
        } catch (IllegalStateException ise) {
            System.out.println("initCause twice: " + ise.getMessage());
        }
        Object[] list = {new ArithmeticException("a"), new ArrayIndexOutOfBoundsException(3), new StringIndexOutOfBoundsException("s"),
            new NumberFormatException("n"), new UnsupportedOperationException(), new ClassCastException("cc"), new NullPointerException("np"),
            new ArrayIndexOutOfBoundsException(), new IndexOutOfBoundsException(7), new NegativeArraySizeException("-2"),
            new IllegalMonitorStateException("m"), new InterruptedException("i"), new CloneNotSupportedException("c"), new StackOverflowError(),
            new OutOfMemoryError("oom"), new AssertionError("assert"), new AssertionError(5), new java.util.NoSuchElementException("nse"),
            new java.util.ConcurrentModificationException(), new ExceptionInInitializerError("eiie"), new NoClassDefFoundError("ncdfe"),
            new java.io.IOException("io"), new java.io.UncheckedIOException("uio", new java.io.IOException("io2"))};
        for (Object o : list) {
            Throwable th = (Throwable) o;
            String kind = th instanceof RuntimeException ? "unchecked" : th instanceof Error ? "error" : "checked";
            System.out.println(kind + " " + th);
        }
    }
}
