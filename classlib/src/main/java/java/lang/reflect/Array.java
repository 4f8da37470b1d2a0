package java.lang.reflect;

import myos.rt.Heap;
import myos.rt.Mem;

/** The array operations of java.lang.reflect.Array that need no reflection metadata. */
public final class Array {
    private Array() {}

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        if (componentType == null) throw new NullPointerException();
        if (componentType == Void.TYPE) throw new IllegalArgumentException();
        if (length < 0) throw new NegativeArraySizeException(Integer.toString(length));
        return Heap.allocArray(componentType.arrayType(), length);
    }

    public static int getLength(Object array) throws IllegalArgumentException {
        if (array == null) throw new NullPointerException();
        if (!array.getClass().isArray()) throw new IllegalArgumentException("Argument is not an array");
        return Mem.load32(Mem.addressOf(array) + 16);
    }
}
