package java.lang.invoke;

/**
 * Declaration for javac only: lambdas and method references compile to invokedynamic
 * with these bootstraps; the aot compiler turns each such call site into a generated
 * class at build time, so these methods never run.
 */
public final class LambdaMetafactory {
    private LambdaMetafactory() {}

    public static final int FLAG_SERIALIZABLE = 1 << 0;
    public static final int FLAG_MARKERS = 1 << 1;
    public static final int FLAG_BRIDGES = 1 << 2;

    public static CallSite metafactory(MethodHandles.Lookup caller, String interfaceMethodName, MethodType factoryType,
                                       MethodType interfaceMethodType, MethodHandle implementation,
                                       MethodType dynamicMethodType) throws LambdaConversionException {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }

    public static CallSite altMetafactory(MethodHandles.Lookup caller, String interfaceMethodName, MethodType factoryType,
                                          Object... args) throws LambdaConversionException {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }
}
