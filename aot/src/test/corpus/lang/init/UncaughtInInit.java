package corpus.lang.init;

/**
 * A failing static initialiser, then an uncaught exception built from the NoClassDefFoundError's message.
 * (The NoClassDefFoundError itself is not left uncaught: HotSpot would print its cause with a
 * "... n more" frame count, which depends on stack frames our runtime does not print yet.)
 */
public class UncaughtInInit {
    static class Boom {
        static final int V;
        static {
            System.out.println("Boom initialising");
            V = Integer.parseInt("not a number");
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        try {
            System.out.println(Boom.V);
        } catch (ExceptionInInitializerError e) {
            System.out.println("caught: " + e.getCause());
        }
        try {
            System.out.println(Boom.V);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("second use: " + e.getMessage());
        }
    }
}
