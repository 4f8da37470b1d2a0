package myos.aot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.IntInsnNode;

/**
 * Rapid type analysis (Bacon & Sweeney): the methods reachable from the entry points,
 * given that a virtual call can only reach classes that the program instantiates.
 * Iterates to a fixed point: a new instantiated class adds the overriding methods of
 * every virtual call already seen, a new virtual call adds them for every class seen.
 */
final class Reachability {
    final World world;
    final Intrinsics intrinsics;
    final Lowering lowering;
    final Set<MethodInfo> methods = new LinkedHashSet<>();
    final Set<ClassInfo> instantiated = new LinkedHashSet<>();
    final Set<ClassInfo> initialized = new LinkedHashSet<>();
    final Set<String> arrayTypes = new TreeSet<>();
    /** Signatures called through invokeinterface (or invokevirtual of a default method). */
    final Set<String> interfaceSelectors = new TreeSet<>();
    /** Per resolved method, the static receiver types of its virtual calls. */
    private final Map<MethodInfo, List<ClassInfo>> virtualCalls = new LinkedHashMap<>();
    private final Deque<MethodInfo> work = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();

    Reachability(World world, Intrinsics intrinsics, Lowering lowering) {
        this.world = world;
        this.intrinsics = intrinsics;
        this.lowering = lowering;
    }

    void run() {
        while (!work.isEmpty()) {
            MethodInfo m = work.poll();
            try {
                scan(m);
            } catch (BuildError e) {
                errors.add(e.getMessage());
            }
        }
    }

    void method(MethodInfo m) {
        if (methods.add(m)) work.add(m);
    }

    void instantiate(ClassInfo c) {
        if (!instantiated.add(c)) return;
        initialize(c);
        for (Map.Entry<MethodInfo, List<ClassInfo>> e : virtualCalls.entrySet()) {
            for (ClassInfo t : e.getValue()) {
                if (c.isSubtypeOf(t)) {
                    MethodInfo impl = world.selectVirtual(c, e.getKey());
                    if (impl != null) method(impl);
                    break;
                }
            }
        }
    }

    void initialize(ClassInfo c) {
        if (!initialized.add(c)) return;
        if (c.superclass != null && !c.isInterface()) initialize(c.superclass);
        if (!c.isInterface()) for (ClassInfo i : c.allInterfaces()) if (hasDefaults(i)) initialize(i);
        MethodInfo clinit = c.clinit();
        if (clinit != null) method(clinit);
        if (c.isEnum()) {
            // Class.getEnumConstants (Enum.valueOf) calls values() through Class.enumValues.
            MethodInfo values = c.methods.get("values()[L" + c.name + ";");
            if (values != null) method(values);
        }
    }

    static boolean hasDefaults(ClassInfo i) {
        for (MethodInfo m : i.methods.values()) if (!m.isStatic() && !m.isAbstract() && !m.name.startsWith("<")) return true;
        return false;
    }

    void virtualCall(ClassInfo t, MethodInfo resolved) {
        List<ClassInfo> owners = virtualCalls.computeIfAbsent(resolved, k -> new ArrayList<>());
        if (owners.contains(t)) return;
        owners.add(t);
        for (ClassInfo c : new ArrayList<>(instantiated)) {
            if (c.isSubtypeOf(t)) {
                MethodInfo impl = world.selectVirtual(c, resolved);
                if (impl != null) method(impl);
            }
        }
    }

    void arrayType(String desc) {
        if (!arrayTypes.add(desc)) return;
        String comp = desc.substring(1);
        if (comp.charAt(0) == '[') arrayType(comp);
        else if (comp.charAt(0) == 'L') world.load(comp.substring(1, comp.length() - 1), "array " + desc);
    }

    /** A class named by an instruction operand (class or array descriptor). */
    void typeOperand(String internalOrArray, String site) {
        if (internalOrArray.charAt(0) == '[') arrayType(internalOrArray);
        else world.load(internalOrArray, site);
    }

    private void scan(MethodInfo m) {
        if (m.isAbstract()) return;
        String site = m.display();
        if (m.isNative()) {
            if (Annotations.value(m.node, Annotations.EXTERN) != null) {
                String o = m.owner.name;
                if (!o.startsWith("myos/rt/") && !o.startsWith("myos/kernel/")) {
                    throw new BuildError(site + ": @Extern native methods are reserved for the runtime and the kernel");
                }
                return;
            }
            if (!intrinsics.has(m)) throw new BuildError(site + ": native method has no implementation in MyOS2026 (not an intrinsic)");
            return;
        }
        lowering.lower(m, this);
        for (org.objectweb.asm.tree.TryCatchBlockNode t : m.node.tryCatchBlocks) {
            if (t.type != null) world.load(t.type, site);
        }
        if (m.isSynchronized()) {
            method(runtime("myos/rt/Monitor", "enter", "(Ljava/lang/Object;)V", site));
            method(runtime("myos/rt/Monitor", "exit", "(Ljava/lang/Object;)V", site));
        }
        for (AbstractInsnNode insn : m.node.instructions) {
            try {
                scanInsn(m, insn, Sites.of(m, insn));
            } catch (BuildError e) {
                errors.add(e.getMessage());
            }
        }
    }

    MethodInfo runtime(String owner, String name, String desc, String site) {
        return world.resolveMethod(world.load(owner, site), name, desc, site);
    }

    private void scanInsn(MethodInfo m, AbstractInsnNode insn, String site) {
        switch (insn.getOpcode()) {
            case Opcodes.NEW: {
                ClassInfo c = world.load(((TypeInsnNode) insn).desc, site);
                if (c.isAbstract() || c.isInterface()) throw new BuildError(site + ": new of abstract " + c.javaName());
                instantiate(c);
                break;
            }
            case Opcodes.ANEWARRAY: {
                String d = ((TypeInsnNode) insn).desc;
                arrayType("[" + (d.charAt(0) == '[' ? d : "L" + d + ";"));
                break;
            }
            case Opcodes.NEWARRAY:
                arrayType("[" + primitiveArrayDesc(((IntInsnNode) insn).operand));
                break;
            case Opcodes.MULTIANEWARRAY:
                arrayType(((MultiANewArrayInsnNode) insn).desc);
                break;
            case Opcodes.CHECKCAST:
            case Opcodes.INSTANCEOF:
                typeOperand(((TypeInsnNode) insn).desc, site);
                break;
            case Opcodes.LDC: {
                Object v = ((LdcInsnNode) insn).cst;
                if (v instanceof Type) {
                    Type t = (Type) v;
                    if (t.getSort() == Type.METHOD) throw new BuildError(site + ": method type constants are not supported");
                    typeOperand(t.getSort() == Type.ARRAY ? t.getDescriptor() : t.getInternalName(), site);
                } else if (v instanceof Handle || v instanceof org.objectweb.asm.ConstantDynamic) {
                    throw new BuildError(site + ": method handle / dynamic constants are not supported");
                }
                break;
            }
            case Opcodes.GETSTATIC:
            case Opcodes.PUTSTATIC: {
                FieldInsnNode f = (FieldInsnNode) insn;
                FieldInfo fi = world.resolveField(world.load(f.owner, site), f.name, f.desc, site);
                initialize(fi.owner);
                break;
            }
            case Opcodes.GETFIELD:
            case Opcodes.PUTFIELD: {
                FieldInsnNode f = (FieldInsnNode) insn;
                world.resolveField(world.load(f.owner, site), f.name, f.desc, site);
                break;
            }
            case Opcodes.INVOKESTATIC:
            case Opcodes.INVOKESPECIAL:
            case Opcodes.INVOKEVIRTUAL:
            case Opcodes.INVOKEINTERFACE:
                call(m, (MethodInsnNode) insn, site);
                break;
            case Opcodes.INVOKEDYNAMIC:
                throw new BuildError(site + ": invokedynamic was not lowered");
            default:
        }
    }

    private void call(MethodInfo caller, MethodInsnNode mi, String site) {
        String owner = mi.owner.charAt(0) == '[' ? "java/lang/Object" : mi.owner;
        if (mi.owner.charAt(0) == '[') arrayType(mi.owner);
        ClassInfo c = world.load(owner, site);
        if (mi.getOpcode() == Opcodes.INVOKESTATIC && intrinsics.isIntrinsic(owner, mi.name, mi.desc)) {
            intrinsics.checkCaller(caller, owner, mi.name, site);
            intrinsics.reach(owner, mi.name, mi.desc, this, site);
            return;
        }
        MethodInfo target = world.resolveMethod(c, mi.name, mi.desc, site);
        switch (mi.getOpcode()) {
            case Opcodes.INVOKESTATIC:
                initialize(target.owner);
                method(target);
                break;
            case Opcodes.INVOKESPECIAL:
                method(world.selectSpecial(caller, mi, target));
                break;
            default:
                if (target.isPrivate() || target.isStatic()) {
                    method(target);
                } else {
                    virtualCall(c, target);
                    if (target.owner.isInterface()) interfaceSelectors.add(mi.name + mi.desc);
                    if (!target.isAbstract()) {
                        // the resolved method itself is a possible target when its class is instantiated;
                        // virtualCall covers that, but final methods are called directly.
                        if (target.isFinal() || target.owner.isFinal()) method(target);
                    }
                }
        }
    }

    static String primitiveArrayDesc(int atype) {
        switch (atype) {
            case Opcodes.T_BOOLEAN: return "Z";
            case Opcodes.T_CHAR: return "C";
            case Opcodes.T_FLOAT: return "F";
            case Opcodes.T_DOUBLE: return "D";
            case Opcodes.T_BYTE: return "B";
            case Opcodes.T_SHORT: return "S";
            case Opcodes.T_INT: return "I";
            case Opcodes.T_LONG: return "J";
            default: throw new IllegalArgumentException("atype " + atype);
        }
    }
}
