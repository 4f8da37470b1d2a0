package java.lang.invoke;

/** Declaration for javac only: string concatenation call sites are expanded by aot at build time. */
public final class StringConcatFactory {
    private StringConcatFactory() {}

    public static CallSite makeConcat(MethodHandles.Lookup lookup, String name, MethodType concatType)
            throws StringConcatException {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }

    public static CallSite makeConcatWithConstants(MethodHandles.Lookup lookup, String name, MethodType concatType,
                                                   String recipe, Object... constants) throws StringConcatException {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }
}
