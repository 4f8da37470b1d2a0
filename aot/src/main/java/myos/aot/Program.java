package myos.aot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * One program being compiled: the whole-program facts (reachable methods, instantiated
 * classes, layout) and the services the method compiler asks for (names of class objects,
 * string literals, runtime entry points, devirtualisation, class-initialisation guards).
 */
final class Program {
    final World world;
    final Intrinsics intrinsics;
    final Reachability reach;
    final Layout layout;
    final boolean kernel;
    final Map<String, String> strings = new LinkedHashMap<>();   // literal -> C symbol
    /** C functions called through @Extern, by symbol. */
    final Map<String, MethodInfo> externs = new java.util.TreeMap<>();
    /** Methods callable from assembly through @Export, by symbol. */
    final Map<String, MethodInfo> exports = new java.util.TreeMap<>();
    private final Map<String, List<MethodInfo>> implCache = new HashMap<>();
    private final Map<ClassInfo, Boolean> nontrivialInit = new HashMap<>();

    Program(World world, Intrinsics intrinsics, Reachability reach, boolean kernel) {
        this.world = world;
        this.intrinsics = intrinsics;
        this.reach = reach;
        this.layout = new Layout(world);
        this.kernel = kernel;
    }

    private InlineAlloc inlineAlloc;

    /** The allocation fast path of this build (decided once, after reachability). */
    synchronized InlineAlloc inlineAlloc() {
        if (inlineAlloc == null) inlineAlloc = InlineAlloc.of(world, kernel);
        return inlineAlloc;
    }

    // ---- names of things --------------------------------------------------------------------

    String str(String literal) {
        String sym = strings.get(literal);
        if (sym == null) {
            sym = "STR_" + strings.size();
            strings.put(literal, sym);
        }
        return "((jobj)&" + sym + ")";
    }

    String cls(ClassInfo c) { return "((jobj)&CO_" + c.cname + ")"; }

    static String arrayCname(String desc) { return "A" + Names.ident(desc); }

    String arrayCls(String desc) {
        if (!reach.arrayTypes.contains(desc)) throw new BuildError("array class " + desc + " was not seen by reachability");
        return "((jobj)&CO_" + arrayCname(desc) + ")";
    }

    /** Class object for an instruction operand: an internal class name or an array descriptor. */
    String typeOperand(String nameOrDesc, String site) {
        if (nameOrDesc.charAt(0) == '[') return arrayCls(nameOrDesc);
        return cls(world.load(nameOrDesc, site));
    }

    String rtMethod(String owner, String name, String desc) {
        ClassInfo c = world.load(owner, "the runtime");
        MethodInfo m = c.methods.get(name + desc);
        if (m == null) throw new BuildError("runtime method " + owner.replace('/', '.') + "." + name + desc + " is missing from rt/");
        return m.cname();
    }

    /** Runtime helpers generated code calls: allocation in myos.rt.Heap, checks in myos.rt.Throw. */
    String rtCall(String name, String desc) {
        return rtMethod(name.startsWith("alloc") ? "myos/rt/Heap" : "myos/rt/Throw", name, desc);
    }

    String offset(FieldInfo f) {
        layout.fields(f.owner);
        return Integer.toString(f.offset);
    }

    // ---- C signatures ---------------------------------------------------------------------

    String prototype(MethodInfo m, String name) {
        StringBuilder b = new StringBuilder(CTypes.value(m.returnType())).append(' ').append(name).append('(');
        int i = 0;
        if (!m.isStatic()) b.append("jobj p").append(i++);
        for (Type t : m.argTypes()) b.append(i == 0 ? "" : ", ").append(CTypes.value(t)).append(" p").append(i++);
        if (i == 0) b.append("void");
        return b.append(')').toString();
    }

    String functionPointerType(MethodInfo m) {
        StringBuilder b = new StringBuilder(CTypes.value(m.returnType())).append(" (*)(jobj");
        for (Type t : m.argTypes()) b.append(", ").append(CTypes.value(t));
        return b.append(')').toString();
    }

    String synchronizedWrapper(MethodInfo m) {
        String lock = m.isStatic() ? cls(m.owner) : "p0";
        StringBuilder args = new StringBuilder();
        int n = (m.isStatic() ? 0 : 1) + m.argTypes().length;
        for (int i = 0; i < n; i++) args.append(i == 0 ? "" : ", ").append('p').append(i);
        Type ret = m.returnType();
        boolean v = ret.getSort() == Type.VOID;
        String enter = rtMethod("myos/rt/Monitor", "enter", "(Ljava/lang/Object;)V");
        String exit = rtMethod("myos/rt/Monitor", "exit", "(Ljava/lang/Object;)V");
        return prototype(m, m.cname()) + " {\n"
            + "  " + enter + "(" + lock + ");\n"
            + "  if (RT_TB->exc) return " + (v ? "" : "0") + ";\n"
            + "  " + (v ? "" : CTypes.value(ret) + " r = ") + m.cname() + "_locked(" + args + ");\n"
            + "  jobj e = RT_TB->exc; RT_TB->exc = 0;\n"
            + "  " + exit + "(" + lock + ");\n"
            + "  if (e) RT_TB->exc = e;\n"
            + "  return" + (v ? "" : " r") + ";\n}\n";
    }

    // ---- whole-program decisions ---------------------------------------------------------------

    /** The methods a virtual call on a receiver of static type c, resolved to {@code resolved}, can reach (RTA). */
    List<MethodInfo> implementations(ClassInfo c, MethodInfo resolved) {
        String key = c.name + "." + resolved.sig();  // c and the signature determine the resolved method
        List<MethodInfo> r = implCache.get(key);
        if (r != null) return r;
        Set<MethodInfo> s = new LinkedHashSet<>();
        for (ClassInfo k : reach.instantiated) {
            if (!k.isSubtypeOf(c)) continue;
            MethodInfo m = world.selectVirtual(k, resolved);
            if (m != null) s.add(m);
            else s.add(null);
        }
        r = new ArrayList<>(s);
        if (r.contains(null)) r = new ArrayList<>(); // some receiver has no implementation: keep the table call
        implCache.put(key, r);
        return r;
    }

    /** The static initialisers run at build time (set before any decision below is asked for). */
    BuildTimeInit buildTime;

    /** True when the class or one it initialises first has a static initialiser that runs at run time. */
    boolean nontrivialInit(ClassInfo c) {
        Boolean b = nontrivialInit.get(c);
        if (b != null) return b;
        boolean r = c.clinit() != null && !buildTime.done(c);
        if (!c.isInterface()) {
            if (c.superclass != null && nontrivialInit(c.superclass)) r = true;
            for (ClassInfo i : c.allInterfaces()) if (Reachability.hasDefaults(i) && nontrivialInit(i)) r = true;
        }
        nontrivialInit.put(c, r);
        return r;
    }

    /** A use of c inside m needs an initialisation check (JLS §12.4.1). */
    boolean needsGuard(ClassInfo c, MethodInfo from) {
        if (!nontrivialInit(c)) return false;
        if (from.owner == c) return false;
        // Code of a subclass runs only once the subclass (hence c) has been initialised.
        return c.isInterface() || !from.owner.isSubtypeOf(c);
    }

    /** Methods reachable from @NoAllocation code (NoAllocationCheck.closure). */
    Set<MethodInfo> noAllocation = new LinkedHashSet<>();

    /** Safepoint polls everywhere but in the runtime itself (it polls explicitly) and no-allocation code. */
    boolean pollsIn(MethodInfo m) {
        return !m.owner.name.startsWith("myos/rt/") && !noAllocation.contains(m);
    }

    /** Methods on a cycle of the call graph (CallGraph.recursive); linux-user only. */
    Set<MethodInfo> recursive = new LinkedHashSet<>();

    /** Methods that cannot throw (decided after {@link #recursive}: recursive code can overflow its stack). */
    NoThrow noThrow = new NoThrow(this);

    /** Which statically bound calls call an inline copy of their callee (decided after {@link #recursive}). */
    Inlining inlining = new Inlining(this, -1, -1);

    /**
     * Whether {@code m} starts with the stack-overflow test (rt.h STACK_LOW_HIT): user-space
     * Java code on a call-graph cycle. Only recursion can grow the stack without bound; the
     * frames of the acyclic calls in between are bounded and come out of the reserve. The
     * runtime and no-allocation code cannot throw; the kernel's stacks are fixed and guarded,
     * and it has no StackOverflowError handling yet (docs/CAVEATS.md).
     */
    boolean checksStack(MethodInfo m) {
        return !kernel && pollsIn(m) && recursive.contains(m);
    }

    /**
     * The function a failed implicit check calls: myos.rt.Throw, or in no-allocation code a
     * fatal error (rt_impl.c), since creating the exception would allocate.
     */
    String implicitThrow(MethodInfo m, String name, String desc) {
        return noAllocation.contains(m) ? "rt_fatal_" + name : rtCall(name, desc);
    }

    // ---- type tests ------------------------------------------------------------------------------

    String instanceOf(String o, ClassInfo c) {
        if (c.name.equals("java/lang/Object")) return "1";
        if (c.isInterface()) return "rt_implements(OBJCLS(" + o + "), " + cls(c) + ")";
        if (c.isFinal()) return "(OBJCLS(" + o + ") == " + cls(c) + ")";
        layout.vtable(c);
        return "rt_subclass(OBJCLS(" + o + "), " + cls(c) + ", " + c.depth + ")";
    }

    String instanceOfDesc(String o, String nameOrDesc) {
        if (nameOrDesc.charAt(0) == '[') return "rt_assignable(OBJCLS(" + o + "), " + arrayCls(nameOrDesc) + ")";
        return instanceOf(o, world.load(nameOrDesc, "type test"));
    }
}
