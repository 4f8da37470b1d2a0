package corpus.lang.trace;

/**
 * printStackTrace on stderr: "Caused by:", "... n more", suppressed exceptions, a cycle,
 * and the uncaught exception that ends main with its cause. The frames of the program's own
 * classes are compared with the JVM's line by line (the harness compares library frames
 * apart).
 */
public class TracePrinted {
    static class Resource implements AutoCloseable {
        final String name;

        Resource(String name) {
            this.name = name;
        }

        @Override public void close() {
            throw new IllegalStateException("close " + name);
        }
    }

    static void level3() {
        throw new IllegalArgumentException("level 3");
    }

    static void level2() {
        try {
            level3();
        } catch (IllegalArgumentException e) {
            throw new RuntimeException("level 2", e);
        }
    }

    static void level1() {
        try {
            level2();
        } catch (RuntimeException e) {
            throw new IllegalStateException("level 1", e);
        }
    }

    static void withResources() {
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) {
            throw new UnsupportedOperationException("body");
        }
    }

    public static void main(String[] args) {
        try { level1(); } catch (IllegalStateException e) { e.printStackTrace(); }
        try { withResources(); } catch (UnsupportedOperationException e) { e.printStackTrace(); }
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        b.printStackTrace();
        System.err.println("and now uncaught:");
        level1();
    }
}
