package corpus.lang.exc;

/** try-with-resources: close order, suppressed exceptions, null resources, exceptions from close only. @gcstress */
public class Resources {
    static final StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        Res(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            log.append("open " + name + "; ");
        }

        @Override public void close() throws Exception {
            log.append("close " + name + "; ");
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static void run(boolean failBody, boolean failA, boolean failB) throws Exception {
        try (Res a = new Res("a", failA); Res b = new Res("b", failB)) {
            log.append("body; ");
            if (failBody) throw new RuntimeException("body failed");
        }
    }

    public static void main(String[] args) throws Exception {
        boolean[] tf = {false, true};
        for (boolean body : tf) for (boolean fa : tf) for (boolean fb : tf) {
            log.setLength(0);
            try {
                run(body, fa, fb);
                System.out.println("ok: " + log);
            } catch (Exception e) {
                StringBuilder sup = new StringBuilder();
                for (Throwable t : e.getSuppressed()) sup.append("[").append(t.getMessage()).append("]");
                System.out.println(e.getMessage() + " suppressed " + sup + " :: " + log);
            }
        }
        log.setLength(0);
        try (Res nothing = null) {
            System.out.println("null resource is fine " + nothing);
        }
        try (Res r = new Res("outer", false)) {
            try (Res r2 = new Res("inner", true)) {
                log.append("work; ");
            } catch (IllegalStateException e) {
                log.append("caught " + e.getMessage() + "; ");
            } finally {
                log.append("inner finally; ");
            }
        } finally {
            log.append("outer finally");
        }
        System.out.println(log);
        Res shared = new Res("shared", false);
        log.setLength(0);
        try (shared) {
            log.append("using shared; ");
        }
        System.out.println(log);
        Throwable t = new Exception("main");
        t.addSuppressed(new Exception("s1"));
        t.addSuppressed(new Error("s2"));
        System.out.println(t.getSuppressed().length + " " + t.getSuppressed()[1]);
        try {
            t.addSuppressed(t);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: " + e.getMessage());
        }
        try {
            t.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
    }
}
