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
    /** The array class with this component type, when the program has it (see arrayType). */
    private Class<?> arrayClass;

    private Class() {}

    public String getName() { return name; }
    public Class<? super T> getSuperclass() { return (Class<? super T>) superclass; }
    public Class<?> getComponentType() { return componentType; }
    /** JDK 12 API: the same as getComponentType (null unless this is an array class). */
    public Class<?> componentType() { return componentType; }
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
     * The array class whose component type is this class (JDK 12 API). Classes are not
     * made at run time: when a program can call arrayType, the compiler emits the array
     * class of every class, primitive type and array class it has (docs/abi.md), so one
     * level beyond the array types the program names. void has no array class; the JDK
     * reports that (and arrays of more than 255 dimensions) as an UnsupportedOperationException
     * caused by the IllegalArgumentException of Array.newInstance.
     */
    public Class<?> arrayType() {
        Class<?> a = arrayClass;
        if (a != null) return a;
        int dims = 0;
        for (Class<?> c = this; c.isArray(); c = c.componentType) dims++;
        if (this == voidClass() || dims >= 255)
            throw new UnsupportedOperationException(new IllegalArgumentException());
        throw new UnsupportedOperationException("array class of " + getTypeName()
                + " is not in this program (MyOS2026 makes no classes at run time)");
    }

    /** The "descriptor" of this class (JVMS §4.3.2), JDK 12 API. */
    public String descriptorString() {
        if (isPrimitive()) {
            switch (name) {
                case "boolean": return "Z";
                case "byte": return "B";
                case "char": return "C";
                case "short": return "S";
                case "int": return "I";
                case "long": return "J";
                case "float": return "F";
                case "double": return "D";
                default: return "V";
            }
        }
        if (isArray()) return name.replace('.', '/');
        return "L" + name.replace('.', '/') + ";";
    }

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
     * The Class of a primitive type by its name (the JDK's source of Integer.TYPE,
     * Void.TYPE...; null for other names). The compiler emits one Class object per
     * primitive type: eight are the component types of their array classes, void's
     * address comes from an intrinsic.
     */
    static Class<?> getPrimitiveClass(String name) {
        switch (name) {
            case "boolean": return boolean[].class.componentType;
            case "byte": return byte[].class.componentType;
            case "char": return char[].class.componentType;
            case "short": return short[].class.componentType;
            case "int": return int[].class.componentType;
            case "long": return long[].class.componentType;
            case "float": return float[].class.componentType;
            case "double": return double[].class.componentType;
            case "void": return voidClass();
            default: return null;
        }
    }

    /** Intrinsic: the Class object of void (docs/abi.md, "Intrinsics"). */
    private static native Class<?> voidClass();

    @Override
    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + name;
    }
}
