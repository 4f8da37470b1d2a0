package myos.aot;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Value adaptations between a functional interface's erased signature and the
 * implementation method's, as LambdaMetafactory specifies them (its class javadoc:
 * widening, boxing, unboxing, casts).
 */
final class Adapt {
    private Adapt() {}

    static String wrapper(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: return "java/lang/Boolean";
            case Type.BYTE: return "java/lang/Byte";
            case Type.CHAR: return "java/lang/Character";
            case Type.SHORT: return "java/lang/Short";
            case Type.INT: return "java/lang/Integer";
            case Type.LONG: return "java/lang/Long";
            case Type.FLOAT: return "java/lang/Float";
            case Type.DOUBLE: return "java/lang/Double";
            default: return null;
        }
    }

    static Type unwrapped(Type ref) {
        if (ref.getSort() != Type.OBJECT) return null;
        switch (ref.getInternalName()) {
            case "java/lang/Boolean": return Type.BOOLEAN_TYPE;
            case "java/lang/Byte": return Type.BYTE_TYPE;
            case "java/lang/Character": return Type.CHAR_TYPE;
            case "java/lang/Short": return Type.SHORT_TYPE;
            case "java/lang/Integer": return Type.INT_TYPE;
            case "java/lang/Long": return Type.LONG_TYPE;
            case "java/lang/Float": return Type.FLOAT_TYPE;
            case "java/lang/Double": return Type.DOUBLE_TYPE;
            default: return null;
        }
    }

    static boolean isPrimitive(Type t) { return t.getSort() < Type.ARRAY; }

    /** Appends code converting the value on top of the stack from {@code from} to {@code to}. */
    static void convert(InsnList il, Type from, Type to) {
        if (from.equals(to) || to.getSort() == Type.VOID) return;
        if (isPrimitive(from) && isPrimitive(to)) { widen(il, from, to); return; }
        if (isPrimitive(from)) {
            String w = wrapper(from);
            il.add(new MethodInsnNode(Opcodes.INVOKESTATIC, w, "valueOf", "(" + from.getDescriptor() + ")L" + w + ";", false));
            if (!to.getInternalName().equals(w) && !to.getInternalName().equals("java/lang/Object")) il.add(new TypeInsnNode(Opcodes.CHECKCAST, to.getInternalName()));
            return;
        }
        if (isPrimitive(to)) {
            Type src = unwrapped(from);
            String w;
            if (src == null) {
                w = wrapper(to);
                il.add(new TypeInsnNode(Opcodes.CHECKCAST, w));
                src = to;
            } else {
                w = from.getInternalName();
            }
            il.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, w, src.getClassName() + "Value", "()" + src.getDescriptor(), false));
            widen(il, src, to);
            return;
        }
        if (!to.getDescriptor().equals("Ljava/lang/Object;")) {
            il.add(new TypeInsnNode(Opcodes.CHECKCAST, to.getSort() == Type.ARRAY ? to.getDescriptor() : to.getInternalName()));
        }
    }

    private static void widen(InsnList il, Type from, Type to) {
        int f = from.getSort(), t = to.getSort();
        boolean fInt = f == Type.INT || f == Type.SHORT || f == Type.BYTE || f == Type.CHAR || f == Type.BOOLEAN;
        boolean tInt = t == Type.INT || t == Type.SHORT || t == Type.BYTE || t == Type.CHAR || t == Type.BOOLEAN;
        if (fInt && tInt) return;
        if (fInt && t == Type.LONG) il.add(new InsnNode(Opcodes.I2L));
        else if (fInt && t == Type.FLOAT) il.add(new InsnNode(Opcodes.I2F));
        else if (fInt && t == Type.DOUBLE) il.add(new InsnNode(Opcodes.I2D));
        else if (f == Type.LONG && t == Type.FLOAT) il.add(new InsnNode(Opcodes.L2F));
        else if (f == Type.LONG && t == Type.DOUBLE) il.add(new InsnNode(Opcodes.L2D));
        else if (f == Type.FLOAT && t == Type.DOUBLE) il.add(new InsnNode(Opcodes.F2D));
    }

    static int load(Type t) { return t.getOpcode(Opcodes.ILOAD); }

    static int ret(Type t) { return t.getOpcode(Opcodes.IRETURN); }
}
