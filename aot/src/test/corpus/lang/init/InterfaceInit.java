package corpus.lang.init;

/** Interface initialisation: triggered by a static method call or a non-constant field, not by a sub-interface, constants read inline. */
public class InterfaceInit {
    static final StringBuilder log = new StringBuilder();
    static int note(String s) { log.append(s).append(' '); return s.length(); }

    interface Base {
        int B = note("Base.B");
    }

    interface Sub extends Base {
        int S = note("Sub.S");
        int CONST = 99;
        static int helper() { return 7; }
    }

    interface WithStatic {
        int W = note("WithStatic.W");
        static String hello() { return "hello"; }
    }

    static class Holder {
        static { note("Holder.static"); }
        static final class Lazy {
            static final Holder INSTANCE = new Holder();
            static { note("Lazy.static"); }
        }
        static Holder get() { return Lazy.INSTANCE; }
    }

    static void step(String what) {
        System.out.println(what + ": " + log);
        log.setLength(0);
    }

    public static void main(String[] args) {
        System.out.println(Sub.CONST);
        step("constant");
        System.out.println(Sub.helper());
        step("static method of Sub (Base stays uninitialised)");
        System.out.println(Sub.S);
        step("Sub.S (already initialised)");
        System.out.println(Base.B);
        step("Base.B");
        System.out.println(WithStatic.hello());
        step("WithStatic.hello()");
        Holder.get();
        step("holder idiom");
        Holder.get();
        step("again");
    }
}
