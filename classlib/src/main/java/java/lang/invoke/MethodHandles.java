package java.lang.invoke;

/** Declaration for javac only: Lookup appears in every bootstrap method signature. */
public final class MethodHandles {
    private MethodHandles() {}

    public static Lookup lookup() {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }

    public static final class Lookup {
        private Lookup() {}

        public Class<?> lookupClass() {
            throw new UnsupportedOperationException("resolved at build time by aot");
        }
    }
}
