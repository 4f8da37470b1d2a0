package java.lang;

/**
 * A class at run time. Instances are emitted by the compiler as static data; the field
 * names and types below are part of the ABI (docs/abi.md) and are filled in by name.
 */
public final class Class<T> {
    public static final int F_INTERFACE = 1;
    public static final int F_ARRAY = 2;
    public static final int F_PRIMITIVE = 4;
    public static final int F_ABSTRACT = 8;
    public static final int F_ENUM = 16;
    public static final int F_REF_ARRAY = 32;
    public static final int F_RECORD = 64;

    private String name;
    private Class<?> superclass;
    private Class<?> componentType;
    int instanceSize;
    int elementSize;
    int flags;
    int[] refOffsets;
    int depth;
    Class<?>[] supers;
    Class<?>[] interfaces;
    long enumValues;
    long clinit;

    private Class() {}

    public String getName() { return name; }
    public Class<? super T> getSuperclass() { return (Class<? super T>) superclass; }
    public Class<?> getComponentType() { return componentType; }
    public boolean isInterface() { return (flags & F_INTERFACE) != 0; }
    public boolean isArray() { return (flags & F_ARRAY) != 0; }
    public boolean isPrimitive() { return (flags & F_PRIMITIVE) != 0; }
    public boolean isEnum() { return (flags & F_ENUM) != 0 && superclass != null && superclass.getName().equals("java.lang.Enum"); }
    public boolean isRecord() { return (flags & F_RECORD) != 0; }

    /** Run-time layout facts for the runtime (myos.rt); not part of the Java API. */
    public int instanceSize() { return instanceSize; }
    public int elementSize() { return elementSize; }
    public int flags() { return flags; }
    public int[] refOffsets() { return refOffsets; }
    public long enumValuesFunction() { return enumValues; }

    public boolean isInstance(Object o) { return o != null && isAssignableFrom(o.getClass()); }

    public boolean isAssignableFrom(Class<?> c) {
        if (c == this) return true;
        if (isPrimitive() || c.isPrimitive()) return false;
        if (isInterface()) {
            Class<?>[] is = c.interfaces;
            if (is != null) for (Class<?> i : is) if (i == this) return true;
            return false;
        }
        if (isArray()) {
            if (!c.isArray()) return false;
            Class<?> mine = componentType, theirs = c.componentType;
            if (mine.isPrimitive() || theirs.isPrimitive()) return false;
            return mine.isAssignableFrom(theirs);
        }
        if (c.isInterface()) return name.equals("java.lang.Object");
        if (c.isArray()) return name.equals("java.lang.Object");
        return depth <= c.depth && c.supers[depth] == this;
    }

    public T cast(Object o) {
        if (o != null && !isInstance(o)) throw new ClassCastException("Cannot cast " + o.getClass().getName() + " to " + name);
        return (T) o;
    }

    public String getSimpleName() {
        if (isArray()) return componentType.getSimpleName() + "[]";
        String n = name;
        int i = Math.max(n.lastIndexOf('.'), n.lastIndexOf('$'));
        return n.substring(i + 1);
    }

    public T[] getEnumConstants() {
        if (enumValues == 0) return null;
        return (T[]) myos.rt.Rt.callStatic(enumValues);
    }

    public boolean desiredAssertionStatus() { return false; }

    /**
     * The canonical name derived from the binary name: nested classes ('$' then a Java
     * identifier start) become '.', local and anonymous classes ('$' then a digit) have
     * none. The compiler records no nesting attributes, so a top-level class whose own
     * name contains '$' is reported as nested (javac never generates such names).
     */
    public String getCanonicalName() {
        if (isArray()) {
            String c = componentType.getCanonicalName();
            return c == null ? null : c + "[]";
        }
        String n = name;
        int start = n.lastIndexOf('.') + 1;
        StringBuilder sb = new StringBuilder(n.length());
        sb.append(n, 0, start);
        for (int i = start; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (ch == '$') {
                if (i + 1 >= n.length() || Character.isDigit(n.charAt(i + 1))) return null;
                sb.append('.');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * The array class whose component type is this class (JDK 12 API). The compiler
     * replaces this call: it knows every array class it emitted (docs/abi.md).
     */
    public native Class<?> arrayType();

    /** getName() for classes, "int[][]"-style for arrays, as the JDK. */
    public String getTypeName() {
        if (isArray()) {
            Class<?> c = this;
            int dims = 0;
            while (c.isArray()) { dims++; c = c.componentType; }
            StringBuilder sb = new StringBuilder(c.getName());
            for (int i = 0; i < dims; i++) sb.append("[]");
            return sb.toString();
        }
        return name;
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) c = c.componentType;
        if (c.isPrimitive()) return "java.lang";
        int dot = c.name.lastIndexOf('.');
        return dot < 0 ? "" : c.name.substring(0, dot);
    }

    /**
     * The Class of a primitive type by name ("void" is the one that matters: the other
     * primitive classes are reachable as the component types of array classes). The
     * compiler replaces this call by the address of the primitive Class it emits.
     */
    static native Class<?> getPrimitiveClass(String name);

    @Override
    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + name;
    }
}
