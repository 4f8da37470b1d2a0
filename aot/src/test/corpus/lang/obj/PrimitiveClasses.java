package corpus.lang.obj;

import java.util.List;

/** Class objects of primitive types, void and arrays: TYPE fields, names, arrayType/componentType (JDK 12), descriptors. */
public class PrimitiveClasses {
    interface Shape {}

    enum Colour { RED }

    record Pair(int a, String b) implements Shape {}

    static void show(Class<?> c) {
        System.out.println(c + " | " + c.getName() + " | " + c.getSimpleName() + " | " + c.getTypeName() + " | "
                + c.getCanonicalName() + " | " + c.getPackageName() + " | " + c.descriptorString() + " | "
                + c.isPrimitive() + " " + c.isArray() + " " + c.isInterface() + " | " + c.getComponentType() + " | "
                + c.componentType() + " | " + c.getSuperclass());
    }

    public static void main(String[] args) {
        Class<?>[] prims = {boolean.class, byte.class, char.class, short.class, int.class, long.class, float.class,
            double.class, void.class};
        Class<?>[] types = {Boolean.TYPE, Byte.TYPE, Character.TYPE, Short.TYPE, Integer.TYPE, Long.TYPE, Float.TYPE,
            Double.TYPE, Void.TYPE};
        for (int i = 0; i < prims.length; i++) {
            System.out.print((prims[i] == types[i]) + " ");
            show(prims[i]);
        }
        for (Class<?> p : prims) {
            if (p == void.class) continue;
            Class<?> a = p.arrayType();
            System.out.println(a + " " + (a.componentType() == p) + " " + a.arrayType().getSimpleName());
        }
        System.out.println((int.class.arrayType() == int[].class) + " " + (String.class.arrayType() == String[].class)
                + " " + (String[].class.arrayType() == String[][].class) + " " + (int[][].class.componentType() == int[].class));
        Class<?>[] others = {String.class, int[].class, String[][].class, Shape.class, Colour.class, Pair.class,
            Shape[].class, List.class, Object[].class, PrimitiveClasses.class};
        for (Class<?> c : others) {
            show(c);
            show(c.arrayType());
        }
        try {
            void.class.arrayType();
        } catch (UnsupportedOperationException e) {
            System.out.println(e + " | cause " + e.getCause());
        }
        System.out.println(int.class.isAssignableFrom(int.class) + " " + int.class.isAssignableFrom(Integer.class) + " "
                + Object.class.isAssignableFrom(int.class) + " " + Object.class.isAssignableFrom(int[].class) + " "
                + Object[].class.isAssignableFrom(String[].class) + " " + Object[].class.isAssignableFrom(int[].class) + " "
                + int.class.isInstance(1) + " " + Integer.class.isInstance(1) + " " + Shape[].class.isInstance(new Pair[0]));
        Object[] boxed = {1, 2L, 'c', 1.5f, 2.5, (byte) 3, (short) 4, true};
        for (Object o : boxed) {
            Class<?> c = o.getClass();
            Class<?> prim;
            if (c == Integer.class) prim = Integer.TYPE;
            else if (c == Long.class) prim = Long.TYPE;
            else if (c == Character.class) prim = Character.TYPE;
            else if (c == Float.class) prim = Float.TYPE;
            else if (c == Double.class) prim = Double.TYPE;
            else if (c == Byte.class) prim = Byte.TYPE;
            else if (c == Short.class) prim = Short.TYPE;
            else prim = Boolean.TYPE;
            System.out.print(c.getSimpleName() + "->" + prim + " ");
        }
        System.out.println();
    }
}
