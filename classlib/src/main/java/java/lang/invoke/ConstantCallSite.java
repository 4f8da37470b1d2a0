package java.lang.invoke;

/** Declaration for javac only. */
public class ConstantCallSite extends CallSite {
    public ConstantCallSite(MethodHandle target) {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }

    @Override
    public final MethodHandle getTarget() {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }
}
