package java.lang.invoke;

/** Declaration for javac only (bootstrap method signatures); never instantiated at run time. */
public final class MethodType implements TypeDescriptor, java.io.Serializable {
    private MethodType() {}

    public static MethodType methodType(Class<?> rtype, Class<?>[] ptypes) {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }

    @Override
    public String descriptorString() {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }
}
