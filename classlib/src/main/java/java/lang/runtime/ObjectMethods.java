package java.lang.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.TypeDescriptor;

/**
 * Declaration for javac only: a record's equals/hashCode/toString compile to invokedynamic
 * with this bootstrap; the aot compiler generates them at build time.
 */
public final class ObjectMethods {
    private ObjectMethods() {}

    public static Object bootstrap(MethodHandles.Lookup lookup, String methodName, TypeDescriptor type,
                                   Class<?> recordClass, String names, MethodHandle... getters) throws Throwable {
        throw new UnsupportedOperationException("resolved at build time by aot");
    }
}
