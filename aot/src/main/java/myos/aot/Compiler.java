package myos.aot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole pipeline for one program: library, reachability, C, gcc, link. */
final class Compiler {
    final Options o;
    /** @Export methods of the class path and the runtime, found once per build. */
    private List<MethodInfo> exports;

    Compiler(Options o) {
        this.o = o;
    }

    static final class Options {
        Path root;
        List<Path> classpath = new ArrayList<>();
        String mainClass;
        Path output;
        String target = "linux-user";
        String opt = "-O2";
        long heapMax = 1L << 30;
        Path workDir;
        Path cacheDir;
        int jobs = Runtime.getRuntime().availableProcessors();
        boolean kernel() { return target.equals("kernel"); }
    }

    /**
     * Class.arrayType() answers from the Class objects the compiler emits (no classes are
     * made at run time): when a program can call it, every class, primitive type (but void)
     * and array class gets its array class too, one dimension more than the program names.
     */
    static void arrayTypeTargets(World world, Reachability reach) {
        ClassInfo cls = world.load("java/lang/Class", "the runtime");
        MethodInfo m = cls.methods.get("arrayType()Ljava/lang/Class;");
        if (m == null || !reach.methods.contains(m)) return;
        for (ClassInfo c : new ArrayList<>(world.all())) reach.arrayType("[L" + c.name + ";");
        for (String prim : new String[] {"Z", "B", "C", "S", "I", "J", "F", "D"}) reach.arrayType("[" + prim);
        for (String a : new ArrayList<>(reach.arrayTypes)) {
            int dims = 0;
            while (a.charAt(dims) == '[') dims++;
            if (dims < 255) reach.arrayType("[" + a);   // JVMS §4.3.2: at most 255 dimensions
        }
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        Path lib = LibBuilder.build(o.root, o.kernel() ? "kernel" : "linux");
        ClassPath cp = new ClassPath(List.of(lib), o.classpath);
        World world = new World(cp);
        String main = o.mainClass.replace('.', '/');
        Intrinsics intrinsics = new Intrinsics(main, o.kernel(), o.heapMax);
        Reachability reach = new Reachability(world, intrinsics, new Lowering(world));
        List<java.nio.file.Path> exportScan = new ArrayList<>(o.classpath);
        exportScan.add(lib.resolve("myos/rt")); // the runtime's own @Export methods (kernel threads)
        exports = Exports.find(world, exportScan);
        roots(world, reach);
        reach.run();
        enumValues(world, reach);
        arrayTypeTargets(world, reach);
        fail(reach.errors);

        Program p = new Program(world, intrinsics, reach, o.kernel());
        p.buildTime = new BuildTimeInit(world, o.kernel());
        p.buildTime.run(reach.initialized);
        if (o.kernel()) fail(kernelInitErrors(p.buildTime, reach));
        for (MethodInfo m : exports) p.exports.put(Annotations.value(m.node, Annotations.EXPORT), m);
        for (ClassInfo c : new ArrayList<>(world.all())) {
            p.layout.fields(c);
            p.layout.vtable(c);
        }
        p.layout.colour(reach.interfaceSelectors, new ArrayList<>(world.all()));
        CallGraph calls = new CallGraph(p);
        NoAllocationCheck noAlloc = new NoAllocationCheck(p, calls);
        fail(noAlloc.run());
        p.noAllocation = noAlloc.closure;
        if (!p.kernel) p.recursive = calls.recursive(reach.methods);
        p.inlining = new Inlining(p, Inlining.MAX_SIZE, Inlining.LOOP_SIZE);
        Map<MethodInfo, MethodCompiler.Code> code = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (MethodInfo m : reach.methods) {
            if (m.isAbstract() || m.isNative()) continue;
            if (m == m.owner.clinit() && p.buildTime.done(m.owner)) continue; // ran at build time
            try {
                code.put(m, new MethodCompiler(p, m).compile());
            } catch (BuildError e) {
                errors.add(e.getMessage());
            }
        }
        fail(errors);
        code = Inlining.bound(code);
        Emitter em = new Emitter(p);
        em.emit(code);
        long t1 = System.nanoTime();

        Path dir = o.workDir != null ? o.workDir : o.root.resolve("build/aot/" + o.output.getFileName());
        LibBuilder.deleteTree(dir);
        Files.createDirectories(dir);
        List<String> cfiles = new ArrayList<>();
        for (Map.Entry<String, String> f : em.files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().endsWith(".c")) cfiles.add(f.getKey());
        }
        Files.writeString(dir.resolve("rt.h"), Resources.text("rt.h"));
        Files.writeString(dir.resolve("rt2.h"), Resources.text("rt2.h"));
        String headers = Gcc.digest(em.files.get("decls.h") + Resources.text("rt.h") + Resources.text("rt2.h"));

        Gcc gcc = new Gcc(o.cacheDir != null ? o.cacheDir : o.root.resolve("build/aot-cache"), o.jobs);
        List<String> flags = new ArrayList<>(Gcc.SEMANTICS);
        flags.addAll(Gcc.COMMON);
        flags.add(o.opt);
        if (o.kernel()) flags.addAll(Gcc.KERNEL);
        List<Path> objs = new ArrayList<>(gcc.compile(dir, cfiles, flags, headers));
        if (!o.kernel()) {
            Path nat = o.root.resolve("rt/src/linux/native");
            Files.copy(nat.resolve("support.c"), dir.resolve("support.c"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(nat.resolve("start.S"), dir.resolve("start.S"), StandardCopyOption.REPLACE_EXISTING);
            List<String> sflags = new ArrayList<>(flags);
            sflags.addAll(List.of("-ffreestanding", "-fno-builtin", "-fno-tree-loop-distribute-patterns"));
            objs.addAll(gcc.compile(dir, List.of("support.c", "start.S"), sflags, ""));
            java.util.Set<String> cannotThrow = new java.util.HashSet<>();
            for (MethodInfo m : p.noAllocation) cannotThrow.add(m.cname());
            cannotThrow.add("rt_safepoint_stub"); // POLL's call (rt.h): Safepoint.poll never throws
            Map<String, String> sourceFiles = new java.util.HashMap<>();
            for (ClassInfo c : world.all()) sourceFiles.put(c.javaName(), c.node.sourceFile);
            link(dir, objs, cannotThrow, sourceFiles);
        } else {
            Path outDir = o.output;
            Files.createDirectories(outDir);
            for (Path obj : objs) Files.copy(obj, outDir.resolve(obj.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        long t2 = System.nanoTime();
        if (System.getenv("MYOS_AOT_VERBOSE") != null) {
            System.err.printf("aot: %d methods, %d classes; front end %d ms, gcc+link %d ms%n",
                code.size(), world.all().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }

    private void link(Path dir, List<Path> objs, java.util.Set<String> cannotThrow, Map<String, String> sourceFiles) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("gcc", "-static", "-nostdlib", "-no-pie", "-Wl,--gc-sections",
            "-Wl,-z,noexecstack", "-Wl,--build-id=none", "-o", "a.out"));
        for (Path p : objs) cmd.add(p.getFileName().toString());
        cmd.add("-lgcc");
        Gcc.run(dir, cmd);
        // Stack traces (docs/abi.md "Stack traces"): the frame table is made from the first
        // link's DWARF and call sites, then linked in. It lands in .rodata, after .text, and
        // code refers to it by an absolute address of fixed size, so no code address moves
        // between the two links (checked: the functions must not move).
        Path elf = dir.resolve("a.out");
        java.util.TreeMap<Long, String> before = ElfDebugInfo.functions(elf);
        Files.writeString(dir.resolve("frames.S"), FrameTableBuilder.of(elf, cannotThrow, sourceFiles).assembly(), StandardCharsets.UTF_8);
        Gcc.run(dir, List.of("gcc", "-c", "-o", "frames.o", "frames.S"));
        cmd.add(cmd.size() - 1, "frames.o");
        Gcc.run(dir, cmd);
        if (!before.equals(ElfDebugInfo.functions(elf))) {
            throw new BuildError("link: code moved when the frame table was added (" + elf + ")");
        }
        // The executable ships without DWARF; gdb finds <exe>.debug beside it through the
        // GNU debuglink (keeps hello world small, keeps #line-based debugging).
        Path out = o.output.toAbsolutePath();
        String debugName = out.getFileName() + ".debug";
        Gcc.run(dir, List.of("objcopy", "--only-keep-debug", "a.out", debugName));
        Gcc.run(dir, List.of("objcopy", "--strip-all", "--add-gnu-debuglink=" + debugName, "a.out", "a.stripped"));
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.copy(dir.resolve("a.stripped"), out, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve(debugName), out.resolveSibling(debugName), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Class.getEnumConstants (and so Enum.valueOf(Class, String)) works for every enum the
     * program names, even one whose values() nothing calls: reach values() for all of them.
     */
    private static void enumValues(World w, Reachability r) {
        boolean more = true;
        while (more) {
            more = false;
            for (ClassInfo c : new ArrayList<>(w.all())) {
                if (!c.isEnum()) continue;
                MethodInfo v = c.methods.get("values()[L" + c.name + ";");
                if (v != null && !r.methods.contains(v)) {
                    r.method(v);
                    more = true;
                }
            }
            r.run();
        }
    }

    /** Entry points the runtime and generated code call besides main. */
    /**
     * The kernel has no lazy class initialisation (DESIGN.md §1, "Rules that keep a
     * garbage-collected Java kernel sound": an initialisation guard could run arbitrary code
     * in an interrupt handler or with a lock held): every static initialiser it reaches must
     * run at build time, and one that cannot is a build error saying why.
     */
    private static List<String> kernelInitErrors(BuildTimeInit init, Reachability reach) {
        List<String> errors = new ArrayList<>();
        for (ClassInfo c : reach.initialized) {
            String why = init.whyLazy(c);
            if (why != null) {
                errors.add("kernel class " + c.javaName() + " needs initialisation at run time (" + why + "): the kernel has no lazy"
                    + " class initialisation; its static initialiser may only compute data (docs/01-aot.md, \"Build-time initialisation\")");
            }
        }
        return errors;
    }

    private void roots(World w, Reachability r) {
        for (String a : new String[] {"[B", "[I", "[Ljava/lang/Class;", "[Ljava/lang/String;", "[C"}) r.arrayType(a);
        for (String c : new String[] {"java/lang/Object", "java/lang/String", "java/lang/Class"}) r.instantiate(w.load(c, "the runtime"));
        for (String c : new String[] {"java/lang/Cloneable", "java/io/Serializable"}) w.load(c, "the runtime");
        ClassInfo start = w.load("myos/rt/Start", "the runtime");
        for (MethodInfo m : start.methods.values()) if (m.isStatic() && !m.name.startsWith("<")) r.method(m);
        for (MethodInfo m : exports) {
            r.method(m);
            r.initialize(m.owner);
        }
        r.initialize(start);
        ClassInfo thr = w.load("myos/rt/Throw", "the runtime");
        for (MethodInfo m : thr.methods.values()) if (m.isStatic() && !m.name.startsWith("<")) r.method(m);
        r.method(r.runtime("myos/rt/Heap", "allocObject", "(Ljava/lang/Class;)Ljava/lang/Object;", "the runtime"));
        r.method(r.runtime("myos/rt/Heap", "allocArray", "(Ljava/lang/Class;I)Ljava/lang/Object;", "the runtime"));
        ClassInfo sp = w.path.find("myos/rt/Safepoint") == null ? null : w.load("myos/rt/Safepoint", "the runtime");
        if (sp != null && sp.methods.containsKey("poll()V")) r.method(sp.methods.get("poll()V"));
        for (String[] e : new String[][] {{"java/lang/ExceptionInInitializerError", "(Ljava/lang/Throwable;)V"},
                {"java/lang/ExceptionInInitializerError", "(Ljava/lang/String;)V"},
                {"java/lang/NoClassDefFoundError", "(Ljava/lang/String;)V"}}) {
            ClassInfo c = w.load(e[0], "the runtime");
            r.instantiate(c);
            r.method(w.resolveMethod(c, "<init>", e[1], "the runtime"));
        }
        r.initialize(w.load("java/lang/Error", "the runtime"));
        r.method(w.resolveMethod(w.load("java/lang/Throwable", "the runtime"), "initCause",
            "(Ljava/lang/Throwable;)Ljava/lang/Throwable;", "the runtime"));
    }

    private static void fail(List<String> errors) {
        if (errors.isEmpty()) return;
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String e : new java.util.TreeSet<>(errors)) {
            if (n++ == 50) { b.append("... and ").append(errors.size() - 50).append(" more\n"); break; }
            b.append("error: ").append(e).append('\n');
        }
        throw new BuildError(b.toString().trim());
    }
}
