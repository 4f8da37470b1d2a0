package myos.aot;

import java.util.HashMap;
import java.util.Map;

/**
 * The library methods a build-time initialiser may call ({@link BuildTimeInit}): ones whose
 * result the Java SE specification fixes bit for bit from the arguments alone, so the host
 * JVM computes exactly what our class library computes at run time. Transcendental
 * functions ({@code Math.sin}, ...) are not here: their results may differ by an ulp between
 * implementations; neither is anything that reads the environment, the time or a random source.
 */
final class PureMethods {
    private PureMethods() {}

    /** A method evaluated on the host; NotConstant where the call would throw at run time. */
    private interface Pure {
        Object apply(Object[] args) throws BuildTimeInit.NotConstant;
    }

    private static final Map<String, Pure> METHODS = new HashMap<>();

    private static void def(String key, Pure f) {
        METHODS.put(key, f);
    }

    static {
        def("java/lang/Float.floatToRawIntBits(F)I", a -> Float.floatToRawIntBits((Float) a[0]));
        def("java/lang/Float.floatToIntBits(F)I", a -> Float.floatToIntBits((Float) a[0]));
        def("java/lang/Float.intBitsToFloat(I)F", a -> Float.intBitsToFloat((Integer) a[0]));
        def("java/lang/Double.doubleToRawLongBits(D)J", a -> Double.doubleToRawLongBits((Double) a[0]));
        def("java/lang/Double.doubleToLongBits(D)J", a -> Double.doubleToLongBits((Double) a[0]));
        def("java/lang/Double.longBitsToDouble(J)D", a -> Double.longBitsToDouble((Long) a[0]));
        def("java/lang/Integer.bitCount(I)I", a -> Integer.bitCount((Integer) a[0]));
        def("java/lang/Integer.numberOfLeadingZeros(I)I", a -> Integer.numberOfLeadingZeros((Integer) a[0]));
        def("java/lang/Integer.numberOfTrailingZeros(I)I", a -> Integer.numberOfTrailingZeros((Integer) a[0]));
        def("java/lang/Integer.reverse(I)I", a -> Integer.reverse((Integer) a[0]));
        def("java/lang/Integer.reverseBytes(I)I", a -> Integer.reverseBytes((Integer) a[0]));
        def("java/lang/Integer.rotateLeft(II)I", a -> Integer.rotateLeft((Integer) a[0], (Integer) a[1]));
        def("java/lang/Integer.rotateRight(II)I", a -> Integer.rotateRight((Integer) a[0], (Integer) a[1]));
        def("java/lang/Long.bitCount(J)I", a -> Long.bitCount((Long) a[0]));
        def("java/lang/Long.numberOfLeadingZeros(J)I", a -> Long.numberOfLeadingZeros((Long) a[0]));
        def("java/lang/Long.numberOfTrailingZeros(J)I", a -> Long.numberOfTrailingZeros((Long) a[0]));
        def("java/lang/Long.reverse(J)J", a -> Long.reverse((Long) a[0]));
        def("java/lang/Long.rotateLeft(JI)J", a -> Long.rotateLeft((Long) a[0], (Integer) a[1]));
        def("java/lang/Long.rotateRight(JI)J", a -> Long.rotateRight((Long) a[0], (Integer) a[1]));
        def("java/lang/Math.min(II)I", a -> Math.min((Integer) a[0], (Integer) a[1]));
        def("java/lang/Math.max(II)I", a -> Math.max((Integer) a[0], (Integer) a[1]));
        def("java/lang/Math.min(JJ)J", a -> Math.min((Long) a[0], (Long) a[1]));
        def("java/lang/Math.max(JJ)J", a -> Math.max((Long) a[0], (Long) a[1]));
        def("java/lang/Math.abs(I)I", a -> Math.abs((Integer) a[0]));
        def("java/lang/Math.abs(J)J", a -> Math.abs((Long) a[0]));
        def("java/lang/Math.sqrt(D)D", a -> Math.sqrt((Double) a[0]));  // IEEE 754 correctly rounded (javadoc)
        def("java/lang/String.length()I", a -> literal(a[0]).length());
        def("java/lang/String.toCharArray()[C", a -> literal(a[0]).toCharArray());
        def("java/lang/String.charAt(I)C", PureMethods::charAt);
        def("java/lang/Class.getComponentType()Ljava/lang/Class;", a -> componentType(a[0]));
        def("java/lang/Class.componentType()Ljava/lang/Class;", a -> componentType(a[0]));
    }

    /** Whether the method is one of these. */
    static boolean has(String owner, String name, String desc) {
        return METHODS.containsKey(owner + "." + name + desc);
    }

    /** The method's result, or NotConstant when it is not one of these (or would throw). */
    static Object call(String owner, String name, String desc, Object[] args) throws BuildTimeInit.NotConstant {
        String key = owner + "." + name + desc;
        Pure f = METHODS.get(key);
        if (f == null) throw new BuildTimeInit.NotConstant("calls " + key);
        for (Object a : args) if (a == null) throw new BuildTimeInit.NotConstant("null argument to " + key);
        try {
            return f.apply(args);
        } catch (ClassCastException e) {
            throw new BuildTimeInit.NotConstant("receiver of " + key);
        }
    }

    private static Object charAt(Object[] a) throws BuildTimeInit.NotConstant {
        String s = literal(a[0]);
        int i = (Integer) a[1];
        if (i < 0 || i >= s.length()) throw new BuildTimeInit.NotConstant("charAt out of range");
        return (int) s.charAt(i);
    }

    private static Object componentType(Object c) {
        String d = ((BuildTimeInit.ClassConst) c).desc();
        return d.charAt(0) == '[' ? new BuildTimeInit.ClassConst(d.substring(1)) : null;
    }

    private static String literal(Object o) {
        return ((BuildTimeInit.Literal) o).s();
    }
}
