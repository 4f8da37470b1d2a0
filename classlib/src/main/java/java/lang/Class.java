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

    @Override
    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + name;
    }
}
