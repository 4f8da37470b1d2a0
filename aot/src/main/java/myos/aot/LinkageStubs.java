package myos.aot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * Dispatch-table entries for calls the JVM answers with a linkage error at run time: an
 * instantiated class that has no implementation for a slot (JVMS §5.4.6 selects nothing:
 * {@code AbstractMethodError}) or more than one maximally specific default method for it
 * ({@code IncompatibleClassChangeError}). javac never produces such classes from one
 * compilation; class files compiled apart (a library upgraded under a program) do. Each
 * distinct error gets a small C function that raises it through {@code myos.rt.Throw} with
 * HotSpot's message (JDK 25, checked on Temurin 25 with separately compiled classes:
 * aot LinkageErrorsTest) and returns; the caller finds the exception pending as after any
 * call. The function is called with the slot's arguments, which it ignores (the x86-64 ABI
 * leaves extra argument registers to the callee), and its return value is never read.
 */
final class LinkageStubs {
    private final Program p;
    /** Stub symbol per (kind, message). */
    private final Map<String, String> stubs = new LinkedHashMap<>();
    private final StringBuilder code = new StringBuilder();

    LinkageStubs(Program p) {
        this.p = p;
    }

    /** The slot entry for a call resolved to {@code resolved} on an instance of {@code c}, when selection found nothing. */
    String entry(ClassInfo c, MethodInfo resolved) {
        List<MethodInfo> defaults = new ArrayList<>();
        for (MethodInfo m : p.world.maximallySpecificAll(c, resolved.sig())) if (!m.isAbstract()) defaults.add(m);
        if (defaults.size() > 1) {
            StringBuilder m = new StringBuilder("Conflicting default methods:");
            for (MethodInfo d : defaults) m.append(' ').append(d.owner.javaName()).append('.').append(d.name);
            return stub("conflictingDefaults", m.toString());
        }
        if (resolved.owner.isInterface()) {
            return stub("abstractMethod", "Method " + c.javaName() + "." + resolved.name + resolved.desc + " is abstract");
        }
        return stub("abstractMethod", "Receiver class " + c.javaName() + " does not define or inherit an implementation of the resolved method '"
            + "abstract " + javaSignature(resolved) + "' of " + (resolved.owner.isAbstract() ? "abstract class " : "class ")
            + resolved.owner.javaName() + ".");
    }

    /** "int n(long, java.lang.String)", as HotSpot prints a method in linkage errors. */
    private static String javaSignature(MethodInfo m) {
        StringBuilder b = new StringBuilder(Type.getReturnType(m.desc).getClassName()).append(' ').append(m.name).append('(');
        Type[] args = Type.getArgumentTypes(m.desc);
        for (int i = 0; i < args.length; i++) b.append(i == 0 ? "" : ", ").append(args[i].getClassName());
        return b.append(')').toString();
    }

    private String stub(String thrower, String message) {
        return "(void*)&" + stubs.computeIfAbsent(thrower + "\0" + message, k -> {
            String sym = "LE_" + stubs.size();
            code.append("static void ").append(sym).append("(void) { ")
                .append(p.rtMethod("myos/rt/Throw", thrower, "(Ljava/lang/String;)V")).append('(').append(p.str(message)).append("); }\n");
            return sym;
        });
    }

    /** The stubs' definitions, to precede the class objects that point to them. */
    String definitions() {
        return code.toString();
    }
}
