package myos.aot;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * String concatenation (JLS §15.18.1) from StringConcatFactory's recipe: \1 marks an
 * argument, \2 a constant from the bootstrap arguments, anything else is literal text.
 * Each piece is appended to a StringBuilder with the overload javac would pick.
 */
final class ConcatClass {
    private ConcatClass() {}

    static ClassNode make(InvokeDynamicInsnNode indy, String name, String site) {
        ClassNode c = Lowering.skeleton(name);
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC, "concat", indy.desc, null, null);
        InsnList il = m.instructions;
        Type[] args = Type.getArgumentTypes(indy.desc);
        il.add(new TypeInsnNode(Opcodes.NEW, "java/lang/StringBuilder"));
        il.add(new InsnNode(Opcodes.DUP));
        il.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false));
        int[] slots = new int[args.length];
        for (int i = 0, s = 0; i < args.length; i++) { slots[i] = s; s += args[i].getSize(); }
        if (indy.name.equals("makeConcat") || indy.bsm.getName().equals("makeConcat")) {
            for (int i = 0; i < args.length; i++) appendArg(il, args[i], slots[i]);
        } else {
            String recipe = (String) indy.bsmArgs[0];
            int arg = 0, cst = 1;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < recipe.length(); i++) {
                char ch = recipe.charAt(i);
                if (ch == '\u0001' || ch == '\u0002') {
                    flush(il, text);
                    if (ch == '\u0001') {
                        if (arg >= args.length) throw new BuildError(site + ": concatenation recipe has more arguments than the call site");
                        appendArg(il, args[arg], slots[arg]);
                        arg++;
                    } else {
                        text.append(String.valueOf(indy.bsmArgs[cst++]));
                        flush(il, text);
                    }
                } else {
                    text.append(ch);
                }
            }
            flush(il, text);
        }
        il.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false));
        il.add(new InsnNode(Opcodes.ARETURN));
        int locals = 0;
        for (Type t : args) locals += t.getSize();
        m.maxLocals = locals;
        m.maxStack = 4;
        c.methods.add(m);
        return c;
    }

    private static void flush(InsnList il, StringBuilder text) {
        if (text.length() == 0) return;
        il.add(new LdcInsnNode(text.toString()));
        il.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false));
        text.setLength(0);
    }

    private static void appendArg(InsnList il, Type t, int slot) {
        il.add(new VarInsnNode(Adapt.load(t), slot));
        String d;
        switch (t.getSort()) {
            case Type.BOOLEAN: d = "Z"; break;
            case Type.CHAR: d = "C"; break;
            case Type.BYTE: case Type.SHORT: case Type.INT: d = "I"; break;
            case Type.LONG: d = "J"; break;
            case Type.FLOAT: d = "F"; break;
            case Type.DOUBLE: d = "D"; break;
            default: d = t.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        }
        il.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(" + d + ")Ljava/lang/StringBuilder;", false));
    }
}
