package myos.aot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The whole program's call graph as far as bytecode shows it: a call site's targets are the
 * method it names for static, special and private calls, and for virtual and interface calls
 * the implementation each instantiated subtype selects (RTA, the same answer codegen's
 * dispatch gives). Invokedynamic is already lowered to ordinary calls (Lowering). Calls the
 * runtime makes on its own (class initialisation, exception construction) are not edges.
 */
final class CallGraph {
    private final Program p;
    private final Map<String, List<MethodInfo>> virtualTargets = new HashMap<>();

    CallGraph(Program p) {
        this.p = p;
    }

    /** The methods {@code insn} in {@code m} may call (none when it is not a call). */
    List<MethodInfo> callees(MethodInfo m, AbstractInsnNode insn) {
        List<MethodInfo> r = new ArrayList<>();
        if (!(insn instanceof MethodInsnNode)) return r;
        MethodInsnNode mi = (MethodInsnNode) insn;
        String owner = mi.owner.charAt(0) == '[' ? "java/lang/Object" : mi.owner;
        if (mi.getOpcode() == Opcodes.INVOKESTATIC && p.intrinsics.isIntrinsic(owner, mi.name, mi.desc)) return r;
        ClassInfo c = p.world.load(owner, "check");
        MethodInfo t = p.world.resolveMethod(c, mi.name, mi.desc, "check");
        if (mi.getOpcode() == Opcodes.INVOKESTATIC || mi.getOpcode() == Opcodes.INVOKESPECIAL || t.isPrivate()) {
            r.add(mi.getOpcode() == Opcodes.INVOKESPECIAL ? p.world.selectSpecial(m, mi, t) : t);
            return r;
        }
        String key = c.name + '.' + mi.name + mi.desc;
        List<MethodInfo> cached = virtualTargets.get(key);
        if (cached != null) return cached;
        for (ClassInfo k : p.reach.instantiated) {
            if (!k.isSubtypeOf(c)) continue;
            MethodInfo impl = p.world.selectVirtual(k, t);
            if (impl != null && !r.contains(impl)) r.add(impl);
        }
        virtualTargets.put(key, r);
        return r;
    }

    /**
     * The methods that lie on a cycle of the call graph (a strongly connected component with
     * more than one method, or a method that may call itself): the only ones through which the
     * stack can grow without bound, so the only ones that need the stack-overflow test.
     * Tarjan's algorithm, iterative (the graph of a large program is deep).
     */
    Set<MethodInfo> recursive(Iterable<MethodInfo> methods) {
        Map<MethodInfo, List<MethodInfo>> edges = new HashMap<>();
        for (MethodInfo m : methods) {
            List<MethodInfo> out = new ArrayList<>();
            if (!m.isAbstract() && !m.isNative() && m.node.instructions != null) {
                for (AbstractInsnNode insn : m.node.instructions) {
                    for (MethodInfo c : callees(m, insn)) if (!out.contains(c)) out.add(c);
                }
            }
            edges.put(m, out);
        }
        Set<MethodInfo> result = new HashSet<>();
        Map<MethodInfo, Integer> index = new HashMap<>(), low = new HashMap<>();
        Set<MethodInfo> onStack = new HashSet<>();
        Deque<MethodInfo> stack = new ArrayDeque<>();
        int next = 0;
        for (MethodInfo root : edges.keySet()) {
            if (index.containsKey(root)) continue;
            Deque<Object[]> work = new ArrayDeque<>();   // {method, position in its edge list}
            work.push(new Object[] {root, 0});
            index.put(root, next);
            low.put(root, next++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] top = work.peek();
                MethodInfo v = (MethodInfo) top[0];
                List<MethodInfo> out = edges.getOrDefault(v, List.of());
                int i = (Integer) top[1];
                if (i < out.size()) {
                    top[1] = i + 1;
                    MethodInfo w = out.get(i);
                    if (w == v) {
                        result.add(v);
                    } else if (!index.containsKey(w)) {
                        index.put(w, next);
                        low.put(w, next++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    MethodInfo parent = (MethodInfo) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<MethodInfo> scc = new ArrayList<>();
                    MethodInfo w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        scc.add(w);
                    } while (w != v);
                    if (scc.size() > 1) result.addAll(scc);
                }
            }
        }
        return result;
    }
}
