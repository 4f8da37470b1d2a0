package corpus.lang.init;

/** An exception in a static initialiser: ExceptionInInitializerError, then NoClassDefFoundError on every later use. @gcstress */
public class InitFailure {
    static class Fragile {
        static int value = compute();
        static int compute() {
            if (value == 0) throw new IllegalStateException("cannot initialise");
            return 1;
        }
        static void use() { System.out.println("never"); }
    }

    static class ErrorInInit {
        static { if (true) throw new UnsupportedOperationException("unsupported in clinit"); }
        static int x;
    }

    static class DivInInit {
        static int zero = 0;
        static int bad = 10 / zero;
    }

    static class ErrorThrown {
        static { if (true) throw new AssertionError("an Error is not wrapped"); }
        static int y;
    }

    public static void main(String[] args) {
        try {
            Fragile.use();
        } catch (ExceptionInInitializerError e) {
            System.out.println("1st: " + e + " cause: " + e.getCause() + " getException: " + e.getException());
        }
        try {
            Fragile.use();
        } catch (NoClassDefFoundError e) {
            System.out.println("2nd: " + e + " / cause: " + e.getCause());
        }
        try {
            System.out.println(Fragile.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("3rd: " + e.getMessage());
        }
        try {
            new Fragile();
        } catch (Throwable e) {
            System.out.println("4th: " + e.getClass().getName());
        }
        try {
            System.out.println(ErrorInInit.x);
        } catch (ExceptionInInitializerError e) {
            System.out.println("ErrorInInit: " + e.getCause());
        }
        try {
            ErrorInInit.x = 5;
        } catch (NoClassDefFoundError e) {
            System.out.println("ErrorInInit again: " + e.getMessage());
        }
        try {
            System.out.println(DivInInit.bad);
        } catch (ExceptionInInitializerError e) {
            System.out.println("DivInInit: " + e.getCause() + " message " + e.getMessage());
        }
        try {
            System.out.println(ErrorThrown.y);
        } catch (AssertionError e) {
            System.out.println("Error passes through unwrapped: " + e);
        } catch (ExceptionInInitializerError e) {
            System.out.println("wrapped?! " + e);
        }
        try {
            System.out.println(ErrorThrown.y);
        } catch (NoClassDefFoundError e) {
            System.out.println("ErrorThrown again: " + e.getMessage());
        }
        Fragile[] arr = new Fragile[1];
        System.out.println("array of a failed class is fine: " + arr.length);
    }
}
