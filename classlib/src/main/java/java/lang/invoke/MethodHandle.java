package java.lang.invoke;

/**
 * Declaration for javac only: compiled programs never hold method handles. The aot
 * compiler resolves every invokedynamic at build time (docs/abi.md), so nothing here runs.
 */
public abstract class MethodHandle {
    MethodHandle() {}

    public MethodType type() {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }
}
