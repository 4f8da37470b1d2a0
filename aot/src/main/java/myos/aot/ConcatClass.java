package myos.aot;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * String concatenation (JLS §15.18.1) from StringConcatFactory's recipe: \1 marks an
 * argument, \2 a constant from the bootstrap arguments, anything else is literal text.
 * The generated method does what the JDK's strategy does, with the class library's
 * java.lang.StringConcatHelper: Object, float and double arguments become strings first,
 * left to right (toString is called in that order, once); the lengths and coders of all
 * pieces are summed ({@code mix}); one byte[] of that size is allocated and the pieces are
 * written into it from the last to the first ({@code prepend}); the String takes the array.
 * One array and one String per concatenation, no StringBuilder.
 */
final class ConcatClass {
    private ConcatClass() {}

    private static final String HELPER = "java/lang/StringConcatHelper";
    private static final String STRING = "Ljava/lang/String;";

    static ClassNode make(InvokeDynamicInsnNode indy, String name, String site) {
        ClassNode c = Lowering.skeleton(name);
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC, "concat", indy.desc, null, null);
        InsnList il = m.instructions;
        Type[] args = Type.getArgumentTypes(indy.desc);
        List<Object> pieces = pieces(indy, args.length, site);   // String constants and Integer argument numbers

        int next = 0;
        int[] slot = new int[args.length];
        for (int i = 0; i < args.length; i++) { slot[i] = next; next += args[i].getSize(); }
        // Arguments that are made strings first get a local of their own.
        String[] kind = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            kind[i] = kind(args[i]);
            if (!kind[i].equals(STRING)) continue;
            il.add(new VarInsnNode(Adapt.load(args[i]), slot[i]));
            switch (args[i].getSort()) {
                case Type.FLOAT: il.add(call("java/lang/String", "valueOf", "(F)" + STRING)); break;
                case Type.DOUBLE: il.add(call("java/lang/String", "valueOf", "(D)" + STRING)); break;
                default: il.add(call(HELPER, "stringOf", "(Ljava/lang/Object;)" + STRING));
            }
            il.add(new VarInsnNode(Opcodes.ASTORE, next));
            slot[i] = next++;
        }
        int state = next, buf = next + 2;

        long initial = 0;
        for (Object p : pieces) {
            if (!(p instanceof String)) continue;
            String s = (String) p;
            initial += s.length();
            for (int k = 0; k < s.length(); k++) if (s.charAt(k) > 0xFF) initial |= 1L << 32;
        }
        il.add(new LdcInsnNode(initial));
        il.add(new VarInsnNode(Opcodes.LSTORE, state));
        for (int i = 0; i < args.length; i++) {
            il.add(new VarInsnNode(Opcodes.LLOAD, state));
            il.add(new VarInsnNode(load(kind[i]), slot[i]));
            il.add(call(HELPER, "mix", "(J" + kind[i] + ")J"));
            il.add(new VarInsnNode(Opcodes.LSTORE, state));
        }
        il.add(new VarInsnNode(Opcodes.LLOAD, state));
        il.add(call(HELPER, "newArray", "(J)[B"));
        il.add(new VarInsnNode(Opcodes.ASTORE, buf));
        il.add(new VarInsnNode(Opcodes.LLOAD, state));
        for (int p = pieces.size() - 1; p >= 0; p--) {
            il.add(new VarInsnNode(Opcodes.ALOAD, buf));
            Object piece = pieces.get(p);
            String k;
            if (piece instanceof String) {
                il.add(new LdcInsnNode(piece));
                k = STRING;
            } else {
                int i = (Integer) piece;
                il.add(new VarInsnNode(load(kind[i]), slot[i]));
                k = kind[i];
            }
            il.add(call(HELPER, "prepend", "(J[B" + k + ")J"));
        }
        il.add(new VarInsnNode(Opcodes.LSTORE, state));
        il.add(new VarInsnNode(Opcodes.ALOAD, buf));
        il.add(new VarInsnNode(Opcodes.LLOAD, state));
        il.add(call(HELPER, "newString", "([BJ)" + STRING));
        il.add(new InsnNode(Opcodes.ARETURN));
        m.maxLocals = buf + 1;
        m.maxStack = 6;
        c.methods.add(m);
        return c;
    }

    /** The pieces in order: literal text (String) and argument numbers (Integer). */
    private static List<Object> pieces(InvokeDynamicInsnNode indy, int argCount, String site) {
        List<Object> pieces = new ArrayList<>();
        if (indy.name.equals("makeConcat") || indy.bsm.getName().equals("makeConcat")) {
            for (int i = 0; i < argCount; i++) pieces.add(i);
            return pieces;
        }
        String recipe = (String) indy.bsmArgs[0];
        int arg = 0, cst = 1;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < recipe.length(); i++) {
            char ch = recipe.charAt(i);
            if (ch == '\u0001') {
                if (arg >= argCount) throw new BuildError(site + ": concatenation recipe has more arguments than the call site");
                if (text.length() > 0) pieces.add(text.toString());
                text.setLength(0);
                pieces.add(arg++);
            } else if (ch == '\u0002') {
                text.append(String.valueOf(indy.bsmArgs[cst++]));
            } else {
                text.append(ch);
            }
        }
        if (text.length() > 0) pieces.add(text.toString());
        return pieces;
    }

    /** The descriptor a piece is mixed and prepended as: Z, C, I (byte, short, int), J, or String. */
    private static String kind(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: return "Z";
            case Type.CHAR: return "C";
            case Type.BYTE: case Type.SHORT: case Type.INT: return "I";
            case Type.LONG: return "J";
            default: return STRING;
        }
    }

    private static int load(String kind) {
        return kind.equals("J") ? Opcodes.LLOAD : kind.equals(STRING) ? Opcodes.ALOAD : Opcodes.ILOAD;
    }

    private static MethodInsnNode call(String owner, String name, String desc) {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, owner, name, desc, false);
    }
}
