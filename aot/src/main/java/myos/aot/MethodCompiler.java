package myos.aot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Translates one method's bytecode to a C function. Every operand-stack slot and local of
 * each computational type becomes a C variable ("s3i", "l0a"); gcc's SSA construction
 * removes the copies. Java semantics are explicit: null, bounds, division and cast checks
 * branch to a per-try-region dispatch block; a pending exception after a call does too
 * (docs/abi.md, "Exceptions").
 */
final class MethodCompiler {
    private final Program p;
    private final MethodInfo m;
    private final InsnList insns;
    private Frame<BasicValue>[] frames;
    private final StringBuilder body = new StringBuilder();
    private final TreeSet<String> vars = new TreeSet<>();
    private final Map<LabelNode, Integer> targets = new LinkedHashMap<>();
    private final Map<String, String> dispatchLabels = new LinkedHashMap<>();
    private final Map<String, List<TryCatchBlockNode>> dispatchHandlers = new LinkedHashMap<>();
    private final String file;
    private int line = -1;
    private int emittedLine = -1;
    private int index;
    private Frame<BasicValue> f;

    MethodCompiler(Program p, MethodInfo m) {
        this.p = p;
        this.m = m;
        this.insns = m.node.instructions;
        this.file = m.owner.sourcePath();
    }

    String site() { return Sites.of(m, insns.get(index)); }

    /**
     * A compiled method: its C definition and, when calls of it are inlined (Inlining), the
     * always-inline static copy of it with the same body, and the copies its code calls.
     */
    record Code(String definition, String copyPrototype, String copy, java.util.List<MethodInfo> inlined) {
        /**
         * This code with its copy declared plain {@code static inline}, so that gcc's own
         * growth limits decide whether to inline it (Inlining.bound).
         */
        Code unforced() {
            return new Code(definition, copyPrototype.replace(FORCED, UNFORCED), copy.replace(FORCED, UNFORCED), inlined);
        }
    }

    /** How an inline copy is declared: inlined at every call (gcc's always_inline). */
    static final String FORCED = "static inline __attribute__((always_inline)) ";
    /** How a copy whose expansion Inlining.bound found too large is declared. */
    static final String UNFORCED = "static inline ";

    /** The statically bound callees whose inline copies this method calls (CallCompiler), once per call site. */
    private final java.util.List<MethodInfo> inlined = new java.util.ArrayList<>();

    /** The call of {@code callee}'s inline copy, when calls of it are inlined; else its own name. */
    String callName(MethodInfo callee) {
        if (!p.inlining.inlines(m, index, callee)) return callee.cname();
        inlined.add(callee);
        return Inlining.copyName(callee);
    }

    /** The C definition of the method. */
    Code compile() {
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(m.owner.name, m.node);
        } catch (AnalyzerException e) {
            throw new BuildError(m.display() + ": bytecode does not verify: " + e.getMessage());
        }
        if (p.kernel) integerOnly();
        for (TryCatchBlockNode t : m.node.tryCatchBlocks) targets.put(t.handler, 1);
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode n = insns.get(i);
            if (n instanceof JumpInsnNode) targets.put(((JumpInsnNode) n).label, 1);
            else if (n instanceof TableSwitchInsnNode) {
                targets.put(((TableSwitchInsnNode) n).dflt, 1);
                for (LabelNode l : ((TableSwitchInsnNode) n).labels) targets.put(l, 1);
            } else if (n instanceof LookupSwitchInsnNode) {
                targets.put(((LookupSwitchInsnNode) n).dflt, 1);
                for (LabelNode l : ((LookupSwitchInsnNode) n).labels) targets.put(l, 1);
            }
        }
        for (index = 0; index < insns.size(); index++) {
            AbstractInsnNode n = insns.get(index);
            f = frames[index];
            if (n instanceof LabelNode) {
                if (targets.containsKey(n)) body.append(label((LabelNode) n)).append(":;\n");
                continue;
            }
            if (n instanceof LineNumberNode) {
                line = ((LineNumberNode) n).line;
                continue;
            }
            if (n.getOpcode() < 0 || f == null) continue; // frames, dead code
            if (line >= 0 && line != emittedLine) {
                body.append("#line ").append(line).append(" \"").append(file).append("\"\n");
                emittedLine = line;
            }
            insn(n);
        }
        return assemble();
    }

    /**
     * Kernel code is integer-only (-mgeneral-regs-only, so interrupt entry never saves SSE
     * state): a float or double value anywhere in a kernel method is a build error.
     */
    private void integerOnly() {
        if (hasFloatArg()) {
            throw new BuildError(m.display() + ": floating point in kernel code (the kernel is integer-only, DESIGN.md §2)");
        }
        for (index = 0; index < insns.size(); index++) {
            Frame<BasicValue> fr = frames[index];
            if (fr == null) continue;
            for (int i = 0; i < fr.getStackSize(); i++) {
                char k = CTypes.kind(fr.getStack(i));
                if (k == 'f' || k == 'd') throw new BuildError(site() + ": floating point in kernel code (the kernel is integer-only, DESIGN.md §2)");
            }
        }
        index = 0;
    }

    private boolean hasFloatArg() {
        for (Type t : m.argTypes()) if (t.getSort() == Type.FLOAT || t.getSort() == Type.DOUBLE) return true;
        Type r = m.returnType();
        return r.getSort() == Type.FLOAT || r.getSort() == Type.DOUBLE;
    }

    private boolean storesSlotZero() {
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode n = insns.get(i);
            if (n instanceof VarInsnNode && n.getOpcode() == Opcodes.ASTORE && ((VarInsnNode) n).var == 0) return true;
        }
        return false;
    }

    private Code assemble() {
        StringBuilder out = new StringBuilder();
        Type ret = m.returnType();
        for (String v : vars) out.append("  ").append(CTypes.ofKind(v.charAt(v.length() - 1))).append(' ').append(v).append(" = 0;\n");
        int slot = 0, param = 0;
        if (!m.isStatic()) {
            if (vars.contains("l0a")) out.append("  l0a = p0;\n");
            // 'this' is never null: telling gcc lets it drop the null checks on it.
            if (vars.contains("l0a") && !storesSlotZero()) out.append("  if (l0a == 0) __builtin_unreachable();\n");
            slot = 1;
            param = 1;
        }
        for (Type t : m.argTypes()) {
            String v = "l" + slot + CTypes.kind(t);
            if (vars.contains(v)) out.append("  ").append(v).append(" = p").append(param).append(";\n");
            param++;
            slot += t.getSize();
        }
        int entryAt = out.length();
        out.append(body);
        for (Map.Entry<String, String> e : dispatchLabels.entrySet()) {
            out.append(e.getValue()).append(": {\n    jobj e = RT_TB->exc;\n");
            for (TryCatchBlockNode t : dispatchHandlers.get(e.getKey())) {
                String h = label(t.handler);
                if (t.type == null || t.type.equals("java/lang/Throwable")) {
                    out.append("    RT_TB->exc = 0; s0a = e; goto ").append(h).append(";\n");
                    break;
                }
                ClassInfo c = p.world.load(t.type, m.display());
                out.append("    if (").append(p.instanceOf("e", c)).append(") { RT_TB->exc = 0; s0a = e; goto ").append(h).append("; }\n");
            }
            out.append("    goto XR;\n  }\n");
        }
        out.append("XR: return ").append(ret.getSort() == Type.VOID ? "" : "0").append(";\n}\n");
        String decl = "#line " + DECL_LINE + " \"" + file + "\"\n";
        String name = m.isSynchronized() ? m.cname() + "_locked" : m.cname();
        // The safepoint code spills callee-saved registers and reads its own stack pointer:
        // it must have a frame of its own (docs/abi.md, what the runtime relies on).
        String definition = decl + (m.owner.name.equals("myos/rt/Safepoint") ? "__attribute__((noinline)) " : "")
            + (m.isSynchronized() ? "static " : "") + p.prototype(m, name)
            + pinned(new StringBuilder(out).insert(entryAt, entryChecks()))
            + (m.isSynchronized() ? p.synchronizedWrapper(m) : "");
        if (!p.inlining.hasCopy(m)) return new Code(definition, null, null, inlined);
        // The copy has no entry checks: it is never recursive, so it needs no stack-overflow
        // test, and without recursion only its loops could delay a safepoint without bound,
        // and they poll on their back edges (its entry poll made hello world 4% bigger).
        String copyPrototype = FORCED + p.prototype(m, Inlining.copyName(m));
        return new Code(definition, copyPrototype, decl + copyPrototype + pinned(out), inlined);
    }

    /** What a method does on entry: the stack-overflow test of recursive code, the safepoint poll. */
    private String entryChecks() {
        StringBuilder b = new StringBuilder();
        if (p.checksStack(m)) {
            b.append("  if (__builtin_expect(STACK_LOW_HIT(), 0)) { ").append(p.rtCall("stackOverflow", "()V")).append("(); CHK(XR); }\n");
        }
        if (p.pollsIn(m) && (p.kernel || callsJava())) b.append("  POLL();\n");
        return b.toString();
    }

    /**
     * Whether the method calls other methods (anything but an intrinsic). The entry poll
     * exists to bound the time between polls, and loops poll on their back edges; a method
     * that calls nothing runs at most its own straight-line code before it reaches one of
     * those or returns, so it needs none (HotSpot likewise omits the poll of leaf methods).
     * A method that calls keeps its poll even when it is not recursive: a chain of such
     * methods that each call the next twice runs exponentially many calls without a back
     * edge, and a collection would wait for all of them. The kernel keeps every entry poll,
     * as it keeps its C-call poll (docs/abi.md "Safepoint polls"): a leaf without its poll
     * is small enough for gcc to inline, and the kernel's panic backtraces name functions
     * by symbol, without DWARF's inlined frames (Panic.panic, which calls only the
     * Rt.abort intrinsic, would vanish into its caller's frame).
     */
    private boolean callsJava() {
        for (AbstractInsnNode n : insns) {
            if (!(n instanceof MethodInsnNode)) continue;
            MethodInsnNode mi = (MethodInsnNode) n;
            String owner = mi.owner.charAt(0) == '[' ? "java/lang/Object" : mi.owner;
            if (mi.getOpcode() != Opcodes.INVOKESTATIC || !p.intrinsics.isIntrinsic(owner, mi.name, mi.desc)) return true;
        }
        return false;
    }

    /** The function body from its opening brace, each line under its #line (pinLines). */
    private String pinned(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length() * 2).append(" {\n");
        pinLines(text, b);
        return b.toString();
    }

    /**
     * Appends the body with its {@code #line} directive repeated before every C line it
     * covers: a directive numbers the lines after it consecutively (C11 §6.10.4), so without
     * the repetition the second C line of a Java line would claim the next Java line, and
     * the DWARF line table (gdb, and the frame table behind stack traces) would be off by
     * as many lines as the bytecode of a line takes in C. Lines before the first directive
     * (declarations, the entry poll) get the method's first line, not whatever the previous
     * function's last directive said; a method without line numbers (generated classes,
     * javac -g:none) gets {@link #NO_LINE} throughout.
     */
    private void pinLines(CharSequence text, StringBuilder out) {
        String directive = "#line " + NO_LINE + " \"" + file + "\"\n";
        for (AbstractInsnNode n : insns) {
            if (n instanceof LineNumberNode) {
                directive = "#line " + ((LineNumberNode) n).line + " \"" + file + "\"\n";
                break;
            }
        }
        boolean fresh = false;
        int i = 0;
        while (i < text.length()) {
            int nl = indexOf(text, '\n', i);
            int end = nl < 0 ? text.length() : nl + 1;
            String line = text.subSequence(i, end).toString();
            if (line.startsWith("#line ")) {
                directive = line;
                fresh = true;
                out.append(line);
            } else {
                if (directive != null && !fresh) out.append(directive);
                fresh = false;
                out.append(line);
            }
            i = end;
        }
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) if (s.charAt(i) == c) return i;
        return -1;
    }

    /**
     * The line of code that has no Java line: the largest C11 allows (§6.10.4), far beyond
     * any source file, so the frame table can record "no line" (the JVM's -1) for it.
     */
    static final int NO_LINE = 2147483647;
    /**
     * The line of every function's C header. gcc 12's DWARF for a recursive method inlined
     * into itself nests an extra inlined instance whose call line is the function's
     * declaration line (same code range as the real one): with the header on this line the
     * frame table recognises such a level and drops it, so recursion is not shown twice.
     */
    static final int DECL_LINE = 2147483646;

    // ---- names -------------------------------------------------------------------------

    private String label(LabelNode l) { return "L" + insns.indexOf(l); }

    private String stack(int i) {
        char k = CTypes.kind(f.getStack(i));
        if (k == '?') throw new BuildError(site() + ": unsupported stack value " + f.getStack(i));
        return var("s" + i + k);
    }

    private String push(int i, char kind) { return var("s" + i + kind); }

    private String local(int slot, char kind) { return var("l" + slot + kind); }

    private String var(String v) {
        vars.add(v);
        return v;
    }

    private int depth() { return f.getStackSize(); }

    private String top(int fromTop) { return stack(depth() - 1 - fromTop); }

    /** Label of the dispatch block for the try regions covering the current instruction. */
    String exc() {
        List<TryCatchBlockNode> hs = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (TryCatchBlockNode t : m.node.tryCatchBlocks) {
            int s = insns.indexOf(t.start), e = insns.indexOf(t.end);
            if (s <= index && index < e) {
                hs.add(t);
                key.append(insns.indexOf(t.handler)).append(':').append(t.type).append(';');
            }
        }
        if (hs.isEmpty()) return "XR";
        String k = key.toString();
        String l = dispatchLabels.get(k);
        if (l == null) {
            l = "X" + dispatchLabels.size();
            dispatchLabels.put(k, l);
            dispatchHandlers.put(k, hs);
            var("s0a");
        }
        return l;
    }

    private void emit(String s) { body.append("  ").append(s).append('\n'); }

    private void check() { emit("CHK(" + exc() + ");"); }

    private void nullCheck(String v) {
        emit("if (__builtin_expect(" + v + " == 0, 0)) { " + p.implicitThrow(m, "nullPointer", "()V") + "(); goto " + exc() + "; }");
    }

    private void throwVia(String call) { emit("{ " + call + "; goto " + exc() + "; }"); }

    // ---- instructions --------------------------------------------------------------------

    private void insn(AbstractInsnNode n) {
        int op = n.getOpcode();
        int d = depth();
        switch (op) {
            case Opcodes.NOP: return;
            case Opcodes.ACONST_NULL: emit(push(d, 'a') + " = 0;"); return;
            case Opcodes.ICONST_M1: case Opcodes.ICONST_0: case Opcodes.ICONST_1: case Opcodes.ICONST_2:
            case Opcodes.ICONST_3: case Opcodes.ICONST_4: case Opcodes.ICONST_5:
                emit(push(d, 'i') + " = " + (op - Opcodes.ICONST_0) + ";"); return;
            case Opcodes.LCONST_0: case Opcodes.LCONST_1: emit(push(d, 'j') + " = " + (op - Opcodes.LCONST_0) + ";"); return;
            case Opcodes.FCONST_0: case Opcodes.FCONST_1: case Opcodes.FCONST_2:
                emit(push(d, 'f') + " = " + (op - Opcodes.FCONST_0) + ".0f;"); return;
            case Opcodes.DCONST_0: case Opcodes.DCONST_1: emit(push(d, 'd') + " = " + (op - Opcodes.DCONST_0) + ".0;"); return;
            case Opcodes.BIPUSH: case Opcodes.SIPUSH: emit(push(d, 'i') + " = " + ((IntInsnNode) n).operand + ";"); return;
            case Opcodes.LDC: ldc((LdcInsnNode) n, d); return;
            case Opcodes.ILOAD: case Opcodes.LLOAD: case Opcodes.FLOAD: case Opcodes.DLOAD: case Opcodes.ALOAD: {
                char k = "ijfda".charAt(op - Opcodes.ILOAD);
                emit(push(d, k) + " = " + local(((VarInsnNode) n).var, k) + ";");
                return;
            }
            case Opcodes.ISTORE: case Opcodes.LSTORE: case Opcodes.FSTORE: case Opcodes.DSTORE: case Opcodes.ASTORE: {
                char k = "ijfda".charAt(op - Opcodes.ISTORE);
                emit(local(((VarInsnNode) n).var, k) + " = " + top(0) + ";");
                return;
            }
            case Opcodes.IINC: {
                IincInsnNode ii = (IincInsnNode) n;
                emit(local(ii.var, 'i') + " = (jint)((uint32_t)" + local(ii.var, 'i') + " + (uint32_t)" + ii.incr + ");");
                return;
            }
            case Opcodes.IALOAD: case Opcodes.LALOAD: case Opcodes.FALOAD: case Opcodes.DALOAD: case Opcodes.AALOAD:
            case Opcodes.BALOAD: case Opcodes.CALOAD: case Opcodes.SALOAD: arrayLoad(op, d); return;
            case Opcodes.IASTORE: case Opcodes.LASTORE: case Opcodes.FASTORE: case Opcodes.DASTORE: case Opcodes.AASTORE:
            case Opcodes.BASTORE: case Opcodes.CASTORE: case Opcodes.SASTORE: arrayStore(n, d); return;
            case Opcodes.POP: case Opcodes.POP2: case Opcodes.DUP: case Opcodes.DUP_X1: case Opcodes.DUP_X2:
            case Opcodes.DUP2: case Opcodes.DUP2_X1: case Opcodes.DUP2_X2: case Opcodes.SWAP: stackOp(op); return;
            case Opcodes.IRETURN: case Opcodes.LRETURN: case Opcodes.FRETURN: case Opcodes.DRETURN: case Opcodes.ARETURN:
                emit("return " + top(0) + ";"); return;
            case Opcodes.RETURN: emit("return;"); return;
            case Opcodes.GETSTATIC: case Opcodes.PUTSTATIC: case Opcodes.GETFIELD: case Opcodes.PUTFIELD:
                field((FieldInsnNode) n, d); return;
            case Opcodes.INVOKEVIRTUAL: case Opcodes.INVOKESPECIAL: case Opcodes.INVOKESTATIC: case Opcodes.INVOKEINTERFACE:
                new CallCompiler(p, this, m).call((MethodInsnNode) n, f); return;
            case Opcodes.NEW: {
                ClassInfo c = p.world.load(((TypeInsnNode) n).desc, site());
                if (p.noAllocation.contains(m) && NoAllocationCheck.isThrowable(p, c.name)) {
                    // see NoAllocationCheck.throwConstruction: throwing here is fatal
                    emit("rt_fatal_throw(\"" + c.javaName() + " thrown at " + site().replace("\\", "/").replace("\"", "'") + "\");");
                    emit(push(d, 'a') + " = 0;");
                    return;
                }
                guard(c);
                String fast = p.inlineAlloc().fastNew(p.layout, c, p.cls(c)); // InlineAlloc
                emit(push(d, 'a') + " = " + (fast != null ? fast
                    : p.rtCall("allocObject", "(Ljava/lang/Class;)Ljava/lang/Object;") + "(" + p.cls(c) + ")") + ";");
                check();
                fresh(push(d, 'a'));
                return;
            }
            case Opcodes.NEWARRAY: newArray("[" + Reachability.primitiveArrayDesc(((IntInsnNode) n).operand), d); return;
            case Opcodes.ANEWARRAY: {
                String t = ((TypeInsnNode) n).desc;
                newArray("[" + (t.charAt(0) == '[' ? t : "L" + t + ";"), d);
                return;
            }
            case Opcodes.MULTIANEWARRAY: multiNewArray((MultiANewArrayInsnNode) n, d); return;
            case Opcodes.ARRAYLENGTH: {
                String a = top(0);
                nullCheck(a);
                emit(push(d - 1, 'i') + " = ALEN(" + a + ");");
                return;
            }
            case Opcodes.ATHROW: {
                String e = top(0);
                nullCheck(e);
                emit("RT_TB->exc = " + e + "; goto " + exc() + ";");
                return;
            }
            case Opcodes.CHECKCAST: {
                String o = top(0);
                String c = p.typeOperand(((TypeInsnNode) n).desc, site());
                String test = p.instanceOfDesc(o, ((TypeInsnNode) n).desc);
                if (!test.equals("1")) {
                    emit("if (" + o + " != 0 && !(" + test + ")) { "
                        + p.implicitThrow(m, "classCast", "(Ljava/lang/Object;Ljava/lang/Class;)V") + "(" + o + ", " + c + "); goto " + exc() + "; }");
                }
                return;
            }
            case Opcodes.INSTANCEOF: {
                String o = top(0);
                String test = p.instanceOfDesc(o, ((TypeInsnNode) n).desc);
                emit(push(d - 1, 'i') + " = " + o + " != 0 && (" + test + ");");
                return;
            }
            case Opcodes.MONITORENTER: case Opcodes.MONITOREXIT: {
                String o = top(0);
                nullCheck(o);
                emit(p.rtMethod("myos/rt/Monitor", op == Opcodes.MONITORENTER ? "enter" : "exit", "(Ljava/lang/Object;)V") + "(" + o + ");");
                check();
                return;
            }
            case Opcodes.GOTO: {
                LabelNode l = ((JumpInsnNode) n).label;
                emit((poll(l) ? "POLL(); " : "") + "goto " + label(l) + ";");
                return;
            }
            case Opcodes.TABLESWITCH: {
                TableSwitchInsnNode t = (TableSwitchInsnNode) n;
                StringBuilder s = new StringBuilder("switch (" + top(0) + ") {");
                for (int i = 0; i < t.labels.size(); i++) s.append(" case ").append(CTypes.intLiteral(t.min + i)).append(": goto ").append(label(t.labels.get(i))).append(';');
                s.append(" default: goto ").append(label(t.dflt)).append("; }");
                if (p.pollsIn(m) && anyBackward(t.labels, t.dflt)) emit("POLL();");
                emit(s.toString());
                return;
            }
            case Opcodes.LOOKUPSWITCH: {
                LookupSwitchInsnNode t = (LookupSwitchInsnNode) n;
                StringBuilder s = new StringBuilder("switch (" + top(0) + ") {");
                for (int i = 0; i < t.labels.size(); i++) s.append(" case ").append(CTypes.intLiteral(t.keys.get(i))).append(": goto ").append(label(t.labels.get(i))).append(';');
                s.append(" default: goto ").append(label(t.dflt)).append("; }");
                if (p.pollsIn(m) && anyBackward(t.labels, t.dflt)) emit("POLL();");
                emit(s.toString());
                return;
            }
            case Opcodes.JSR: case Opcodes.RET:
                throw new BuildError(site() + ": jsr/ret subroutines (pre-Java-7 class files) are not supported");
            case Opcodes.INVOKEDYNAMIC:
                throw new BuildError(site() + ": invokedynamic was not lowered");
            default:
        }
        if (n instanceof JumpInsnNode) { jump((JumpInsnNode) n); return; }
        new Arithmetic(this).emit(op, d);
    }

    // The arithmetic helper needs these.
    String stackVar(int i) { return stack(i); }
    String pushVar(int i, char k) { return push(i, k); }
    void line(String s) { emit(s); }
    String excLabel() { return exc(); }
    Program program() { return p; }
    MethodInfo method() { return m; }
    Frame<BasicValue> frame() { return f; }

    private boolean backward(LabelNode l) { return insns.indexOf(l) <= index; }

    /** A safepoint poll on this (backward) edge: not in the runtime or no-allocation code. */
    private boolean poll(LabelNode l) { return backward(l) && p.pollsIn(m); }

    private boolean anyBackward(List<LabelNode> ls, LabelNode dflt) {
        if (backward(dflt)) return true;
        for (LabelNode l : ls) if (backward(l)) return true;
        return false;
    }

    private void jump(JumpInsnNode j) {
        String cond;
        int op = j.getOpcode();
        switch (op) {
            case Opcodes.IFEQ: cond = top(0) + " == 0"; break;
            case Opcodes.IFNE: cond = top(0) + " != 0"; break;
            case Opcodes.IFLT: cond = top(0) + " < 0"; break;
            case Opcodes.IFGE: cond = top(0) + " >= 0"; break;
            case Opcodes.IFGT: cond = top(0) + " > 0"; break;
            case Opcodes.IFLE: cond = top(0) + " <= 0"; break;
            case Opcodes.IF_ICMPEQ: case Opcodes.IF_ACMPEQ: cond = top(1) + " == " + top(0); break;
            case Opcodes.IF_ICMPNE: case Opcodes.IF_ACMPNE: cond = top(1) + " != " + top(0); break;
            case Opcodes.IF_ICMPLT: cond = top(1) + " < " + top(0); break;
            case Opcodes.IF_ICMPGE: cond = top(1) + " >= " + top(0); break;
            case Opcodes.IF_ICMPGT: cond = top(1) + " > " + top(0); break;
            case Opcodes.IF_ICMPLE: cond = top(1) + " <= " + top(0); break;
            case Opcodes.IFNULL: cond = top(0) + " == 0"; break;
            case Opcodes.IFNONNULL: cond = top(0) + " != 0"; break;
            default: throw new BuildError(site() + ": unexpected jump opcode " + op);
        }
        emit("if (" + cond + ") { " + (poll(j.label) ? "POLL(); " : "") + "goto " + label(j.label) + "; }");
    }

    private void ldc(LdcInsnNode n, int d) {
        Object v = n.cst;
        if (v instanceof Integer) emit(push(d, 'i') + " = " + CTypes.intLiteral((Integer) v) + ";");
        else if (v instanceof Long) emit(push(d, 'j') + " = " + CTypes.longLiteral((Long) v) + ";");
        else if (v instanceof Float) emit(push(d, 'f') + " = " + CTypes.floatLiteral((Float) v) + ";");
        else if (v instanceof Double) emit(push(d, 'd') + " = " + CTypes.doubleLiteral((Double) v) + ";");
        else if (v instanceof String) emit(push(d, 'a') + " = " + p.str((String) v) + ";");
        else if (v instanceof Type) {
            Type t = (Type) v;
            emit(push(d, 'a') + " = " + p.typeOperand(t.getSort() == Type.ARRAY ? t.getDescriptor() : t.getInternalName(), site()) + ";");
        } else throw new BuildError(site() + ": unsupported constant " + v);
    }

    private static final String[] ELEM = {"jint", "jlong", "jfloat", "jdouble", "jobj", "int8_t", "uint16_t", "int16_t"};

    private void boundsCheck(String a, String i) {
        emit("if (__builtin_expect((uint32_t)" + i + " >= (uint32_t)ALEN(" + a + "), 0)) { "
            + p.implicitThrow(m, "arrayIndex", "(II)V") + "(" + i + ", ALEN(" + a + ")); goto " + exc() + "; }");
    }

    private void arrayLoad(int op, int d) {
        String a = top(1), i = top(0);
        nullCheck(a);
        boundsCheck(a, i);
        int k = op - Opcodes.IALOAD;
        char kind = "ijfdaiii".charAt(k);
        emit(push(d - 2, kind) + " = " + (kind == 'i' && k > 4 ? "(jint)" : "") + "AELEM(" + a + ", " + i + ", " + ELEM[k] + ");");
    }

    private void arrayStore(AbstractInsnNode n, int d) {
        int op = n.getOpcode();
        String a = top(2), i = top(1), v = top(0);
        nullCheck(a);
        boundsCheck(a, i);
        int k = op - Opcodes.IASTORE;
        if (op == Opcodes.AASTORE) {
            emit("if (" + v + " != 0 && !rt_array_store_ok(" + a + ", " + v + ")) { "
                + p.implicitThrow(m, "arrayStore", "(Ljava/lang/Object;Ljava/lang/Object;)V") + "(" + v + ", " + a + "); goto " + exc() + "; }");
        }
        emit("AELEM(" + a + ", " + i + ", " + ELEM[k] + ") = (" + ELEM[k] + ")" + v + ";");
        if (op == Opcodes.AASTORE) emit("CARD_REF(" + v + ", &AELEM(" + a + ", " + i + ", jobj));"); // write barrier (rt.h)
    }

    private void stackOp(int op) {
        int d = depth();
        List<Integer> before = new ArrayList<>();
        for (int i = 0; i < d; i++) before.add(i);
        // Operand values (ASM frames hold one entry per value, long/double included).
        int s1 = f.getStack(d - 1).getSize();
        List<Integer> after = new ArrayList<>(before);
        int top = d - 1;
        switch (op) {
            case Opcodes.POP: return;
            case Opcodes.POP2: return;
            case Opcodes.DUP: after.add(top); break;
            case Opcodes.DUP_X1: after.add(top - 1, top); break;
            case Opcodes.DUP_X2:
                if (f.getStack(d - 2).getSize() == 2) after.add(top - 1, top);
                else after.add(top - 2, top);
                break;
            case Opcodes.DUP2:
                if (s1 == 2) after.add(top);
                else { after.add(top - 1); after.add(top); }
                break;
            case Opcodes.DUP2_X1:
                if (s1 == 2) after.add(top - 1, top);
                else { after.add(top - 2, top); after.add(top - 2, top - 1); }
                break;
            case Opcodes.DUP2_X2:
                if (s1 == 2) {
                    if (f.getStack(d - 2).getSize() == 2) after.add(top - 1, top);
                    else after.add(top - 2, top);
                } else {
                    int base = f.getStack(d - 3).getSize() == 2 ? top - 2 : top - 3;
                    after.add(base, top);
                    after.add(base, top - 1);
                }
                break;
            case Opcodes.SWAP: after.set(top, top - 1); after.set(top - 1, top); break;
            default: throw new BuildError(site() + ": stack op " + op);
        }
        StringBuilder s = new StringBuilder("{ ");
        int first = 0;
        while (first < after.size() && first < d && after.get(first) == first) first++;
        int lo = first;
        for (int i = first; i < after.size(); i++) lo = Math.min(lo, after.get(i));
        for (int i = lo; i < d; i++) s.append(CTypes.ofKind(CTypes.kind(f.getStack(i)))).append(" t").append(i).append(" = ").append(stack(i)).append("; ");
        for (int i = first; i < after.size(); i++) {
            int src = after.get(i);
            char k = CTypes.kind(f.getStack(src));
            s.append(push(i, k)).append(" = t").append(src).append("; ");
        }
        emit(s.append('}').toString());
    }

    private void field(FieldInsnNode n, int d) {
        FieldInfo fi = p.world.resolveField(p.world.load(n.owner, site()), n.name, n.desc, site());
        Type t = Type.getType(n.desc);
        String st = CTypes.storage(t);
        char k = CTypes.kind(t);
        boolean vol = fi.isVolatile();
        switch (n.getOpcode()) {
            case Opcodes.GETSTATIC:
                guard(fi.owner);
                emit(push(d, k) + " = " + (vol ? "__atomic_load_n(&" + fi.staticName() + ", __ATOMIC_SEQ_CST)" : fi.staticName()) + ";");
                return;
            case Opcodes.PUTSTATIC: {
                guard(fi.owner);
                String v = narrow(t, top(0));
                emit(vol ? "__atomic_store_n(&" + fi.staticName() + ", " + v + ", __ATOMIC_SEQ_CST);" : fi.staticName() + " = " + v + ";");
                return;
            }
            case Opcodes.GETFIELD: {
                String o = top(0);
                nullCheck(o);
                String ref = "FLD(" + o + ", " + p.offset(fi) + ", " + st + ")";
                emit(push(d - 1, k) + " = " + (vol ? "__atomic_load_n(&" + ref + ", __ATOMIC_SEQ_CST)" : ref) + ";");
                return;
            }
            default: {
                String o = top(1);
                nullCheck(o);
                String ref = "FLD(" + o + ", " + p.offset(fi) + ", " + st + ")";
                String v = narrow(t, top(0));
                emit(vol ? "__atomic_store_n(&" + ref + ", " + v + ", __ATOMIC_SEQ_CST);" : ref + " = " + v + ";");
                if (k == 'a') emit("CARD_REF(" + top(0) + ", &" + ref + ");"); // write barrier (rt.h); putstatic needs none: statics are roots
            }
        }
    }

    /** JVMS §6.5 putfield/putstatic: a boolean is stored as value & 1. */
    private static String narrow(Type t, String v) {
        if (t.getSort() == Type.BOOLEAN) return "(int8_t)(" + v + " & 1)";
        return "(" + CTypes.storage(t) + ")" + v;
    }

    /** Class initialisation check before a use that triggers it (JLS §12.4.1). */
    void guard(ClassInfo c) {
        if (p.needsGuard(c, m)) emit("CLINIT(" + c.cname + ", " + exc() + ");");
    }

    private void newArray(String desc, int d) {
        String n = top(0);
        emit("if (__builtin_expect(" + n + " < 0, 0)) { " + p.implicitThrow(m, "negativeArraySize", "(I)V") + "(" + n + "); goto " + exc() + "; }");
        String fast = p.inlineAlloc().fastNewArray(desc, p.arrayCls(desc), n); // InlineAlloc
        emit(push(d - 1, 'a') + " = " + (fast != null ? fast
            : p.rtCall("allocArray", "(Ljava/lang/Class;I)Ljava/lang/Object;") + "(" + p.arrayCls(desc) + ", " + n + ")") + ";");
        check();
        fresh(push(d - 1, 'a'));
    }

    /**
     * Tells gcc that a new object is never null (JLS §15.9.4, §15.10.2: creation either
     * succeeds or throws): the allocators return 0 only with an exception pending, and the
     * CHK before this leaves on that path. Later null checks of the reference (every field
     * or element access) then fold away, and with them the reloads they kept in loops.
     */
    private void fresh(String v) {
        emit("if (" + v + " == 0) __builtin_unreachable();");
    }

    private void multiNewArray(MultiANewArrayInsnNode n, int d) {
        int dims = n.dims;
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < dims; i++) {
            String c = stack(d - dims + i);
            emit("if (__builtin_expect(" + c + " < 0, 0)) { " + p.implicitThrow(m, "negativeArraySize", "(I)V") + "(" + c + "); goto " + exc() + "; }");
            counts.append(i == 0 ? "" : ", ").append(c);
        }
        emit("{ jint dims[" + dims + "] = {" + counts + "}; " + push(d - dims, 'a') + " = rt_multianewarray(" + p.arrayCls(n.desc) + ", " + dims + ", dims); }");
        check();
        fresh(push(d - dims, 'a'));
    }
}
