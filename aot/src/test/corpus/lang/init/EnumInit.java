package corpus.lang.init;

import java.util.HashMap;
import java.util.Map;

/** Enum initialisation order: constants before other statics, a static lookup map filled after the constants, enum in interface. */
public class EnumInit {
    static final StringBuilder log = new StringBuilder();

    enum Code {
        ALPHA("a"), BETA("b"), GAMMA("g");

        private static final Map<String, Code> BY_SHORT = new HashMap<>();
        static {
            log.append("static block; ");
            for (Code c : values()) BY_SHORT.put(c.shortName, c);
        }

        final String shortName;
        Code(String s) {
            shortName = s;
            log.append("ctor ").append(s).append(" map=").append(mapState()).append("; ");
        }

        static Code of(String s) { return BY_SHORT.get(s); }
        static String mapState() { return BY_SHORT == null ? "null" : "set"; }   // during the constructors: still null
    }

    interface Constants {
        enum Mode { ON, OFF }
        Mode DEFAULT = Mode.OFF;
    }

    enum Single {
        INSTANCE;
        int counter;
        int next() { return ++counter; }
    }

    public static void main(String[] args) {
        System.out.println("before: [" + log + "]");
        System.out.println(Code.of("b") + " " + Code.of("z") + " " + Code.GAMMA.shortName);
        System.out.println(log);
        System.out.println(Constants.DEFAULT + " " + Constants.Mode.valueOf("ON").ordinal());
        Single.INSTANCE.next();
        Single.INSTANCE.next();
        System.out.println(Single.INSTANCE.next() + " " + Single.valueOf("INSTANCE").counter);
    }
}
