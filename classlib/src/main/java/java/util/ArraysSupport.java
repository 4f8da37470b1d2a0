package java.util;

/** Package-private array helpers of the collections: allocation by array type, growth. */
final class ArraysSupport {
    private ArraysSupport() {
    }

    static final int SOFT_MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /** A new array of the same runtime type as {@code like}, of the given length. */
    @SuppressWarnings("unchecked")
    static <T> T[] newArrayLike(T[] like, int length) {
        // The runtime allocates by array class: the class of `like` exists, being its class.
        return (T[]) myos.rt.Heap.allocArray(like.getClass(), length);
    }

    /** A new array whose runtime type is {@code arrayType} (an array class). */
    @SuppressWarnings("unchecked")
    static <T> T[] newArray(Class<?> arrayType, int length) {
        if (length < 0)
            throw new NegativeArraySizeException(String.valueOf(length));
        return (T[]) myos.rt.Heap.allocArray(arrayType, length);
    }

    /** The JDK's growth computation (jdk.internal.util.ArraysSupport.newLength). */
    static int newLength(int oldLength, int minGrowth, int prefGrowth) {
        int prefLength = oldLength + Math.max(minGrowth, prefGrowth);
        if (0 < prefLength && prefLength <= SOFT_MAX_ARRAY_LENGTH) {
            return prefLength;
        } else {
            int minLength = oldLength + minGrowth;
            if (minLength < 0) {
                throw new OutOfMemoryError("Required array length " + oldLength + " + " + minGrowth + " is too large");
            } else if (minLength <= SOFT_MAX_ARRAY_LENGTH) {
                return SOFT_MAX_ARRAY_LENGTH;
            } else {
                return minLength;
            }
        }
    }
}
