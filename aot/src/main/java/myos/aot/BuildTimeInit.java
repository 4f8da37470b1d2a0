package myos.aot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Build-time class initialisation (DESIGN.md §1 "Class initialisation"): a static
 * initialiser that only computes constant data — numbers, string literals, primitive arrays
 * (lookup tables, CRC polynomials, digit tables) — is run here, by a small bytecode
 * interpreter over our own class files, and its results become the static fields' initial
 * values in the executable; the class then needs no initialisation guard and its
 * {@code <clinit>} is not compiled.
 *
 * <p>Why that is the same program: such an initialiser has no effect but its own class's
 * static fields, reads nothing that can change (its own statics, {@code final} statics of
 * classes initialised here before it, literals), cannot fail and computes the same values
 * whenever it runs; JLS §12.4.1's "when" is then unobservable. Anything else makes the class
 * keep its lazy, guarded initialisation (JLS §12.4.2): creating an object or a reference
 * array, calling a method outside the class (but for a few exactly specified pure ones,
 * evaluated by the host JVM, whose results the Java SE specification fixes bit for bit),
 * any exception (the division by zero, bad index or negative size the code would meet at
 * run time must come with its {@code ExceptionInInitializerError} at run time), monitors,
 * exception handlers, {@code invokedynamic}, or more than {@link #STEP_LIMIT} instructions.
 * The superclass (and superinterfaces with default methods) must need no initialisation at
 * run time either, or its initialiser would have to run first (JLS §12.4.2 step 7).
 *
 * <p>Only primitive arrays land in the image: a reference array there could be made to
 * point into the heap by a later store, and image objects are not scanned by the collector
 * (docs/abi.md). Primitive arrays go into the writable image section: the program may
 * change their elements, lock them or hash them like any array.
 */
final class BuildTimeInit {
    /** Interpreted instructions per class at the most; beyond that the class stays lazy. */
    static final int STEP_LIMIT = 2_000_000;
    /** Nesting of calls into the class's own static methods. */
    private static final int MAX_DEPTH = 32;
    /** Bytes of arrays one initialiser may leave in the image. */
    static final int MAX_ARRAY_BYTES = 64 << 10;

    /** The static fields' values of every class initialised at build time, in class order. */
    final Map<ClassInfo, Map<FieldInfo, Object>> initialised = new LinkedHashMap<>();

    private final World world;
    /** MYOS_AOT_VERBOSE: say which initialisers stay at run time, and why. */
    private static final boolean VERBOSE = System.getenv("MYOS_AOT_VERBOSE") != null;

    BuildTimeInit(World world) {
        this.world = world;
    }

    /** Why an initialiser cannot run at build time (never shown to users: the class stays lazy). */
    static final class NotConstant extends Exception {
        NotConstant(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * Tries every class in {@code classes} that has a {@code <clinit>}, repeating until no
     * more succeed (a class may read final statics of another one initialised here).
     */
    void run(Iterable<ClassInfo> classes) {
        Map<ClassInfo, String> lazy = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (ClassInfo c : classes) {
                if (c.clinit() == null || initialised.containsKey(c) || !supersReady(c)) continue;
                try {
                    initialised.put(c, evaluate(c));
                    progress = true;
                } catch (NotConstant e) {
                    lazy.put(c, e.getMessage());
                }
            }
        }
        if (VERBOSE) {
            for (ClassInfo c : initialised.keySet()) System.err.println("aot: " + c.javaName() + " initialised at build time");
            lazy.keySet().removeAll(initialised.keySet());
            lazy.forEach((c, why) -> System.err.println("aot: " + c.javaName() + " initialised at run time: " + why));
        }
    }

    /** Whether the initialisation of {@code c} at run time would start no other initialiser (JLS §12.4.2 step 7). */
    private boolean supersReady(ClassInfo c) {
        if (c.isInterface()) return true;
        if (c.superclass != null && !ready(c.superclass)) return false;
        for (ClassInfo i : c.allInterfaces()) if (Reachability.hasDefaults(i) && !ready(i)) return false;
        return true;
    }

    private boolean ready(ClassInfo c) {
        return (c.clinit() == null || initialised.containsKey(c)) && supersReady(c);
    }

    /** True when {@code c}'s initialiser ran here. */
    boolean done(ClassInfo c) {
        return initialised.containsKey(c);
    }

    /**
     * The field's value after build-time initialisation: Integer, Long, Float, Double, String
     * (a literal), {@link ClassConst}, a primitive array, an {@link EmptyRefArray} or null.
     */
    Object value(FieldInfo f) {
        Map<FieldInfo, Object> m = initialised.get(f.owner);
        return m == null ? null : m.get(f);
    }

    // ---- the interpreter -----------------------------------------------------------------------

    private ClassInfo current;
    private Map<FieldInfo, Object> statics;
    private int steps;

    private Map<FieldInfo, Object> evaluate(ClassInfo c) throws NotConstant {
        current = c;
        statics = new LinkedHashMap<>();
        steps = 0;
        for (FieldInfo f : c.fields.values()) {
            if (!f.isStatic()) continue;
            // JVMS §5.5 step 6: ConstantValue attributes are set before <clinit> runs.
            statics.put(f, f.node.value != null ? f.node.value : zero(f.desc));
        }
        interpret(c.clinit().node, new Object[0], 0);
        long bytes = 0;
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Map.Entry<FieldInfo, Object> e : statics.entrySet()) {
            Object v = e.getValue();
            if (v != null && v.getClass().isArray() && seen.add(v)) bytes += 24 + (long) java.lang.reflect.Array.getLength(v) * elementSize(v);
            if (v instanceof Float && Float.isNaN((Float) v) && Float.floatToRawIntBits((Float) v) != Float.floatToRawIntBits(Float.NaN)
                || v instanceof Double && Double.isNaN((Double) v) && Double.doubleToRawLongBits((Double) v) != Double.doubleToRawLongBits(Double.NaN)) {
                throw new NotConstant("a NaN with a payload in " + e.getKey()); // a C initialiser spells only the canonical NaN
            }
            e.setValue(narrow(e.getKey().desc, v));
        }
        if (bytes > MAX_ARRAY_BYTES) throw new NotConstant("tables larger than " + MAX_ARRAY_BYTES + " bytes");
        return statics;
    }

    private static Object zero(String desc) {
        switch (desc.charAt(0)) {
            case 'J': return 0L;
            case 'F': return 0f;
            case 'D': return 0d;
            case 'L': case '[': return null;
            default: return 0;
        }
    }

    /** putstatic of an int into a boolean/byte/char/short field stores the low bits (JVMS §6.5 putstatic, §2.11.1). */
    private static Object narrow(String desc, Object v) {
        switch (desc.charAt(0)) {
            case 'Z': return (Integer) v & 1;
            case 'B': return (int) (byte) (int) (Integer) v;
            case 'C': return (int) (char) (int) (Integer) v;
            case 'S': return (int) (short) (int) (Integer) v;
            default: return v;
        }
    }

    private static int elementSize(Object a) {
        if (a instanceof boolean[] || a instanceof byte[]) return 1;
        if (a instanceof char[] || a instanceof short[]) return 2;
        if (a instanceof int[] || a instanceof float[]) return 4;
        return 8;
    }

    /** A string literal (ldc): the only reference values besides primitive arrays. */
    record Literal(String s) {}

    /**
     * {@code new T[0]} of a reference type: it can never hold a reference, so unlike other
     * reference arrays it may live in the image. Compared by identity, like the array it is.
     */
    static final class EmptyRefArray {
        final String desc;
        EmptyRefArray(String desc) { this.desc = desc; }
    }

    /** A class constant (ldc of a type, Class.getComponentType of one): its field descriptor, e.g. "I", "[I", "Ljava/lang/String;". */
    record ClassConst(String desc) {}

    /** Runs {@code m}; returns its result (null for void). */
    private Object interpret(MethodNode m, Object[] args, int depth) throws NotConstant {
        if (depth > MAX_DEPTH) throw new NotConstant("calls nested too deeply");
        if (!m.tryCatchBlocks.isEmpty()) throw new NotConstant("exception handlers");
        if ((m.access & (Opcodes.ACC_SYNCHRONIZED | Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) != 0) throw new NotConstant("not plain code");
        Object[] locals = new Object[Math.max(m.maxLocals, args.length)];
        System.arraycopy(args, 0, locals, 0, args.length);
        List<Object> stack = new ArrayList<>(m.maxStack);
        InsnList code = m.instructions;
        AbstractInsnNode insn = code.getFirst();
        while (insn != null) {
            if (++steps > STEP_LIMIT) throw new NotConstant("too long");
            AbstractInsnNode next = insn.getNext();
            int op = insn.getOpcode();
            switch (insn.getType()) {
                case AbstractInsnNode.LABEL: case AbstractInsnNode.LINE: case AbstractInsnNode.FRAME:
                    insn = next;
                    continue;
                default:
                    break;
            }
            if (op >= Opcodes.ACONST_NULL && op <= Opcodes.DCONST_1) {
                stack.add(constant(op));
            } else if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
                stack.add(((IntInsnNode) insn).operand);
            } else if (op == Opcodes.LDC) {
                Object v = ((LdcInsnNode) insn).cst;
                if (v instanceof String) stack.add(new Literal((String) v));
                else if (v instanceof Type && ((Type) v).getSort() >= Type.ARRAY) stack.add(new ClassConst(((Type) v).getDescriptor()));
                else if (v instanceof Integer || v instanceof Long || v instanceof Float || v instanceof Double) stack.add(v);
                else throw new NotConstant("ldc of " + v.getClass().getSimpleName());
            } else if (op >= Opcodes.ILOAD && op <= Opcodes.ALOAD) {
                stack.add(locals[((VarInsnNode) insn).var]);
            } else if (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE) {
                locals[((VarInsnNode) insn).var] = pop(stack);
            } else if (op == Opcodes.IINC) {
                IincInsnNode i = (IincInsnNode) insn;
                locals[i.var] = (Integer) locals[i.var] + i.incr;
            } else if (op >= Opcodes.IALOAD && op <= Opcodes.SALOAD) {
                int index = (Integer) pop(stack);
                stack.add(arrayLoad(pop(stack), index));
            } else if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) {
                Object v = pop(stack);
                int index = (Integer) pop(stack);
                arrayStore(pop(stack), index, v);
            } else if (op >= Opcodes.POP && op <= Opcodes.SWAP) {
                stackOp(op, stack);
            } else if (op >= Opcodes.IADD && op <= Opcodes.LXOR) {
                ConstantArith.binaryOrUnary(op, stack);
            } else if (op >= Opcodes.I2L && op <= Opcodes.I2S) {
                stack.add(ConstantArith.convert(op, pop(stack)));
            } else if (op >= Opcodes.LCMP && op <= Opcodes.DCMPG) {
                Object b = pop(stack), a = pop(stack);
                stack.add(ConstantArith.compare(op, a, b));
            } else if (op >= Opcodes.IFEQ && op <= Opcodes.IF_ACMPNE || op == Opcodes.IFNULL || op == Opcodes.IFNONNULL || op == Opcodes.GOTO) {
                if (branch(op, stack)) next = ((JumpInsnNode) insn).label;
            } else if (op == Opcodes.TABLESWITCH) {
                TableSwitchInsnNode t = (TableSwitchInsnNode) insn;
                int k = (Integer) pop(stack);
                next = k < t.min || k > t.max ? t.dflt : t.labels.get(k - t.min);
            } else if (op == Opcodes.LOOKUPSWITCH) {
                LookupSwitchInsnNode l = (LookupSwitchInsnNode) insn;
                int k = (Integer) pop(stack);
                int at = l.keys.indexOf(k);
                next = at < 0 ? l.dflt : l.labels.get(at);
            } else if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) {
                return op == Opcodes.RETURN ? null : pop(stack);
            } else if (op == Opcodes.GETSTATIC) {
                stack.add(getStatic((FieldInsnNode) insn));
            } else if (op == Opcodes.PUTSTATIC) {
                putStatic((FieldInsnNode) insn, pop(stack));
            } else if (op == Opcodes.NEWARRAY) {
                stack.add(newArray(((IntInsnNode) insn).operand, (Integer) pop(stack)));
            } else if (op == Opcodes.ANEWARRAY) {
                if ((Integer) pop(stack) != 0) throw new NotConstant("a reference array");
                String comp = ((org.objectweb.asm.tree.TypeInsnNode) insn).desc;
                stack.add(new EmptyRefArray("[" + (comp.charAt(0) == '[' ? comp : "L" + comp + ";")));
            } else if (op == Opcodes.ARRAYLENGTH) {
                Object a = pop(stack);
                if (a instanceof EmptyRefArray) {
                    stack.add(0);
                    insn = next;
                    continue;
                }
                if (a == null || !a.getClass().isArray()) throw new NotConstant("arraylength of null");
                stack.add(java.lang.reflect.Array.getLength(a));
            } else if (op == Opcodes.INVOKESTATIC || op == Opcodes.INVOKEVIRTUAL) {
                MethodInsnNode call = (MethodInsnNode) insn;
                Type[] params = Type.getArgumentTypes(call.desc);
                Object[] a = new Object[params.length + (op == Opcodes.INVOKESTATIC ? 0 : 1)];
                for (int i = a.length - 1; i >= 0; i--) a[i] = pop(stack);
                Object r = call(call, a, depth);
                if (Type.getReturnType(call.desc).getSort() != Type.VOID) stack.add(r);
            } else {
                throw new NotConstant("opcode " + op);
            }
            insn = next;
        }
        throw new NotConstant("fell off the end");
    }

    private static Object pop(List<Object> stack) {
        return stack.remove(stack.size() - 1);
    }

    private static Object constant(int op) {
        if (op == Opcodes.ACONST_NULL) return null;
        if (op <= Opcodes.ICONST_5) return op - Opcodes.ICONST_0;
        if (op <= Opcodes.LCONST_1) return (long) (op - Opcodes.LCONST_0);
        if (op <= Opcodes.FCONST_2) return (float) (op - Opcodes.FCONST_0);
        return (double) (op - Opcodes.DCONST_0);
    }

    private static boolean wide(Object v) {
        return v instanceof Long || v instanceof Double;
    }

    /** The second slot of a long or double on the operand stack, for the slot-wise shuffles. */
    private static final Object TOP = new Object();

    /**
     * JVMS §6.5 pop, pop2, dup, dup_x1, dup_x2, dup2, dup2_x1, dup2_x2, swap. They are defined
     * on stack slots, a long or double taking two; verified code never splits one, so the
     * values are spread into slots, shuffled, and gathered again.
     */
    private static void stackOp(int op, List<Object> s) {
        List<Object> slots = new ArrayList<>();
        for (Object v : s) {
            slots.add(v);
            if (wide(v)) slots.add(TOP);
        }
        int n = slots.size();
        switch (op) {
            case Opcodes.POP: slots.subList(n - 1, n).clear(); break;
            case Opcodes.POP2: slots.subList(n - 2, n).clear(); break;
            case Opcodes.DUP: slots.add(slots.get(n - 1)); break;
            case Opcodes.DUP_X1: slots.add(n - 2, slots.get(n - 1)); break;
            case Opcodes.DUP_X2: slots.add(n - 3, slots.get(n - 1)); break;
            case Opcodes.DUP2: slots.addAll(new ArrayList<>(slots.subList(n - 2, n))); break;
            case Opcodes.DUP2_X1: slots.addAll(n - 3, new ArrayList<>(slots.subList(n - 2, n))); break;
            case Opcodes.DUP2_X2: slots.addAll(n - 4, new ArrayList<>(slots.subList(n - 2, n))); break;
            default: { // SWAP
                Object top = slots.remove(n - 1);
                slots.add(n - 2, top);
            }
        }
        s.clear();
        for (Object v : slots) if (v != TOP) s.add(v);
    }

    private boolean branch(int op, List<Object> stack) {
        switch (op) {
            case Opcodes.GOTO: return true;
            case Opcodes.IFNULL: return pop(stack) == null;
            case Opcodes.IFNONNULL: return pop(stack) != null;
            case Opcodes.IF_ACMPEQ: case Opcodes.IF_ACMPNE: {
                Object b = pop(stack), a = pop(stack);
                return (a == b || (a instanceof Literal || a instanceof ClassConst) && a.equals(b)) == (op == Opcodes.IF_ACMPEQ);
            }
            default: break;
        }
        if (op >= Opcodes.IF_ICMPEQ) {
            int b = (Integer) pop(stack), a = (Integer) pop(stack);
            return ConstantArith.test(op - Opcodes.IF_ICMPEQ, Integer.compare(a, b));
        }
        return ConstantArith.test(op - Opcodes.IFEQ, Integer.compare((Integer) pop(stack), 0));
    }

    private Object getStatic(FieldInsnNode f) throws NotConstant {
        FieldInfo field = field(f);
        if (field.owner == current) return statics.get(field);
        boolean isFinal = (field.node.access & Opcodes.ACC_FINAL) != 0;
        if (isFinal && field.node.value != null) return field.node.value;
        if (isFinal && initialised.containsKey(field.owner)) {
            Object v = initialised.get(field.owner).get(field);
            if (v != null && (v.getClass().isArray() || v instanceof EmptyRefArray)) throw new NotConstant("another class's array"); // identity
            return v instanceof String ? new Literal((String) v) : v;
        }
        throw new NotConstant("reads " + field);
    }

    private void putStatic(FieldInsnNode f, Object v) throws NotConstant {
        FieldInfo field = field(f);
        if (field.owner != current) throw new NotConstant("writes " + field);
        statics.put(field, v instanceof Literal ? ((Literal) v).s() : v);
    }

    private FieldInfo field(FieldInsnNode f) throws NotConstant {
        try {
            return world.resolveField(world.load(f.owner, "build-time init"), f.name, f.desc, "build-time init");
        } catch (BuildError e) {
            throw new NotConstant(e.getMessage());
        }
    }

    private static Object newArray(int type, int length) throws NotConstant {
        if (length < 0 || length > MAX_ARRAY_BYTES) throw new NotConstant("array size " + length);
        switch (type) {
            case Opcodes.T_BOOLEAN: return new boolean[length];
            case Opcodes.T_BYTE: return new byte[length];
            case Opcodes.T_CHAR: return new char[length];
            case Opcodes.T_SHORT: return new short[length];
            case Opcodes.T_INT: return new int[length];
            case Opcodes.T_LONG: return new long[length];
            case Opcodes.T_FLOAT: return new float[length];
            default: return new double[length];
        }
    }

    private static Object arrayLoad(Object a, int i) throws NotConstant {
        if (a == null || !a.getClass().isArray() || i < 0 || i >= java.lang.reflect.Array.getLength(a)) throw new NotConstant("bad array load");
        if (a instanceof boolean[]) return ((boolean[]) a)[i] ? 1 : 0;   // baload on a boolean array
        if (a instanceof byte[]) return (int) ((byte[]) a)[i];
        if (a instanceof char[]) return (int) ((char[]) a)[i];
        if (a instanceof short[]) return (int) ((short[]) a)[i];
        return java.lang.reflect.Array.get(a, i);
    }

    private static void arrayStore(Object a, int i, Object v) throws NotConstant {
        if (a == null || !a.getClass().isArray() || i < 0 || i >= java.lang.reflect.Array.getLength(a)) throw new NotConstant("bad array store");
        if (a instanceof boolean[]) ((boolean[]) a)[i] = ((Integer) v & 1) != 0;   // JVMS §6.5 bastore
        else if (a instanceof byte[]) ((byte[]) a)[i] = (byte) (int) (Integer) v;
        else if (a instanceof char[]) ((char[]) a)[i] = (char) (int) (Integer) v;
        else if (a instanceof short[]) ((short[]) a)[i] = (short) (int) (Integer) v;
        else java.lang.reflect.Array.set(a, i, v);
    }

    private Object call(MethodInsnNode call, Object[] args, int depth) throws NotConstant {
        if (call.getOpcode() == Opcodes.INVOKESTATIC && call.owner.equals(current.name)) {
            MethodInfo m = current.methods.get(call.name + call.desc);
            if (m == null) throw new NotConstant("inherited static " + call.name);
            return interpret(m.node, locals(args, Type.getArgumentTypes(call.desc)), depth + 1);
        }
        return PureMethods.call(call.owner, call.name, call.desc, args);
    }

    /** Arguments as locals: a long or double takes two slots (JVMS §2.6.1). */
    private static Object[] locals(Object[] args, Type[] types) {
        int n = 0;
        for (Type t : types) n += t.getSize();
        Object[] l = new Object[n];
        int at = 0;
        for (int i = 0; i < args.length; i++) {
            l[at] = args[i];
            at += types[i].getSize();
        }
        return l;
    }
}
