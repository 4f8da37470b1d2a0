package myos.aot;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Methods that can never complete abruptly (JLS §11.1.3, JVMS §2.10): no instruction of
 * theirs can throw, so a call of one needs no pending-exception test after it (CallCompiler).
 * The test reads the thread block after every call and, as gcc cannot tell it from a heap
 * word, after every store the callee's inline copy made: BinaryTrees' constructor
 * (two field stores) was followed by one.
 *
 * <p>Deliberately narrow, a bytecode pattern check: local and constant loads, stack
 * operations, arithmetic that cannot throw (not integer division or remainder), comparisons,
 * branches, returns, field reads and writes on {@code this} of an instance method that never
 * stores to local 0, the receiver pushed right before (no label between: no other path
 * joins with another receiver) — javac's constructors and setters, and a no-argument superclass
 * constructor call that cannot throw either. Anything else — another call, an allocation,
 * an array access, a static field (class initialisation), a cast, a monitor — may throw.
 * Methods with the stack-overflow test (recursive code) and synchronized ones are excluded.
 */
final class NoThrow {
    private final Program p;
    private final Map<MethodInfo, Boolean> known = new HashMap<>();

    NoThrow(Program p) {
        this.p = p;
    }

    synchronized boolean cannotThrow(MethodInfo m) {
        Boolean k = known.get(m);
        if (k != null) return k;
        known.put(m, false); // a cycle (a constructor reaching itself) counts as may-throw
        boolean r = check(m);
        known.put(m, r);
        return r;
    }

    private boolean check(MethodInfo m) {
        if (m.isAbstract() || m.isNative() || m.isSynchronized() || m.node.instructions == null || p.checksStack(m)) return false;
        boolean thisFixed = !m.isStatic();
        for (AbstractInsnNode n : m.node.instructions) {
            if (n.getOpcode() == Opcodes.ASTORE && ((VarInsnNode) n).var == 0) thisFixed = false;
        }
        for (AbstractInsnNode n : m.node.instructions) {
            int op = n.getOpcode();
            if (op < 0) continue;
            if (!safe(m, n, op, thisFixed)) return false;
        }
        return true;
    }

    private boolean safe(MethodInfo m, AbstractInsnNode n, int op, boolean thisFixed) {
        switch (op) {
            case Opcodes.IDIV: case Opcodes.LDIV: case Opcodes.IREM: case Opcodes.LREM:
                return false;
            case Opcodes.LDC: {
                Object c = ((LdcInsnNode) n).cst;
                return c instanceof Number || c instanceof String || (c instanceof Type t && t.getSort() != Type.METHOD);
            }
            case Opcodes.GETFIELD:
                return thisFixed && isThis(previous(n));
            case Opcodes.PUTFIELD: {
                AbstractInsnNode value = previous(n);
                return thisFixed && pushesOnly(value) && isThis(previous(value));
            }
            case Opcodes.INVOKESPECIAL: {
                MethodInsnNode mi = (MethodInsnNode) n;
                if (!mi.name.equals("<init>") || !mi.desc.equals("()V") || !isThis(previous(n))) return false;
                String site = Sites.of(m, n);
                MethodInfo target = p.world.resolveMethod(p.world.load(mi.owner, site), mi.name, mi.desc, site);
                MethodInfo selected = p.world.selectSpecial(m, mi, target);
                return selected.isEmptyVoid() || cannotThrow(selected);
            }
            default:
                return (op >= Opcodes.NOP && op <= Opcodes.ALOAD)            // constants, local loads
                    || (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE)        // local stores
                    || (op >= Opcodes.POP && op <= Opcodes.SWAP)             // stack operations
                    || (op >= Opcodes.IADD && op <= Opcodes.LXOR)            // arithmetic (division above)
                    || op == Opcodes.IINC
                    || (op >= Opcodes.I2L && op <= Opcodes.IF_ACMPNE)        // conversions, compares, branches
                    || op == Opcodes.GOTO || op == Opcodes.TABLESWITCH || op == Opcodes.LOOKUPSWITCH
                    || (op >= Opcodes.IRETURN && op <= Opcodes.RETURN)
                    || op == Opcodes.IFNULL || op == Opcodes.IFNONNULL;
        }
    }

    /**
     * The real instruction before n, or null when there is none or a label lies between
     * (another path may join there with other values on the stack).
     */
    private static AbstractInsnNode previous(AbstractInsnNode n) {
        AbstractInsnNode q = n == null ? null : n.getPrevious();
        while (q != null && q.getOpcode() < 0) {
            if (q instanceof LabelNode) return null;
            q = q.getPrevious();
        }
        return q;
    }

    private static boolean isThis(AbstractInsnNode n) {
        return n != null && n.getOpcode() == Opcodes.ALOAD && ((VarInsnNode) n).var == 0;
    }

    /** An instruction that pushes one value and pops nothing (a local or a constant). */
    private static boolean pushesOnly(AbstractInsnNode n) {
        if (n == null) return false;
        int op = n.getOpcode();
        return op >= Opcodes.ACONST_NULL && op <= Opcodes.ALOAD;
    }

}
