package myos.aot;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Inlining across translation units. Methods are spread over several C files (Emitter), and
 * gcc inlines only within one; so a statically bound call to a small method (static,
 * private, final, constructor, super, or devirtualised by RTA) calls an always-inline
 * {@code static} copy of it ("I" + its C name) that the caller's translation unit carries,
 * with the copies those copies call. The copy is the method's own C text (MethodCompiler),
 * so its checks, class-initialisation guards and no-allocation rules are the method's; its
 * {@code #line}s make DWARF describe it as an inlined subroutine, so the frame table still
 * shows its Java frame (ElfDebugInfo.demangle reads the copy's name as the method's).
 *
 * <p>Small is HotSpot's measure, bytecode size, with a larger limit inside a program's
 * loops. Never copied: methods on a call-graph cycle (their stack-overflow test; and copies
 * of copies would not end), synchronized methods (a wrapper), exception classes' methods
 * and calls on a throwing path (cold), code that reads its own frame (the safepoint, the
 * stack-walking intrinsics), and kernel code (left as it was: no frame table to check it).
 * Decisions depend only on the program, so the C text, hence the output, is reproducible.
 */
final class Inlining {
    /**
     * Callees up to this many bytes of bytecode are inlined at any call site: HotSpot's
     * MaxInlineSize is 35, but with every small call inlined the hello-world executable
     * grew past its 200 KB budget at 30 (docs/benchmarks.md), so less.
     */
    static final int MAX_SIZE = 25;
    /**
     * Callees up to this size are inlined at call sites inside a loop of a program's own
     * method: the static stand-in for HotSpot's FreqInlineSize (325 bytes, for call sites
     * its profile finds hot), which we cannot have without a profile. Not in the library's
     * loops: every executable carries their code (the hello-world budget).
     */
    static final int LOOP_SIZE = 100;
    /**
     * The most bytecode one forced copy may bring into its callers, with everything it
     * inlines in turn ({@link #bound}). A copy calls other copies, and always_inline makes
     * gcc expand all of them, so a chain of small methods that each call the next twice
     * expanded 2^n-fold: 24 such methods of 13 bytes kept gcc busy for hours. HotSpot bounds
     * the same growth by inlining depth and DesiredMethodLimit (8000 bytes).
     */
    static final int EXPANSION_LIMIT = 1000;

    private final Program p;
    private final int maxSize;
    private final int loopSize;
    private final Map<MethodInfo, Boolean> eligible = new HashMap<>();
    private final Map<MethodInfo, BitSet> loops = new HashMap<>();

    Inlining(Program p, int maxSize, int loopSize) {
        this.p = p;
        this.maxSize = p.kernel ? -1 : maxSize;
        this.loopSize = p.kernel ? -1 : loopSize;
    }

    /** Whether calls of m can be inlined somewhere, so its copy is made (MethodCompiler). */
    boolean hasCopy(MethodInfo m) { return eligibleCached(m) && bytecodeSize(m.node.instructions) <= Math.max(maxSize, loopSize); }

    /**
     * Whether the statically bound call at {@code insns[index]} of {@code caller} calls
     * {@code callee}'s inline copy: by the callee's size, with more room inside loops, and
     * never on a path that throws.
     */
    boolean inlines(MethodInfo caller, int index, MethodInfo callee) {
        if (!eligibleCached(callee)) return false;
        int size = bytecodeSize(callee.node.instructions);
        if (size > Math.max(maxSize, loopSize) || throwPath(caller.node.instructions, index)) return false;
        return size <= maxSize || (!ClassPath.isLibraryName(caller.owner.name) && loops(caller).get(index));
    }

    private synchronized boolean eligibleCached(MethodInfo m) {
        return eligible.computeIfAbsent(m, this::eligible);
    }

    private synchronized BitSet loops(MethodInfo m) {
        return loops.computeIfAbsent(m, k -> loops(k.node.instructions));
    }

    /**
     * The instructions inside a loop: from the target of a backward branch to that branch
     * (javac's loops are reducible, their back edge the last branch of the body).
     */
    static BitSet loops(org.objectweb.asm.tree.InsnList insns) {
        BitSet r = new BitSet();
        for (int j = 0; j < insns.size(); j++) {
            AbstractInsnNode n = insns.get(j);
            List<LabelNode> targets = new ArrayList<>();
            if (n instanceof JumpInsnNode jn) targets.add(jn.label);
            else if (n instanceof TableSwitchInsnNode t) { targets.addAll(t.labels); targets.add(t.dflt); }
            else if (n instanceof LookupSwitchInsnNode l) { targets.addAll(l.labels); targets.add(l.dflt); }
            for (LabelNode t : targets) if (insns.indexOf(t) <= j) r.set(insns.indexOf(t), j + 1);
        }
        return r;
    }

    /**
     * Whether the call at {@code insns[index]} lies on a path that throws (straight-line
     * code from it reaches an athrow before any branch or return, as in {@code throw new
     * X("..." + i)}): cold, so it stays a call, as in HotSpot, which inlines by frequency.
     */
    static boolean throwPath(org.objectweb.asm.tree.InsnList insns, int index) {
        for (AbstractInsnNode n = insns.get(index).getNext(); n != null; n = n.getNext()) {
            int op = n.getOpcode();
            if (op == Opcodes.ATHROW) return true;
            if (n instanceof JumpInsnNode || n instanceof TableSwitchInsnNode
                    || n instanceof LookupSwitchInsnNode || (op >= Opcodes.IRETURN && op <= Opcodes.RETURN)) return false;
        }
        return false;
    }

    /** The C name of m's inline copy. */
    static String copyName(MethodInfo m) { return "I" + m.cname(); }

    private boolean eligible(MethodInfo m) {
        if (m.isAbstract() || m.isNative() || m.isSynchronized() || m.node.instructions == null) return false;
        if (m.name.equals("<clinit>") || m.owner.name.equals("myos/rt/Safepoint") || p.recursive.contains(m)) return false;
        // Exceptions' code runs when something is thrown: cold, and their constructor chains
        // would be copied into every exception class.
        if (NoAllocationCheck.isThrowable(p, m.owner.name)) return false;
        for (AbstractInsnNode n : m.node.instructions) {
            if (n instanceof MethodInsnNode mi && mi.getOpcode() == Opcodes.INVOKESTATIC
                    && p.intrinsics.isIntrinsic(mi.owner, mi.name, mi.desc) && p.intrinsics.readsFrame(mi.owner, mi.name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The method's code length in bytes as javac writes it (JVMS §4.7.3; the tree does not
     * keep it): short forms for locals 0-3, wide forms beyond 255, switch padding counted as
     * its worst case of 3 bytes.
     */
    static int bytecodeSize(org.objectweb.asm.tree.InsnList insns) {
        int size = 0;
        for (AbstractInsnNode n : insns) {
            int op = n.getOpcode();
            if (op < 0) continue;
            switch (n.getType()) {
                case AbstractInsnNode.INT_INSN -> size += op == Opcodes.SIPUSH ? 3 : 2;
                case AbstractInsnNode.VAR_INSN -> {
                    int v = ((VarInsnNode) n).var;
                    size += v <= 3 && op != Opcodes.RET ? 1 : v < 256 ? 2 : 4;
                }
                case AbstractInsnNode.IINC_INSN -> {
                    IincInsnNode i = (IincInsnNode) n;
                    size += i.var < 256 && i.incr >= -128 && i.incr <= 127 ? 3 : 6;
                }
                case AbstractInsnNode.LDC_INSN -> {
                    Object c = ((LdcInsnNode) n).cst;
                    size += c instanceof Long || c instanceof Double ? 3 : 2;
                }
                case AbstractInsnNode.METHOD_INSN -> size += op == Opcodes.INVOKEINTERFACE ? 5 : 3;
                case AbstractInsnNode.INVOKE_DYNAMIC_INSN -> size += 5;
                case AbstractInsnNode.MULTIANEWARRAY_INSN -> size += 4;
                case AbstractInsnNode.TABLESWITCH_INSN -> size += 16 + 4 * ((TableSwitchInsnNode) n).labels.size();
                case AbstractInsnNode.LOOKUPSWITCH_INSN -> size += 12 + 8 * ((LookupSwitchInsnNode) n).labels.size();
                case AbstractInsnNode.INSN -> size += 1;
                default -> size += 3;   // field, type and jump instructions
            }
        }
        return size;
    }

    /**
     * The copies a translation unit holding {@code methods} needs: those its methods call
     * and, transitively, those the copies call; ordered by C name (reproducible output).
     */
    static List<MethodCompiler.Code> copies(Collection<MethodCompiler.Code> methods, Map<MethodInfo, MethodCompiler.Code> all) {
        Map<String, MethodCompiler.Code> need = new TreeMap<>();
        List<MethodCompiler.Code> work = new ArrayList<>(methods);
        while (!work.isEmpty()) {
            MethodCompiler.Code c = work.remove(work.size() - 1);
            for (MethodInfo callee : c.inlined()) {
                MethodCompiler.Code cc = all.get(callee);
                if (cc == null) throw new BuildError("inline copy of " + callee.display() + ": the method was not compiled");
                if (need.put(callee.cname(), cc) == null) work.add(cc);
            }
        }
        return new ArrayList<>(need.values());
    }

    /**
     * Bounds what forced inlining expands (EXPANSION_LIMIT): a copy whose expansion — its
     * own bytecode plus that of every forced copy it calls, per call site — exceeds the limit
     * is declared plain {@code static inline}, so gcc's growth limits decide about it, and
     * counts as an ordinary call in its callers' expansions. Copies never form a cycle
     * (recursive methods have none), so the expansions are well defined.
     */
    static Map<MethodInfo, MethodCompiler.Code> bound(Map<MethodInfo, MethodCompiler.Code> code) {
        Map<MethodInfo, Long> expansion = new HashMap<>();
        Map<MethodInfo, MethodCompiler.Code> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<MethodInfo, MethodCompiler.Code> e : code.entrySet()) {
            MethodCompiler.Code c = e.getValue();
            boolean forced = c.copy() == null || expansion(e.getKey(), code, expansion) <= EXPANSION_LIMIT;
            out.put(e.getKey(), forced ? c : c.unforced());
        }
        return out;
    }

    private static long expansion(MethodInfo m, Map<MethodInfo, MethodCompiler.Code> code, Map<MethodInfo, Long> memo) {
        Long known = memo.get(m);
        if (known != null) return known;
        long size = bytecodeSize(m.node.instructions);
        MethodCompiler.Code c = code.get(m);
        for (MethodInfo callee : c == null ? List.<MethodInfo>of() : c.inlined()) {
            long e = expansion(callee, code, memo);
            if (e <= EXPANSION_LIMIT) size = Math.min(size + e, EXPANSION_LIMIT + 1);
        }
        memo.put(m, size);
        return size;
    }

    /** The C text of the copies: declarations first, so that they may call each other in any order. */
    static String emit(List<MethodCompiler.Code> copies) {
        StringBuilder b = new StringBuilder();
        for (MethodCompiler.Code c : copies) b.append(c.copyPrototype()).append(";\n");
        for (MethodCompiler.Code c : copies) b.append(c.copy());
        return b.toString();
    }

}
