package myos.aot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Build-time class initialisation (DESIGN.md §1 "Class initialisation"): a static
 * initialiser that only computes data — numbers, string literals, tables, objects and
 * arrays made from them (an enum's constants, a cache of boxed values) — is run here, by an
 * interpreter of our own class files (never a snapshot of host-JVM objects), and its results
 * become the static fields' initial values and image objects in the executable; the class
 * then needs no initialisation guard and its {@code <clinit>} is not compiled.
 *
 * <p>Why that is the same program: such an initialiser changes nothing but its own class's
 * static fields and objects it made itself; it reads nothing that can change (its own statics,
 * {@code final} statics and {@code final} fields of what classes initialised here before it
 * made, literals), cannot fail and computes the same values whenever it runs, so JLS
 * §12.4.1's "when" is unobservable. It may call methods of classes that need no
 * initialisation at run time (constructors, static, private, super and virtual calls,
 * interpreted) and a few library methods whose results the Java SE specification fixes bit
 * for bit ({@link PureMethods}). Anything else keeps the class's lazy, guarded
 * initialisation (JLS §12.4.2): native code, identity hashes, an exception (the division by
 * zero or bad index must come with its {@code ExceptionInInitializerError} at run time),
 * exception handlers, {@code invokedynamic}, more than {@link #STEP_LIMIT} instructions or
 * {@link #MAX_IMAGE_BYTES} of data. The superclass (and superinterfaces with default
 * methods) must need no initialisation at run time either, or its initialiser would have to
 * run first (JLS §12.4.2 step 7).
 *
 * <p>The objects and arrays go into the writable image section: the program may change,
 * lock and hash them like any other. Image objects are never freed or traced; every
 * reference slot of one made here is a root of the collector instead (Emitter adds them
 * to the static root table), so a heap object stored there later stays alive.
 */
final class BuildTimeInit {
    /** Interpreted instructions per class at the most; beyond that the class stays lazy. */
    static final int STEP_LIMIT = 2_000_000;
    /** Nesting of calls into the class's own static methods. */
    private static final int MAX_DEPTH = 32;
    /**
     * A zero-filled array larger than this (an I/O buffer, a table filled later) keeps its
     * class lazy: storing it in the executable costs more than allocating it at run time.
     */
    static final int MAX_BUFFER_BYTES = 512;
    /** Bytes of objects and arrays one initialiser may leave in the image. */
    static final int MAX_IMAGE_BYTES = 64 << 10;

    /** The static fields' values of every class initialised at build time, in class order. */
    final Map<ClassInfo, Map<FieldInfo, Object>> initialised = new LinkedHashMap<>();

    private final World world;
    /** MYOS_AOT_VERBOSE: say which initialisers stay at run time, and why. */
    private static final boolean VERBOSE = System.getenv("MYOS_AOT_VERBOSE") != null;

    /**
     * Kernel: zero-filled buffers are stored too, since the kernel has no lazy class
     * initialisation at all (DESIGN.md §1; Compiler makes any left a build error).
     */
    private final boolean storeBuffers;
    /** Why each class that stays lazy does (the first obstacle its initialiser met). */
    private final Map<ClassInfo, String> lazy = new LinkedHashMap<>();

    BuildTimeInit(World world, boolean storeBuffers) {
        this.world = world;
        this.storeBuffers = storeBuffers;
    }

    /** Why {@code c}'s initialiser runs at run time (null when it ran here or there is none). */
    String whyLazy(ClassInfo c) {
        if (c.clinit() == null || done(c)) return null;
        String why = lazy.get(c);
        if (why != null) return why;
        for (ClassInfo k = c.superclass; k != null; k = k.superclass) if (whyLazy(k) != null) return "its superclass " + k.javaName() + " is initialised at run time";
        return "a superinterface is initialised at run time";
    }

    /** Why an initialiser cannot run at build time (never shown to users: the class stays lazy). */
    static final class NotConstant extends Exception {
        /** The obstacle is another class that may yet be initialised here: worth another try then. */
        final boolean waitsForOthers;

        NotConstant(String why) {
            this(why, false);
        }

        NotConstant(String why, boolean waitsForOthers) {
            super(why, null, false, false);
            this.waitsForOthers = waitsForOthers;
        }
    }

    /**
     * Tries every class in {@code classes} that has a {@code <clinit>}, repeating until no
     * more succeed (a class may read final statics of another one initialised here).
     */
    void run(Iterable<ClassInfo> classes) {
        long t0 = System.nanoTime();
        java.util.Set<ClassInfo> settled = new java.util.HashSet<>(); // failed for a reason of their own
        boolean progress = true;
        while (progress) {
            progress = false;
            for (ClassInfo c : classes) {
                if (c.clinit() == null || initialised.containsKey(c) || !supersReady(c) || settled.contains(c)) continue;
                try {
                    initialised.put(c, evaluate(c));
                    progress = true;
                } catch (NotConstant e) {
                    lazy.put(c, e.getMessage());
                    if (!e.waitsForOthers) settled.add(c); // the same next time: do not run it again
                }
            }
        }
        lazy.keySet().removeAll(initialised.keySet());
        if (VERBOSE) {
            System.err.printf("aot: build-time initialisation: %d classes in %d ms%n", initialised.size(), (System.nanoTime() - t0) / 1_000_000);
            for (ClassInfo c : initialised.keySet()) System.err.println("aot: " + c.javaName() + " initialised at build time");
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

    /**
     * Whether {@code c} needs no initialisation at run time: it has no initialiser or its ran
     * here, and so for what it initialises first — or it is the class being initialised here
     * (its instances and static methods may be used by its own initialiser: JLS §12.4.2 step 7
     * finds it in progress by this thread).
     */
    private boolean ready(ClassInfo c) {
        return c == current || (c.clinit() == null || initialised.containsKey(c)) && supersReady(c);
    }

    /** True when {@code c}'s initialiser ran here. */
    boolean done(ClassInfo c) {
        return initialised.containsKey(c);
    }

    /**
     * The field's value after build-time initialisation: Integer, Long, Float, Double,
     * {@link Literal}, {@link ClassConst}, {@link Obj}, {@link RefArray}, a primitive array or null.
     */
    Object value(FieldInfo f) {
        Map<FieldInfo, Object> m = initialised.get(f.owner);
        return m == null ? null : m.get(f);
    }

    // ---- values ----------------------------------------------------------------------------------

    /** A string literal (ldc, or a ConstantValue): an image object already, immutable. */
    record Literal(String s) {}

    /** A class constant (ldc of a type, Class.getComponentType of one): its field descriptor, e.g. "I", "[I", "Ljava/lang/String;". */
    record ClassConst(String desc) {}

    /** An object made by an initialiser ({@code new}): its class and instance fields. Compared by identity. */
    static final class Obj {
        final ClassInfo cls;
        final Map<FieldInfo, Object> fields = new LinkedHashMap<>();

        Obj(ClassInfo cls) {
            this.cls = cls;
        }
    }

    /** A reference array made by an initialiser: its descriptor ("[Ljava/lang/String;") and elements. */
    static final class RefArray {
        final String desc;
        final Object[] elements;

        RefArray(String desc, int length) {
            this.desc = desc;
            this.elements = new Object[length];
        }
    }

    // ---- the interpreter -----------------------------------------------------------------------

    /** The class whose initialiser is being run; null between them. */
    private ClassInfo current;
    private Map<FieldInfo, Object> statics;
    /** Objects and arrays made by the initialiser being run: the only ones it may change. */
    private java.util.Set<Object> fresh;
    private int steps;

    private Map<FieldInfo, Object> evaluate(ClassInfo c) throws NotConstant {
        current = c;
        try {
            return initialise(c);
        } finally {
            current = null;
        }
    }

    private Map<FieldInfo, Object> initialise(ClassInfo c) throws NotConstant {
        statics = new LinkedHashMap<>();
        fresh = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        steps = 0;
        for (FieldInfo f : c.fields.values()) {
            if (!f.isStatic()) continue;
            // JVMS §5.5 step 6: ConstantValue attributes are set before <clinit> runs.
            Object v = f.node.value != null ? f.node.value : zero(f.desc);
            statics.put(f, v instanceof String ? new Literal((String) v) : v);
        }
        interpret(c.clinit(), new Object[0], 0);
        long bytes = 0;
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Object> work = new ArrayList<>(statics.values());
        while (!work.isEmpty()) {
            Object v = work.remove(work.size() - 1);
            if (v == null || !seen.add(v)) continue;
            nanCheck(v);
            if (v instanceof Obj) {
                bytes += ((Obj) v).cls.instanceSize > 0 ? ((Obj) v).cls.instanceSize : 16 + 8L * ((Obj) v).fields.size();
                work.addAll(((Obj) v).fields.values());
            } else if (v instanceof RefArray) {
                bytes += 24 + 8L * ((RefArray) v).elements.length;
                if (!storeBuffers && 8L * ((RefArray) v).elements.length > MAX_BUFFER_BYTES && Arrays.stream(((RefArray) v).elements).allMatch(e -> e == null)) {
                    throw new NotConstant("an empty buffer: cheaper to allocate at run time than to store");
                }
                work.addAll(Arrays.asList(((RefArray) v).elements));
            } else if (v.getClass().isArray()) {
                long size = (long) java.lang.reflect.Array.getLength(v) * elementSize(v);
                bytes += 24 + size;
                if (!storeBuffers && size > MAX_BUFFER_BYTES && allZero(v)) throw new NotConstant("a zero-filled buffer: cheaper to allocate at run time than to store");
            }
        }
        if (bytes > MAX_IMAGE_BYTES) throw new NotConstant("data larger than " + MAX_IMAGE_BYTES + " bytes");
        return statics;
    }

    private static boolean allZero(Object a) {
        for (int i = 0, n = java.lang.reflect.Array.getLength(a); i < n; i++) {
            Object e = java.lang.reflect.Array.get(a, i);
            if (e instanceof Boolean ? (Boolean) e : e instanceof Character ? (Character) e != 0 : ((Number) e).doubleValue() != 0
                || e instanceof Float && Float.floatToRawIntBits((Float) e) != 0 || e instanceof Double && Double.doubleToRawLongBits((Double) e) != 0) {
                return false;
            }
        }
        return true;
    }

    /** A C initialiser spells only the canonical NaN: a float or double field holding another keeps the class lazy. */
    private static void nanCheck(Object v) throws NotConstant {
        if (v instanceof Float && Float.isNaN((Float) v) && Float.floatToRawIntBits((Float) v) != Float.floatToRawIntBits(Float.NaN)
            || v instanceof Double && Double.isNaN((Double) v) && Double.doubleToRawLongBits((Double) v) != Double.doubleToRawLongBits(Double.NaN)) {
            throw new NotConstant("a NaN with a payload in a field");
        }
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

    /** A store of an int into a boolean/byte/char/short field keeps the low bits (JVMS §6.5 putfield/putstatic). */
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

    /** Runs {@code m} with its locals' first slots set to {@code args}; returns its result (null for void). */
    private Object interpret(MethodInfo mi, Object[] args, int depth) throws NotConstant {
        MethodNode m = mi.node;
        if (depth > MAX_DEPTH) throw new NotConstant("calls nested too deeply");
        if (!m.tryCatchBlocks.isEmpty()) throw new NotConstant("exception handlers in " + mi.name);
        if ((m.access & (Opcodes.ACC_SYNCHRONIZED | Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) != 0) throw new NotConstant("calls " + mi.name + ", not plain code");
        Object[] locals = new Object[Math.max(m.maxLocals, args.length)];
        System.arraycopy(args, 0, locals, 0, args.length);
        List<Object> stack = new ArrayList<>(m.maxStack);
        AbstractInsnNode insn = m.instructions.getFirst();
        while (insn != null) {
            if (++steps > STEP_LIMIT) throw new NotConstant("too long");
            AbstractInsnNode next = insn.getNext();
            int op = insn.getOpcode();
            if (op < 0) { // label, line number, frame
                insn = next;
                continue;
            }
            if (op >= Opcodes.ACONST_NULL && op <= Opcodes.DCONST_1) {
                stack.add(constant(op));
            } else if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
                stack.add(((IntInsnNode) insn).operand);
            } else if (op == Opcodes.LDC) {
                stack.add(ldc(((LdcInsnNode) insn).cst));
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
            } else if (op == Opcodes.GETFIELD) {
                stack.add(getField((FieldInsnNode) insn, pop(stack)));
            } else if (op == Opcodes.PUTFIELD) {
                Object v = pop(stack);
                putField((FieldInsnNode) insn, pop(stack), v);
            } else if (op >= Opcodes.INVOKEVIRTUAL && op <= Opcodes.INVOKEINTERFACE) {
                MethodInsnNode call = (MethodInsnNode) insn;
                Object[] a = new Object[Type.getArgumentTypes(call.desc).length + (op == Opcodes.INVOKESTATIC ? 0 : 1)];
                for (int i = a.length - 1; i >= 0; i--) a[i] = pop(stack);
                Object r = call(mi, call, a, depth);
                if (Type.getReturnType(call.desc).getSort() != Type.VOID) stack.add(r);
            } else if (op == Opcodes.NEW) {
                stack.add(newObject(((TypeInsnNode) insn).desc));
            } else if (op == Opcodes.NEWARRAY) {
                stack.add(fresh(newArray(((IntInsnNode) insn).operand, (Integer) pop(stack))));
            } else if (op == Opcodes.ANEWARRAY) {
                int length = (Integer) pop(stack);
                if (length < 0 || length > MAX_IMAGE_BYTES / 8) throw new NotConstant("array size " + length);
                stack.add(fresh(new RefArray("[" + asDescriptor(((TypeInsnNode) insn).desc), length)));
            } else if (op == Opcodes.ARRAYLENGTH) {
                Object a = pop(stack);
                if (a instanceof RefArray) stack.add(((RefArray) a).elements.length);
                else if (a != null && a.getClass().isArray()) stack.add(java.lang.reflect.Array.getLength(a));
                else throw new NotConstant("arraylength of null");
            } else if (op == Opcodes.CHECKCAST) {
                Object v = stack.get(stack.size() - 1);
                if (v != null && !isInstance(v, asDescriptor(((TypeInsnNode) insn).desc))) throw new NotConstant("ClassCastException");
            } else if (op == Opcodes.INSTANCEOF) {
                Object v = pop(stack);
                stack.add(v != null && isInstance(v, asDescriptor(((TypeInsnNode) insn).desc)) ? 1 : 0);
            } else if (op == Opcodes.MONITORENTER || op == Opcodes.MONITOREXIT) {
                // One thread, objects no other thread can see yet: locking them has no effect.
                if (pop(stack) == null) throw new NotConstant("NullPointerException");
            } else {
                throw new NotConstant("opcode " + op); // athrow, invokedynamic, multianewarray, jsr/ret
            }
            insn = next;
        }
        throw new NotConstant("fell off the end");
    }

    private <T> T fresh(T o) {
        fresh.add(o);
        return o;
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

    private static Object ldc(Object v) throws NotConstant {
        if (v instanceof String) return new Literal((String) v);
        if (v instanceof Type && (((Type) v).getSort() == Type.ARRAY || ((Type) v).getSort() == Type.OBJECT)) {
            return new ClassConst(((Type) v).getDescriptor());
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Float || v instanceof Double) return v;
        throw new NotConstant("ldc of " + v.getClass().getSimpleName());
    }

    /** An internal name or array descriptor as a field descriptor. */
    private static String asDescriptor(String nameOrDesc) {
        return nameOrDesc.charAt(0) == '[' ? nameOrDesc : "L" + nameOrDesc + ";";
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
                // Literals and class constants are one image object per value; the rest are identities.
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

    /**
     * The class's own statics; a {@code final} static of a class initialised here before (its
     * value cannot change later), or a compile-time constant. Any other static could be
     * changed by the program before this class would have been initialised at run time.
     */
    private Object getStatic(FieldInsnNode f) throws NotConstant {
        FieldInfo field = field(f);
        if (field.owner == current) return statics.get(field);
        boolean isFinal = (field.node.access & Opcodes.ACC_FINAL) != 0;
        if (isFinal && field.node.value != null) return ldc(field.node.value);
        if (isFinal && initialised.containsKey(field.owner)) return initialised.get(field.owner).get(field);
        throw new NotConstant("reads " + field, !initialised.containsKey(field.owner));
    }

    private void putStatic(FieldInsnNode f, Object v) throws NotConstant {
        FieldInfo field = field(f);
        if (field.owner != current) throw new NotConstant("writes " + field);
        statics.put(field, narrow(field.desc, v));
    }

    /** An instance field: of an object this initialiser made, or a {@code final} one of another (it cannot change). */
    private Object getField(FieldInsnNode f, Object o) throws NotConstant {
        if (!(o instanceof Obj)) throw new NotConstant(o == null ? "NullPointerException" : "a field of a " + o.getClass().getSimpleName());
        FieldInfo field = field(f);
        if (!fresh.contains(o) && (field.node.access & Opcodes.ACC_FINAL) == 0) throw new NotConstant("reads " + field + " of another class's object");
        Object v = ((Obj) o).fields.get(field);
        return v != null || ((Obj) o).fields.containsKey(field) ? v : zero(field.desc);
    }

    private void putField(FieldInsnNode f, Object o, Object v) throws NotConstant {
        if (!(o instanceof Obj) || !fresh.contains(o)) throw new NotConstant(o == null ? "NullPointerException" : "changes an object it did not make");
        FieldInfo field = field(f);
        ((Obj) o).fields.put(field, narrow(field.desc, v));
    }

    private FieldInfo field(FieldInsnNode f) throws NotConstant {
        try {
            return world.resolveField(world.load(f.owner, "build-time init"), f.name, f.desc, "build-time init");
        } catch (BuildError e) {
            throw new NotConstant(e.getMessage());
        }
    }

    /** {@code new C}: C must need no initialisation at run time, or be the one being initialised (an enum's constants). */
    private Object newObject(String name) throws NotConstant {
        ClassInfo c = world.load(name, "build-time init");
        if (c.isAbstract() || c.isInterface()) throw new NotConstant("InstantiationError");
        if (!ready(c)) throw new NotConstant("makes a " + c.javaName() + " whose initialisation runs at run time", true);
        return fresh(new Obj(c));
    }

    private static Object newArray(int type, int length) throws NotConstant {
        if (length < 0 || length > MAX_IMAGE_BYTES) throw new NotConstant("array size " + length);
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

    private int length(Object a) throws NotConstant {
        if (a instanceof RefArray) return ((RefArray) a).elements.length;
        if (a != null && a.getClass().isArray()) return java.lang.reflect.Array.getLength(a);
        throw new NotConstant(a == null ? "NullPointerException" : "not an array");
    }

    /** Elements of arrays this initialiser made (another class's array may change before this one would be initialised). */
    private Object arrayLoad(Object a, int i) throws NotConstant {
        if (i < 0 || i >= length(a)) throw new NotConstant("ArrayIndexOutOfBoundsException");
        if (!fresh.contains(a)) throw new NotConstant("reads an array it did not make");
        if (a instanceof RefArray) return ((RefArray) a).elements[i];
        if (a instanceof boolean[]) return ((boolean[]) a)[i] ? 1 : 0;   // baload on a boolean array
        if (a instanceof byte[]) return (int) ((byte[]) a)[i];
        if (a instanceof char[]) return (int) ((char[]) a)[i];
        if (a instanceof short[]) return (int) ((short[]) a)[i];
        return java.lang.reflect.Array.get(a, i);
    }

    private void arrayStore(Object a, int i, Object v) throws NotConstant {
        if (i < 0 || i >= length(a)) throw new NotConstant("ArrayIndexOutOfBoundsException");
        if (!fresh.contains(a)) throw new NotConstant("changes an array it did not make");
        if (a instanceof RefArray) {
            RefArray r = (RefArray) a;
            if (v != null && !isInstance(v, r.desc.substring(1))) throw new NotConstant("ArrayStoreException");
            r.elements[i] = v;
        } else if (a instanceof boolean[]) ((boolean[]) a)[i] = ((Integer) v & 1) != 0;   // JVMS §6.5 bastore
        else if (a instanceof byte[]) ((byte[]) a)[i] = (byte) (int) (Integer) v;
        else if (a instanceof char[]) ((char[]) a)[i] = (char) (int) (Integer) v;
        else if (a instanceof short[]) ((short[]) a)[i] = (short) (int) (Integer) v;
        else java.lang.reflect.Array.set(a, i, v);
    }

    /** The field descriptor of a value's class. */
    private static String typeOf(Object v) {
        if (v instanceof Obj) return "L" + ((Obj) v).cls.name + ";";
        if (v instanceof RefArray) return ((RefArray) v).desc;
        if (v instanceof Literal) return "Ljava/lang/String;";
        if (v instanceof ClassConst) return "Ljava/lang/Class;";
        return v.getClass().getName(); // a primitive array: "[I", ...
    }

    /** JVMS §6.5 checkcast/instanceof: whether a value of class {@code type} is an instance of {@code target}. */
    private boolean isInstance(Object v, String target) throws NotConstant {
        return assignable(typeOf(v), target);
    }

    private boolean assignable(String type, String target) throws NotConstant {
        if (type.equals(target) || target.equals("Ljava/lang/Object;")) return true;
        if (type.charAt(0) == '[') {
            if (target.equals("Ljava/lang/Cloneable;") || target.equals("Ljava/io/Serializable;")) return true;
            if (target.charAt(0) != '[') return false;
            String a = type.substring(1), b = target.substring(1);
            return a.charAt(0) != 'L' && a.charAt(0) != '[' ? a.equals(b) : (b.charAt(0) == 'L' || b.charAt(0) == '[') && assignable(a, b);
        }
        if (target.charAt(0) != 'L') return false;
        try {
            ClassInfo c = world.load(type.substring(1, type.length() - 1), "build-time init");
            return c.isSubtypeOf(world.load(target.substring(1, target.length() - 1), "build-time init"));
        } catch (BuildError e) {
            throw new NotConstant(e.getMessage());
        }
    }

    /**
     * A call: the exactly specified library methods of {@link PureMethods} are evaluated on
     * the host; any other method with code is interpreted, if its class needs no
     * initialisation at run time (or is this one): static methods, constructors, private and
     * super calls (JVMS §6.5 invokespecial), and virtual calls on objects made here (JVMS
     * §5.4.6 selection).
     */
    private Object call(MethodInfo caller, MethodInsnNode call, Object[] args, int depth) throws NotConstant {
        if (PureMethods.has(call.owner, call.name, call.desc)) return PureMethods.call(call.owner, call.name, call.desc, args);
        MethodInfo target;
        try {
            target = world.resolveMethod(world.load(call.owner, "build-time init"), call.name, call.desc, "build-time init");
        } catch (BuildError e) {
            throw new NotConstant(e.getMessage());
        }
        int op = call.getOpcode();
        if (op == Opcodes.INVOKESTATIC) {
            if (!ready(target.owner)) throw new NotConstant("calls into " + target.owner.javaName() + ", initialised at run time", true);
        } else {
            Object receiver = args[0];
            if (receiver == null) throw new NotConstant("NullPointerException");
            if (op == Opcodes.INVOKESPECIAL) {
                target = world.selectSpecial(caller, call, target);
            } else if (receiver instanceof Obj) {
                target = world.selectVirtual(((Obj) receiver).cls, target);
                if (target == null) throw new NotConstant("AbstractMethodError");
            } else if (receiver instanceof RefArray && call.name.equals("clone")) {
                RefArray r = (RefArray) receiver, copy = fresh(new RefArray(r.desc, r.elements.length));
                System.arraycopy(r.elements, 0, copy.elements, 0, r.elements.length);
                return copy;
            } else {
                throw new NotConstant("calls " + call.owner + "." + call.name + " on a " + typeOf(receiver));
            }
            if (!(receiver instanceof Obj) && !target.owner.name.equals("java/lang/Object")) throw new NotConstant("calls " + target.name + " on a " + typeOf(receiver));
        }
        Type[] params = Type.getArgumentTypes(call.desc);
        return interpret(target, locals(args, params, op != Opcodes.INVOKESTATIC), depth + 1);
    }

    /** Arguments as locals: a long or double takes two slots (JVMS §2.6.1); the receiver, if any, comes first. */
    private static Object[] locals(Object[] args, Type[] types, boolean receiver) {
        int first = receiver ? 1 : 0;
        int n = first;
        for (Type t : types) n += t.getSize();
        Object[] l = new Object[n];
        if (receiver) l[0] = args[0];
        int at = first;
        for (int i = first; i < args.length; i++) {
            l[at] = args[i];
            at += types[i - first].getSize();
        }
        return l;
    }
}
