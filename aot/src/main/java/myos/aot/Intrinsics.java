package myos.aot;

import java.util.HashMap;
import java.util.Map;

/**
 * Static methods the compiler replaces by inline C (docs/abi.md, "Intrinsics"). A template
 * names its arguments {0}, {1}, ...; they are C expressions of the JVM computational types.
 * The myos.rt ones may be called only from runtime, library and kernel code, so every raw
 * memory access in the system can be found by searching for them.
 */
final class Intrinsics {
    private final Map<String, String> templates = new HashMap<>();
    private final Map<String, Boolean> mayThrow = new HashMap<>();
    private final String mainClass;
    private final boolean kernel;
    private final long heapMax;

    Intrinsics(String mainClass, boolean kernel, long heapMax) {
        this.mainClass = mainClass;
        this.kernel = kernel;
        this.heapMax = heapMax;
        mem();
        rt();
        syscalls();
        cpu();
        lang();
    }

    private void put(String ownerName, String template) { templates.put(ownerName, template); }

    private void mem() {
        String m = "myos/rt/Mem.";
        put(m + "addressOf", "((jlong)(uintptr_t)({0}))");
        put(m + "objectAt", "((jobj)(uintptr_t)({0}))");
        // Plain accesses: gcc may keep the value in a register, combine, reorder or drop them
        // like any memory access of the C program (ordering against other threads comes
        // from cas/xadd/fence and the locks built on them). The *Volatile forms are C
        // volatile accesses (C11 6.7.3: performed exactly as written, in program order with
        // respect to each other): device registers, and words another thread or an
        // interrupt changes while this code waits for them.
        String[] c = {"int8_t", "int16_t", "jint", "jlong"};
        String[] bits = {"8", "16", "32", "64"};
        for (int i = 0; i < 4; i++) {
            for (String q : new String[] {"", "volatile "}) {
                String suffix = q.isEmpty() ? "" : "Volatile";
                String widen = i < 2 ? "(jint)" : "";
                String narrow = i < 2 ? "(" + c[i] + ")" : "";
                put(m + "load" + suffix + bits[i], "(" + widen + "*(" + q + c[i] + "*)(uintptr_t)({0}))");
                put(m + "store" + suffix + bits[i], "(*(" + q + c[i] + "*)(uintptr_t)({0}) = " + narrow + "({1}))");
            }
        }
        put(m + "cas32", "rt_cas32({0}, {1}, {2})");
        put(m + "cas64", "rt_cas64({0}, {1}, {2})");
        put(m + "xadd32", "__atomic_fetch_add((jint*)(uintptr_t)({0}), ({1}), __ATOMIC_SEQ_CST)");
        put(m + "xadd64", "__atomic_fetch_add((jlong*)(uintptr_t)({0}), ({1}), __ATOMIC_SEQ_CST)");
        put(m + "fence", "__atomic_thread_fence(__ATOMIC_SEQ_CST)");
        put(m + "loadFence", "__atomic_thread_fence(__ATOMIC_ACQUIRE)");
        put(m + "storeFence", "__atomic_thread_fence(__ATOMIC_RELEASE)");
        put(m + "pause", "__builtin_ia32_pause()");
        put(m + "prefetch", "__builtin_prefetch((const void*)(uintptr_t)({0}), 1, 3)");
        put(m + "threadBlock", "((jlong)(uintptr_t)RT_TB->self)");
        put(m + "stackPointer", "rt_stack_pointer()");
        put(m + "framePointer", "((jlong)(uintptr_t)__builtin_frame_address(0))");
        put(m + "spillCalleeSaved", "rt_spill_callee_saved({0})");
        put(m + "copy", "rt_memmove((void*)(uintptr_t)({0}), (const void*)(uintptr_t)({1}), (size_t)({2}))");
        put(m + "zero", "rt_memset((void*)(uintptr_t)({0}), 0, (size_t)({1}))");
        put(m + "indexOfByte", "rt_index_of_byte({0}, {1}, {2})");
    }

    private void rt() {
        String r = "myos/rt/Rt.";
        put(r + "staticRoots", "((jlong)(uintptr_t)rt_static_roots)");
        put(r + "staticRootCount", "rt_static_root_count");
        put(r + "imageStart", "((jlong)(uintptr_t)&__start_myos_image)");
        put(r + "imageEnd", "((jlong)(uintptr_t)&__stop_myos_image)");
        put(r + "frameTable", "((jlong)(uintptr_t)myos_frames)");
        put(r + "cardTable", "RT_CARD_TABLE");
        put(r + "stringLiterals", "((jobj)&rt_string_literals)");
        put(r + "callMain", "rt_call_main({0})");
        mayThrow.put(r + "callMain", true);
        put(r + "callStatic", "((jobj(*)(void))(uintptr_t)({0}))()");
        mayThrow.put(r + "callStatic", true);
        put(r + "defaultHeapMax", "((jlong)" + heapMax + "LL)");
        put(r + "isKernel", kernel ? "1" : "0");
        put(r + "abort", "__builtin_trap()");
    }

    private void syscalls() {
        String s = "myos/rt/Syscall.";
        for (int i = 0; i <= 6; i++) {
            StringBuilder b = new StringBuilder("rt_syscall" + i + "(");
            for (int a = 0; a <= i; a++) b.append(a == 0 ? "" : ", ").append('{').append(a).append('}');
            put(s + "syscall" + i, b.append(')').toString());
        }
        put(s + "cloneThread", "rt_clone_thread({0}, {1}, {2}, {3}, {4})");
    }

    private void cpu() {
        String c = "myos/rt/Cpu.";
        for (String op : new String[] {"outb", "outw", "outl"}) put(c + op, "rt_" + op + "({0}, {1})");
        for (String op : new String[] {"inb", "inw", "inl"}) put(c + op, "rt_" + op + "({0})");
        put(c + "cpuid", "rt_cpuid({0}, {1}, {2})");
        put(c + "rdtsc", "rt_rdtsc()");
        put(c + "rdmsr", "rt_rdmsr({0})");
        put(c + "wrmsr", "rt_wrmsr({0}, {1})");
        for (String cr : new String[] {"Cr0", "Cr2", "Cr3", "Cr4"}) {
            put(c + "read" + cr, "rt_read_" + cr.toLowerCase() + "()");
            if (!cr.equals("Cr2")) put(c + "write" + cr, "rt_write_" + cr.toLowerCase() + "({0})");
        }
        put(c + "invlpg", "rt_invlpg({0})");
        put(c + "cli", "__asm__ volatile(\"cli\" ::: \"memory\")");
        put(c + "sti", "__asm__ volatile(\"sti\" ::: \"memory\")");
        put(c + "hlt", "__asm__ volatile(\"hlt\" ::: \"memory\")");
        put(c + "lgdt", "rt_lgdt({0})");
        put(c + "lidt", "rt_lidt({0})");
        put(c + "ltr", "rt_ltr({0})");
        put(c + "readFlags", "rt_read_flags()");
    }

    private void lang() {
        put("java/lang/Double.doubleToRawLongBits", "rt_d2bits({0})");
        put("java/lang/Double.longBitsToDouble", "rt_bits2d({0})");
        put("java/lang/Float.floatToRawIntBits", "rt_f2bits({0})");
        put("java/lang/Float.intBitsToFloat", "rt_bits2f({0})");
        put("java/lang/Math.sqrt", "__builtin_sqrt({0})");
        put("java/lang/Class.voidClass", "((jobj)&CO_PV)");   // emitted by ClassObjects
        put("java/lang/StrictMath.sqrt", "__builtin_sqrt({0})");
        // The high half of the signed 128-bit product (Math.multiplyHigh's javadoc): one imul
        // instead of four 32-bit partial products. gcc shifts a signed __int128
        // arithmetically (GCC manual, "Integers implementation"). (unsignedMultiplyHigh is
        // JDK 18 API, out of reach of programs compiled --release 17; the library's callers
        // use multiplyHigh and correct for the signs.)
        String multiplyHigh = "((jlong)(((__int128)({0}) * (__int128)({1})) >> 64))";
        put("java/lang/Math.multiplyHigh", multiplyHigh);
        put("java/lang/StrictMath.multiplyHigh", multiplyHigh);
    }

    boolean isIntrinsic(String owner, String name, String desc) {
        return templates.containsKey(owner + "." + name);
    }

    boolean has(MethodInfo m) { return isIntrinsic(m.owner.name, m.name, m.desc); }

    String template(String owner, String name) { return templates.get(owner + "." + name); }

    boolean mayThrow(String owner, String name) { return mayThrow.getOrDefault(owner + "." + name, false); }

    /**
     * The intrinsic reads the calling function's own stack frame or registers (stack and
     * frame pointer, the callee-saved spill): a method using it must stay a function of its
     * own, never an inline copy (Inlining).
     */
    boolean readsFrame(String owner, String name) {
        return owner.equals("myos/rt/Mem") && (name.equals("stackPointer") || name.equals("framePointer") || name.equals("spillCalleeSaved"));
    }

    /** Raw-memory intrinsics only for runtime, library and kernel code (DESIGN.md §1). */
    void checkCaller(MethodInfo caller, String owner, String name, String site) {
        if (!owner.startsWith("myos/rt/")) return;
        String c = caller.owner.name;
        if (c.startsWith("myos/rt/") || c.startsWith("java/") || c.startsWith("myos/kernel/") || c.startsWith("myos/classlib/")) return;
        if (c.contains("$$Lambda$") || c.startsWith("myos/aot/")) return;
        throw new BuildError(site + ": " + owner.replace('/', '.') + "." + name
            + " is an intrinsic reserved for the runtime, the class library and the kernel");
    }

    /** Methods an intrinsic calls: callMain reaches the program's main. */
    void reach(String owner, String name, String desc, Reachability r, String site) {
        if ((owner + "." + name).equals("myos/rt/Rt.callMain")) {
            ClassInfo main = r.world.load(mainClass, "the --main option");
            MethodInfo m = main.methods.get("main([Ljava/lang/String;)V");
            if (m == null || !m.isStatic()) throw new BuildError("--main " + main.javaName() + ": no method public static void main(String[])");
            r.initialize(main);
            r.method(m);
        }
    }

    MethodInfo mainMethod(World w) {
        return w.load(mainClass, "the --main option").methods.get("main([Ljava/lang/String;)V");
    }
}
