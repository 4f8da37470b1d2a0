package myos.aot;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Record toString/hashCode/equals as java.lang.runtime.ObjectMethods builds them (JDK 25):
 * {@code Name[a=1, b=x]}; hash = 31 * hash + component hash, from 0; equals = same class
 * and every component equal (floating point compared with Float/Double.compare).
 */
final class RecordMethodsClass {
    private RecordMethodsClass() {}

    static ClassNode make(InvokeDynamicInsnNode indy, String name, ClassInfo host, String site) {
        ClassNode c = Lowering.skeleton(name);
        Type rec = (Type) indy.bsmArgs[0];
        String[] names = ((String) indy.bsmArgs[1]).isEmpty() ? new String[0] : ((String) indy.bsmArgs[1]).split(";");
        Handle[] getters = new Handle[indy.bsmArgs.length - 2];
        for (int i = 0; i < getters.length; i++) getters[i] = Lowering.handle(indy.bsmArgs[i + 2], site);
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC, indy.name, indy.desc, null, null);
        switch (indy.name) {
            case "toString": toString(m.instructions, simpleName(host), names, getters); break;
            case "hashCode": hashCode(m.instructions, getters); break;
            case "equals": equals(m.instructions, rec, getters); break;
            default: throw new BuildError(site + ": ObjectMethods." + indy.name + " is not a record method");
        }
        m.maxLocals = 4;
        m.maxStack = 8;
        c.methods.add(m);
        return c;
    }

    private static void get(InsnList il, int slot, Handle g) {
        il.add(new VarInsnNode(Opcodes.ALOAD, slot));
        il.add(new FieldInsnNode(Opcodes.GETFIELD, g.getOwner(), g.getName(), g.getDesc()));
    }

    /** Class.getSimpleName: the InnerClasses attribute's name for nested and local classes. */
    private static String simpleName(ClassInfo rec) {
        if (rec.node.innerClasses != null) {
            for (org.objectweb.asm.tree.InnerClassNode ic : rec.node.innerClasses) {
                if (ic.name.equals(rec.name)) return ic.innerName == null ? "" : ic.innerName;
            }
        }
        return rec.name.substring(rec.name.lastIndexOf('/') + 1);
    }

    private static void toString(InsnList il, String simple, String[] names, Handle[] getters) {
        il.add(new TypeInsnNode(Opcodes.NEW, "java/lang/StringBuilder"));
        il.add(new InsnNode(Opcodes.DUP));
        il.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false));
        for (int i = 0; i < getters.length; i++) {
            append(il, (i == 0 ? simple + "[" : ", ") + names[i] + "=");
            get(il, 0, getters[i]);
            Type t = Type.getType(getters[i].getDesc());
            String d = t.getSort() == Type.BYTE || t.getSort() == Type.SHORT ? "I" : Adapt.isPrimitive(t) ? t.getDescriptor() : "Ljava/lang/Object;";
            il.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(" + d + ")Ljava/lang/StringBuilder;", false));
        }
        append(il, getters.length == 0 ? simple + "[]" : "]");
        il.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false));
        il.add(new InsnNode(Opcodes.ARETURN));
    }

    private static void append(InsnList il, String s) {
        il.add(new LdcInsnNode(s));
        il.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false));
    }

    private static void hashCode(InsnList il, Handle[] getters) {
        il.add(new InsnNode(Opcodes.ICONST_0));
        for (Handle g : getters) {
            il.add(new LdcInsnNode(31));
            il.add(new InsnNode(Opcodes.IMUL));
            get(il, 0, g);
            Type t = Type.getType(g.getDesc());
            if (Adapt.isPrimitive(t)) {
                String w = Adapt.wrapper(t);
                il.add(new MethodInsnNode(Opcodes.INVOKESTATIC, w, "hashCode", "(" + t.getDescriptor() + ")I", false));
            } else {
                il.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false));
            }
            il.add(new InsnNode(Opcodes.IADD));
        }
        il.add(new InsnNode(Opcodes.IRETURN));
    }

    private static void equals(InsnList il, Type rec, Handle[] getters) {
        LabelNode no = new LabelNode();
        il.add(new VarInsnNode(Opcodes.ALOAD, 1));
        il.add(new TypeInsnNode(Opcodes.INSTANCEOF, rec.getInternalName()));
        il.add(new JumpInsnNode(Opcodes.IFEQ, no));
        for (Handle g : getters) {
            Type t = Type.getType(g.getDesc());
            get(il, 0, g);
            il.add(new VarInsnNode(Opcodes.ALOAD, 1));
            il.add(new TypeInsnNode(Opcodes.CHECKCAST, rec.getInternalName()));
            il.add(new FieldInsnNode(Opcodes.GETFIELD, g.getOwner(), g.getName(), g.getDesc()));
            switch (t.getSort()) {
                case Type.FLOAT:
                    il.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false));
                    il.add(new JumpInsnNode(Opcodes.IFNE, no));
                    break;
                case Type.DOUBLE:
                    il.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false));
                    il.add(new JumpInsnNode(Opcodes.IFNE, no));
                    break;
                case Type.LONG:
                    il.add(new InsnNode(Opcodes.LCMP));
                    il.add(new JumpInsnNode(Opcodes.IFNE, no));
                    break;
                case Type.OBJECT: case Type.ARRAY:
                    il.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false));
                    il.add(new JumpInsnNode(Opcodes.IFEQ, no));
                    break;
                default:
                    il.add(new JumpInsnNode(Opcodes.IF_ICMPNE, no));
            }
        }
        il.add(new InsnNode(Opcodes.ICONST_1));
        il.add(new InsnNode(Opcodes.IRETURN));
        il.add(no);
        il.add(new InsnNode(Opcodes.ICONST_0));
        il.add(new InsnNode(Opcodes.IRETURN));
    }
}
