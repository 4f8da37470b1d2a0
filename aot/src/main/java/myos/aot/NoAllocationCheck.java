package myos.aot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Checks {@code @myos.rt.NoAllocation} over the whole call graph (SubstrateVM's model,
 * DESIGN.md §1): from every annotated method, no reachable code may execute {@code new},
 * create an array, call the allocator, enter a monitor, or trigger class initialisation
 * (string concatenation, boxing and capturing lambdas are calls that reach a {@code new},
 * so they are found the same way). Implicit exceptions (null, bounds, cast, division) in
 * such code do not allocate either: the compiler turns them into a fatal error, because
 * code that runs with interrupts off or inside the collector has no way to recover.
 */
final class NoAllocationCheck {
    static final String ANNOTATION = "Lmyos/rt/NoAllocation;";

    private final Program p;
    /** Every method reachable from an annotated one: compiled without allocation paths. */
    final Set<MethodInfo> closure = new LinkedHashSet<>();
    private final Map<MethodInfo, MethodInfo> parent = new HashMap<>();
    private final Map<MethodInfo, String> parentSite = new HashMap<>();
    private final CallGraph calls;

    NoAllocationCheck(Program p, CallGraph calls) {
        this.p = p;
        this.calls = calls;
    }

    static boolean annotated(MethodInfo m) {
        return has(m.node.invisibleAnnotations) || has(m.node.visibleAnnotations)
            || has(m.owner.node.invisibleAnnotations) || has(m.owner.node.visibleAnnotations);
    }

    private static boolean has(List<AnnotationNode> as) {
        if (as == null) return false;
        for (AnnotationNode a : as) if (a.desc.equals(ANNOTATION)) return true;
        return false;
    }

    /** Returns the violations (empty when the rule holds). */
    List<String> run() {
        List<String> errors = new ArrayList<>();
        Deque<MethodInfo> work = new ArrayDeque<>();
        for (MethodInfo m : p.reach.methods) {
            if (annotated(m) && closure.add(m)) work.add(m);
        }
        while (!work.isEmpty()) {
            MethodInfo m = work.poll();
            if (m.isAbstract() || m.isNative() || m.node.instructions == null) continue;
            boolean[] throwing = throwConstruction(p, m);
            int index = -1;
            for (AbstractInsnNode insn : m.node.instructions) {
                index++;
                if (throwing[index]) continue; // becomes a fatal error, allocates nothing
                String site = Sites.of(m, insn);
                String bad = violation(m, insn);
                if (bad != null) {
                    // One violation per annotated root (the first found is on a shortest
                    // path, breadth first): the rest are usually the same mistake again.
                    if (reported.add(root(m))) errors.add(path(m) + site + ": " + bad);
                    continue;
                }
                for (MethodInfo callee : calls.callees(m, insn)) {
                    if (closure.add(callee)) {
                        parent.put(callee, m);
                        parentSite.put(callee, site);
                        work.add(callee);
                    }
                }
            }
        }
        return errors;
    }

    private final Set<MethodInfo> reported = new java.util.HashSet<>();

    /**
     * The instructions that build an exception to throw: from a {@code new} of a Throwable
     * to the next {@code athrow}. In no-allocation code the compiler turns that {@code new}
     * into a fatal error (as it does for the implicit null, bounds and cast checks), so the
     * construction, message and all, never runs: a failed check there is a bug, and code
     * that runs inside the collector or with interrupts off cannot unwind anyway.
     */
    static boolean[] throwConstruction(Program p, MethodInfo m) {
        int n = m.node.instructions.size();
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            AbstractInsnNode insn = m.node.instructions.get(i);
            if (insn.getOpcode() != Opcodes.NEW || !isThrowable(p, ((TypeInsnNode) insn).desc)) continue;
            int j = i;
            while (j < n && m.node.instructions.get(j).getOpcode() != Opcodes.ATHROW) r[j++] = true;
            if (j < n) r[j] = true;
            i = j;
        }
        return r;
    }

    static boolean isThrowable(Program p, String internalName) {
        ClassInfo c = p.world.load(internalName, "check");
        for (ClassInfo k = c; k != null; k = k.superclass) if (k.name.equals("java/lang/Throwable")) return true;
        return false;
    }

    private MethodInfo root(MethodInfo m) {
        while (parent.containsKey(m)) m = parent.get(m);
        return m;
    }

    private String path(MethodInfo m) {
        List<String> chain = new ArrayList<>();
        MethodInfo root = m;
        while (parent.containsKey(root)) {
            chain.add(0, parentSite.get(root));
            root = parent.get(root);
        }
        StringBuilder b = new StringBuilder(root.display()).append(" is @NoAllocation but ");
        if (!chain.isEmpty()) b.append("through ").append(String.join(" -> ", chain)).append(" reaches ");
        return b.toString();
    }

    private String violation(MethodInfo m, AbstractInsnNode insn) {
        switch (insn.getOpcode()) {
            case Opcodes.NEW: return "new " + ((TypeInsnNode) insn).desc.replace('/', '.');
            case Opcodes.NEWARRAY: case Opcodes.ANEWARRAY: case Opcodes.MULTIANEWARRAY: return "an array allocation";
            case Opcodes.MONITORENTER: return "a synchronized block (monitors may allocate)";
            case Opcodes.GETSTATIC: case Opcodes.PUTSTATIC: {
                FieldInsnNode f = (FieldInsnNode) insn;
                ClassInfo c = p.world.resolveField(p.world.load(f.owner, "check"), f.name, f.desc, "check").owner;
                if (p.needsGuard(c, m)) return "a class initialisation check of " + c.javaName();
                return null;
            }
            case Opcodes.INVOKESTATIC: {
                MethodInsnNode mi = (MethodInsnNode) insn;
                if (p.intrinsics.isIntrinsic(mi.owner, mi.name, mi.desc)) return null;
                MethodInfo t = p.world.resolveMethod(p.world.load(mi.owner, "check"), mi.name, mi.desc, "check");
                if (p.needsGuard(t.owner, m)) return "a class initialisation check of " + t.owner.javaName();
                if (t.owner.name.equals("myos/rt/Heap") && t.name.startsWith("alloc") && !m.owner.name.equals("myos/rt/Heap")) {
                    return "the allocator " + t.display();
                }
                return null;
            }
            default: return null;
        }
    }
}
