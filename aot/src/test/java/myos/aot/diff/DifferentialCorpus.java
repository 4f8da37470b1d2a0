package myos.aot.diff;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The compiler's differential corpus: every program under {@code aot/src/test/corpus/**}
 * (a top-level class with {@code public static void main(String[])}) runs on HotSpot (JDK 25,
 * the behavioural reference) and as a native executable built by {@code myos.aot.Main};
 * stdout, stderr and exit status must be identical.
 *
 * <p>How it runs (budget: the whole corpus in a few minutes on 2 cores):
 * <ol>
 * <li>javac {@code --release 17} (in process) compiles the whole corpus into
 *     {@code aot/target/corpus-classes}.</li>
 * <li>The programs are split into a few groups; for each group a dispatcher class
 *     {@code corpus.RunN} is generated whose {@code main(args)} calls
 *     {@code <args[0]>.main(args[1..])} through a string switch. Each dispatcher is compiled
 *     once by the aot compiler ({@code -O1}) into one executable holding many programs.
 *     HotSpot runs the programs through the same dispatcher, so both sides see the same
 *     classes initialised in the same order.</li>
 * <li>Each program runs on both sides (in parallel, one task per core), with the
 *     {@code .stdin} file beside its source as standard input (else empty input) and the
 *     lines of its {@code .args} file as extra arguments.</li>
 * <li>Programs under {@code corpus/rt} and those whose source contains the marker
 *     {@code @gcstress} run natively a second time with {@code MYOS_GC_STRESS=100} and
 *     {@code MYOS_GC_VERIFY=1}; the output must still be the JVM's.</li>
 * </ol>
 *
 * <p>The one normalisation: stack-trace frame lines ({@code "\tat "} at any indentation) and
 * their {@code "... n more"} lines are compared apart from the rest of stderr, because the
 * library's frames cannot match the JDK's ({@link #normaliseFrames}); the frames of the
 * program's own classes must still be the JVM's, line numbers and order included
 * ({@link #userFrames}). Everything else is compared byte for byte.
 *
 * <p>Environment: {@code JDK25_HOME} (else {@code /usr/lib/jvm/temurin-25-jdk-amd64}); no JDK 25
 * is a failure, never a skip. {@code MYOS_CORPUS_FILTER} (a regex over class names) runs a
 * subset. {@code main(String[])} of this class runs the corpus from the command line:
 * {@code --jvm-only} runs only the HotSpot side, twice, and checks that the output is
 * deterministic (use it when writing a new program).
 *
 * <p>In {@code mvn test} the corpus runs through {@link #dynamicTests()}: one JUnit dynamic
 * test per program and per GC-stress run. The JUnit class is just
 * <pre>
 * &#64;Tag("host") class DifferentialCorpusTest {
 *     &#64;TestFactory Stream&lt;DynamicTest&gt; corpus() throws Exception { return DifferentialCorpus.dynamicTests(); }
 * }
 * </pre>
 */
public final class DifferentialCorpus {
    /** Frame lines: the normalisation of both sides' stderr (see the class comment). */
    static final String FRAME_LINE_PREFIX = "\tat ";
    static final int GC_STRESS_EVERY = 100;
    static final long RUN_TIMEOUT_SECONDS = 120;
    static final long BUILD_TIMEOUT_SECONDS = 600;
    /** Programs per native executable. */
    static final int GROUP_SIZE = 40;

    final Path root;
    final Path corpusSrc;
    final Path classesDir;
    final Path binDir;
    final Path jdk25;
    final int parallelism;

    /** One corpus program. */
    public static final class Program {
        final String className;
        final Path source;
        final List<String> args;
        final Path stdin;           // null: empty input
        final boolean gcStress;
        int group = -1;
        /** The native executable that runs this program, and whether it is a dispatcher (takes the class name first). */
        Path exe;
        boolean viaDispatcher = true;

        Program(String className, Path source, List<String> args, Path stdin, boolean gcStress) {
            this.className = className;
            this.source = source;
            this.args = args;
            this.stdin = stdin;
            this.gcStress = gcStress;
        }

        public String name() { return className; }
        @Override public String toString() { return className; }
    }

    /** What one process did. */
    public static final class Outcome {
        final int exit;             // -1: did not finish
        final String stdout;
        final String stderr;
        final String problem;       // null, or why there is no real outcome (timeout, start failure)
        long millis;                // wall time of the process

        Outcome(int exit, String stdout, String stderr, String problem) {
            this.exit = exit;
            this.stdout = stdout;
            this.stderr = stderr;
            this.problem = problem;
        }
    }

    /** The comparison for one program in one mode; {@link #failure} is null when they agree. */
    public static final class Result {
        public final Program program;
        public final String mode;
        public final String failure;

        Result(Program program, String mode, String failure) {
            this.program = program;
            this.mode = mode;
            this.failure = failure;
        }

        public String displayName() { return program.className + (mode.isEmpty() ? "" : " [" + mode + "]"); }
    }

    public DifferentialCorpus(Path root) {
        this.root = root;
        this.corpusSrc = root.resolve("aot/src/test/corpus");
        this.classesDir = root.resolve("aot/target/corpus-classes");
        this.binDir = root.resolve("aot/target/corpus-bin");
        this.jdk25 = findJdk25();
        this.parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The repository root: the nearest ancestor of the working directory holding {@code myos} and {@code aot/}. */
    public static Path findRoot() {
        String prop = System.getProperty("myos.root");
        if (prop != null) return Paths.get(prop).toAbsolutePath().normalize();
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("myos")) && Files.isDirectory(p.resolve("aot"))) return p;
        }
        throw new IllegalStateException("cannot find the repository root (a directory with ./myos and aot/) above "
                + Paths.get("").toAbsolutePath());
    }

    /** JDK 25, the behavioural reference. Its absence is an error: the corpus is never skipped. */
    public static Path findJdk25() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("JDK25_HOME");
        if (env != null && !env.isEmpty()) candidates.add(env);
        candidates.add("/usr/lib/jvm/temurin-25-jdk-amd64");
        candidates.add("/usr/lib/jvm/java-25-openjdk-amd64");
        for (String c : candidates) {
            Path java = Paths.get(c, "bin", "java");
            if (Files.isExecutable(java)) return Paths.get(c);
        }
        throw new IllegalStateException("no JDK 25 found (tried " + candidates + "): the differential corpus needs "
                + "JDK 25 as its reference. Install Temurin 25 or set JDK25_HOME.");
    }

    // ---------------------------------------------------------------- discovery

    private static final Pattern MAIN = Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(\\s*(final\\s+)?String\\s*(\\[\\s*\\]\\s*\\w+|\\w+\\s*\\[\\s*\\]|\\.\\.\\.\\s*\\w+)\\s*\\)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /** Every corpus source file, sorted. */
    List<Path> sources() throws IOException {
        if (!Files.isDirectory(corpusSrc)) throw new IllegalStateException("no corpus at " + corpusSrc);
        try (Stream<Path> s = Files.walk(corpusSrc)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    /** Every program (a source whose top-level class has a main), sorted by class name, filtered by MYOS_CORPUS_FILTER. */
    List<Program> programs(List<Path> sources) throws IOException {
        String filter = System.getenv("MYOS_CORPUS_FILTER");
        Pattern f = filter == null || filter.isEmpty() ? null : Pattern.compile(filter);
        List<Program> out = new ArrayList<>();
        for (Path src : sources) {
            String text = Files.readString(src, StandardCharsets.UTF_8);
            if (!MAIN.matcher(text).find()) continue;
            String simple = src.getFileName().toString().replaceFirst("\\.java$", "");
            var pm = PACKAGE.matcher(text);
            String cls = pm.find() ? pm.group(1) + "." + simple : simple;
            if (f != null && !f.matcher(cls).find()) continue;
            String base = src.toString().replaceFirst("\\.java$", "");
            Path argsFile = Paths.get(base + ".args");
            List<String> args = new ArrayList<>();
            if (Files.isRegularFile(argsFile)) {
                // One argument per line (so arguments may contain spaces); a final newline ends the last one.
                String a = Files.readString(argsFile, StandardCharsets.UTF_8);
                if (a.endsWith("\n")) a = a.substring(0, a.length() - 1);
                if (!a.isEmpty()) args.addAll(Arrays.asList(a.split("\n", -1)));
            }
            Path stdin = Paths.get(base + ".stdin");
            boolean gc = text.contains("@gcstress") || corpusSrc.relativize(src).startsWith("rt");
            out.add(new Program(cls, src, args, Files.isRegularFile(stdin) ? stdin : null, gc));
        }
        out.sort((a, b) -> a.className.compareTo(b.className));
        for (int i = 0; i < out.size(); i++) out.get(i).group = i / GROUP_SIZE;
        return out;
    }

    static String dispatcherName(int group) { return "corpus.Run" + group; }

    /** The dispatcher's source: a string switch on args[0] calling that program's main with the rest. */
    static String dispatcherSource(int group, List<Program> members) {
        StringBuilder sb = new StringBuilder();
        sb.append("package corpus;\n\n")
          .append("/** Generated by myos.aot.diff.DifferentialCorpus: runs corpus program args[0] with args[1..]. */\n")
          .append("public final class Run").append(group).append(" {\n")
          .append("    public static void main(String[] args) throws Throwable {\n")
          .append("        String[] rest = new String[args.length - 1];\n")
          .append("        System.arraycopy(args, 1, rest, 0, rest.length);\n")
          .append("        switch (args[0]) {\n");
        for (Program p : members) {
            sb.append("            case \"").append(p.className).append("\": ").append(p.className).append(".main(rest); break;\n");
        }
        sb.append("            default: throw new IllegalArgumentException(\"not in this group: \" + args[0]);\n")
          .append("        }\n    }\n}\n");
        return sb.toString();
    }

    // ---------------------------------------------------------------- javac

    /** Compiles the corpus and the dispatchers with javac --release 17 into {@link #classesDir}. */
    void compileCorpus(List<Path> sources, Map<Integer, List<Program>> groups) throws IOException {
        deleteTree(classesDir);
        Files.createDirectories(classesDir);
        Path genDir = root.resolve("aot/target/corpus-gen/corpus");
        deleteTree(genDir);
        Files.createDirectories(genDir);
        List<Path> all = new ArrayList<>(sources);
        for (var e : groups.entrySet()) {
            Path d = genDir.resolve("Run" + e.getKey() + ".java");
            Files.writeString(d, dispatcherSource(e.getKey(), e.getValue()), StandardCharsets.UTF_8);
            all.add(d);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("no system Java compiler (run the tests on a JDK, not a JRE)");
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(all);
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-g", "-nowarn", "-Xlint:none",
                    "-d", classesDir.toString());
            boolean ok = javac.getTask(null, fm, diags, options, null, units).call();
            if (!ok) {
                String msg = diags.getDiagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"));
                throw new IllegalStateException("javac --release 17 failed on the corpus:\n" + msg);
            }
        }
    }

    // ---------------------------------------------------------------- native build

    /**
     * Builds one dispatcher natively with the aot compiler in a child JVM (so that a
     * {@code System.exit} or crash in the compiler cannot take the test JVM down).
     * Returns null on success, else the compiler's output.
     */
    String buildNative(int group) throws IOException, InterruptedException {
        return buildNative(dispatcherName(group), binDir.resolve("Run" + group));
    }

    String buildNative(String mainClass, Path exe) throws IOException, InterruptedException {
        Files.createDirectories(binDir);
        Files.deleteIfExists(exe);
        String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String cp = absoluteClassPath(System.getProperty("myos.aot.cp", System.getProperty("java.class.path")));
        List<String> cmd = List.of(javaBin, "-Xss16m", "-cp", cp, "myos.aot.Main",
                "--root", root.toString(), "--cp", classesDir.toString(), "--main", mainClass,
                "-o", exe.toString(), "-O1", "--target", "linux-user");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Outcome o = run(pb, BUILD_TIMEOUT_SECONDS);
        if (o.problem == null && o.exit == 0 && Files.isExecutable(exe)) return null;
        String why = o.problem != null ? o.problem : o.exit != 0 ? "exit status " + o.exit : "no executable written";
        return "aot build of " + mainClass + " failed (" + why + ")\ncommand: " + String.join(" ", cmd)
                + "\n" + head(o.stdout, 60);
    }

    /** The class path with every entry made absolute (the compiler runs in the repository root). */
    static String absoluteClassPath(String cp) {
        StringBuilder sb = new StringBuilder();
        for (String e : cp.split(File.pathSeparator)) {
            if (e.isEmpty()) continue;
            if (sb.length() > 0) sb.append(File.pathSeparator);
            if (e.endsWith("*")) {
                String dir = e.substring(0, e.length() - 1);
                sb.append(dir.isEmpty() ? Paths.get("").toAbsolutePath() + File.separator : Paths.get(dir).toAbsolutePath() + File.separator).append('*');
            } else {
                sb.append(Paths.get(e).toAbsolutePath());
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- running

    Outcome runJvm(Program p) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(jdk25.resolve("bin/java").toString(),
                "-XX:-ShowCodeDetailsInExceptionMessages",
                // MyOS2026's console is UTF-8 whatever the host locale (the JVM would follow
                // LC_ALL, e.g. US-ASCII under LC_ALL=C, and print '?' for non-ASCII)
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", classesDir.toString(),
                dispatcherName(p.group), p.className));
        cmd.addAll(p.args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");   // it would print "Picked up ..." on stderr
        pb.environment().remove("_JAVA_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        return run(stdin(pb, p), RUN_TIMEOUT_SECONDS);
    }

    Outcome runNative(Program p, boolean gcStress) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(p.exe.toString());
        if (p.viaDispatcher) cmd.add(p.className);
        cmd.addAll(p.args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
        pb.environment().remove("MYOS_GC_STRESS");
        pb.environment().remove("MYOS_GC_VERIFY");
        if (gcStress) {
            pb.environment().put("MYOS_GC_STRESS", Integer.toString(GC_STRESS_EVERY));
            pb.environment().put("MYOS_GC_VERIFY", "1");
        }
        return run(stdin(pb, p), RUN_TIMEOUT_SECONDS);
    }

    private static ProcessBuilder stdin(ProcessBuilder pb, Program p) {
        return pb.redirectInput(ProcessBuilder.Redirect.from(p.stdin != null ? p.stdin.toFile() : new File("/dev/null")));
    }

    /** Runs a process, collecting stdout and stderr fully (on their own threads, so neither pipe can block). */
    static Outcome run(ProcessBuilder pb, long timeoutSeconds) throws InterruptedException {
        long t0 = System.nanoTime();
        Outcome o = run0(pb, timeoutSeconds);
        o.millis = (System.nanoTime() - t0) / 1_000_000;
        return o;
    }

    private static Outcome run0(ProcessBuilder pb, long timeoutSeconds) throws InterruptedException {
        Process proc;
        try {
            proc = pb.start();
        } catch (IOException e) {
            return new Outcome(-1, "", "", "cannot start " + pb.command().get(0) + ": " + e.getMessage());
        }
        StreamReader out = new StreamReader(proc.getInputStream());
        StreamReader err = new StreamReader(proc.getErrorStream());
        out.start();
        err.start();
        boolean done = proc.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            proc.descendants().forEach(ProcessHandle::destroyForcibly);
            proc.destroyForcibly();
            proc.waitFor();
        }
        out.join();
        err.join();
        if (!done) return new Outcome(-1, out.text(), err.text(), "timed out after " + timeoutSeconds + " s");
        int exit = proc.exitValue();
        // A native program killed by a signal shows up as 128+n.
        return new Outcome(exit, out.text(), err.text(), null);
    }

    private static final class StreamReader extends Thread {
        private final InputStream in;
        private byte[] bytes = new byte[0];

        StreamReader(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override public void run() {
            try (in) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                bytes = ("<read error: " + e + ">").getBytes(StandardCharsets.UTF_8);
            }
        }

        String text() { return new String(bytes, StandardCharsets.UTF_8); }
    }

    /**
     * The one normalisation, applied to both sides' stderr: stack-trace frame lines
     * ({@code at ...}) and the {@code ... n more} lines after them are removed, at any
     * indentation (causes and suppressed exceptions indent them). Library frames cannot
     * match: the JDK's java.base is not our class library, its lines differ and it has
     * frames ours has not (Thread.runWith) and vice versa. Frames of the program's own
     * classes must match all the same: {@link #userFrames} is compared separately.
     */
    static String normaliseFrames(String s) {
        if (s.indexOf(FRAME_LINE_PREFIX.substring(1)) < 0 && !s.contains(" more\n")) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int nl = s.indexOf('\n', i);
            int end = nl < 0 ? s.length() : nl + 1;
            if (frameLine(s.substring(i, end)) == null && !moreLine(s.substring(i, end))) sb.append(s, i, end);
            i = end;
        }
        return sb.toString();
    }

    private static final Pattern MORE = Pattern.compile("\t+\\.\\.\\. \\d+ more\n?");

    private static boolean moreLine(String line) { return MORE.matcher(line).matches(); }

    /** The frame of a line "\t...\tat frame" (the frame text after "at "), or null when it is not a frame line. */
    static String frameLine(String line) {
        int t = 0;
        while (t < line.length() && line.charAt(t) == '\t') t++;
        return t > 0 && line.startsWith("at ", t) ? line.substring(t + 3) : null;
    }

    /**
     * The frame lines of the program's own classes, in order, with their indentation: those
     * not in a module (HotSpot writes {@code java.base/java.lang.Thread.run(...)}) and not
     * of a library package (ours prints java.* and the runtime without a module). Their
     * classes, methods, files and line numbers must be the JVM's, and so must their order.
     */
    static List<String> userFrames(String stderr) {
        List<String> out = new ArrayList<>();
        for (String line : lines(stderr)) {
            String f = frameLine(line);
            if (f == null) continue;
            int paren = f.indexOf('(');
            String head = paren < 0 ? f : f.substring(0, paren);
            if (head.contains("/") || head.startsWith("java.") || head.startsWith("javax.") || head.startsWith("jdk.")
                    || head.startsWith("sun.") || head.startsWith("myos.")) continue;
            out.add(line.endsWith("\n") ? line : line + "\n");
        }
        return out;
    }

    // ---------------------------------------------------------------- comparison and reports

    /** Null when the two agree exactly, else a readable account of the first differences. */
    static String compare(Program p, String mode, Outcome expected, Outcome actual) {
        StringBuilder sb = new StringBuilder();
        if (expected.problem != null) {
            sb.append("the JVM run itself failed: ").append(expected.problem).append('\n');
        }
        if (actual.problem != null) sb.append("the native run failed: ").append(actual.problem).append('\n');
        if (expected.exit != actual.exit) {
            sb.append("exit status: JVM ").append(expected.exit).append(", native ").append(actual.exit)
              .append(signalNote(actual.exit)).append('\n');
        }
        diff(sb, "stdout", expected.stdout, actual.stdout);
        diff(sb, "stderr", normaliseFrames(expected.stderr), normaliseFrames(actual.stderr));
        diff(sb, "stderr frames of the program's own classes", String.join("", userFrames(expected.stderr)),
                String.join("", userFrames(actual.stderr)));
        if (sb.length() == 0) return null;
        return "program " + p.className + (mode.isEmpty() ? "" : " (" + mode + ")") + " (" + p.source.getFileName()
                + (p.args.isEmpty() ? "" : ", args " + p.args) + (p.stdin != null ? ", stdin " + p.stdin.getFileName() : "")
                + "):\n" + sb;
    }

    private static String signalNote(int exit) {
        if (exit > 128 && exit < 160) return " (signal " + (exit - 128) + ")";
        return "";
    }

    /** A short diff-like view: the first differing line, with a few lines of context from both sides. */
    static void diff(StringBuilder sb, String what, String expected, String actual) {
        if (expected.equals(actual)) return;
        List<String> e = lines(expected);
        List<String> a = lines(actual);
        int i = 0;
        while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) i++;
        sb.append(what).append(" differs at line ").append(i + 1).append(" (JVM ").append(e.size())
          .append(" lines, native ").append(a.size()).append(" lines):\n");
        int from = Math.max(0, i - 2);
        for (int k = from; k < i; k++) sb.append("    ").append(show(e.get(k))).append('\n');
        for (int k = i; k < Math.min(e.size(), i + 8); k++) sb.append("  - ").append(show(e.get(k))).append('\n');
        if (e.size() > i + 8) sb.append("  - ... ").append(e.size() - i - 8).append(" more\n");
        for (int k = i; k < Math.min(a.size(), i + 8); k++) sb.append("  + ").append(show(a.get(k))).append('\n');
        if (a.size() > i + 8) sb.append("  + ... ").append(a.size() - i - 8).append(" more\n");
    }

    /** Lines including their terminator, so that a missing final newline is a visible difference. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int nl = s.indexOf('\n', i);
            int end = nl < 0 ? s.length() : nl + 1;
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    /** A line with control characters made visible; "⏎" is absent when the line has no newline. */
    private static String show(String line) {
        StringBuilder sb = new StringBuilder();
        boolean nl = line.endsWith("\n");
        String body = nl ? line.substring(0, line.length() - 1) : line;
        if (body.length() > 300) body = body.substring(0, 300) + "...(" + body.length() + " chars)";
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\t') sb.append("\\t");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        if (!nl) sb.append("  <no newline at end>");
        return sb.toString();
    }

    static String head(String s, int maxLines) {
        List<String> l = lines(s);
        if (l.size() <= maxLines) return s;
        return String.join("", l.subList(0, maxLines)) + "... (" + (l.size() - maxLines) + " more lines)\n";
    }

    // ---------------------------------------------------------------- the whole run

    /** Runs everything; the returned results cover every program (and every GC-stress run). */
    public List<Result> runAll() throws Exception {
        List<Path> sources = sources();
        List<Program> programs = programs(sources);
        if (programs.isEmpty()) throw new IllegalStateException("no corpus programs found under " + corpusSrc);
        Map<Integer, List<Program>> groups = new TreeMap<>();
        for (Program p : programs) groups.computeIfAbsent(p.group, g -> new ArrayList<>()).add(p);
        long t0 = System.nanoTime();
        compileCorpus(sources, groups);
        log("javac: %d sources, %d programs in %d groups, %.1f s", sources.size(), programs.size(), groups.size(),
                (System.nanoTime() - t0) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            // The JVM side runs while the native executables are built.
            Map<Program, Future<Outcome>> jvm = new LinkedHashMap<>();
            for (Program p : programs) jvm.put(p, pool.submit(() -> runJvm(p)));
            Map<Program, String> buildErrors = buildAll(groups);
            Map<Program, Future<Outcome>> nat = new LinkedHashMap<>();
            Map<Program, Future<Outcome>> stress = new LinkedHashMap<>();
            for (Program p : programs) {
                if (buildErrors.containsKey(p)) continue;
                nat.put(p, pool.submit(() -> runNative(p, false)));
                if (p.gcStress) stress.put(p, pool.submit(() -> runNative(p, true)));
            }
            List<Result> results = new ArrayList<>();
            List<String> slow = new ArrayList<>();
            for (Program p : programs) {
                Outcome expected = jvm.get(p).get();
                if (expected.millis > 5000) slow.add(p.className + " JVM " + expected.millis + " ms");
                if (nat.containsKey(p) && nat.get(p).get().millis > 5000) slow.add(p.className + " native " + nat.get(p).get().millis + " ms");
                if (stress.containsKey(p) && stress.get(p).get().millis > 5000) slow.add(p.className + " gc-stress " + stress.get(p).get().millis + " ms");
                String be = buildErrors.get(p);
                if (be != null) {
                    results.add(new Result(p, "", "program " + p.className + ": not run natively\n" + be));
                    if (p.gcStress) results.add(new Result(p, "gc-stress", "program " + p.className + ": not run natively (build failed)"));
                    continue;
                }
                results.add(new Result(p, "", compare(p, "", expected, nat.get(p).get())));
                if (p.gcStress) {
                    String mode = "MYOS_GC_STRESS=" + GC_STRESS_EVERY + " MYOS_GC_VERIFY=1";
                    results.add(new Result(p, "gc-stress", compare(p, mode, expected, stress.get(p).get())));
                }
            }
            if (!slow.isEmpty()) log("runs over 5 s: %s", String.join(", ", slow));
            log("corpus: %d runs, %d failed, %.1f s in all", results.size(),
                    results.stream().filter(r -> r.failure != null).count(), (System.nanoTime() - t0) / 1e9);
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Builds every group's dispatcher. When a group fails to build (typically one program uses
     * something the compiler or the library does not have yet), each of its programs is built
     * alone, so that the failure is attributed to the programs that cause it and the others
     * still run. Returns the build error of each program that could not be built.
     */
    Map<Program, String> buildAll(Map<Integer, List<Program>> groups) throws IOException, InterruptedException {
        Map<Program, String> errors = new LinkedHashMap<>();
        for (var e : groups.entrySet()) {
            int g = e.getKey();
            List<Program> members = new ArrayList<>(e.getValue());
            String err = null;
            // Build the group; when the compiler's errors name some of its programs (a site in
            // their code), drop those and rebuild the rest, a few times at most.
            for (int attempt = 0; attempt < 4 && !members.isEmpty(); attempt++) {
                if (attempt > 0) compileDispatcher(g, members);
                long tb = System.nanoTime();
                err = buildNative(g);
                log("aot %s (%d programs): %s, %.1f s", dispatcherName(g), members.size(), err == null ? "ok" : "FAILED",
                        (System.nanoTime() - tb) / 1e9);
                if (err == null) break;
                log("%s", head(err, 15).trim());
                List<Program> culprits = new ArrayList<>();
                for (Program p : members) if (namedIn(err, p.className)) culprits.add(p);
                if (culprits.isEmpty()) break;
                for (Program p : culprits) {
                    errors.put(p, linesNaming(err, p.className));
                    members.remove(p);
                    log("%s does not build; rebuilding %s without it", p.className, dispatcherName(g));
                }
            }
            if (err == null) {
                for (Program p : members) p.exe = binDir.resolve("Run" + g);
                continue;
            }
            if (members.isEmpty()) continue;
            log("building the remaining programs of %s one by one", dispatcherName(g));
            int tried = 0, failed = 0;
            for (Program p : members) {
                p.exe = binDir.resolve("solo").resolve(p.className);
                p.viaDispatcher = false;
                if (tried >= 3 && failed == tried) {
                    // The first programs all failed alone too: the failure is not theirs, do not try every one.
                    errors.put(p, "not built: the group failed and so did its first " + tried + " programs alone; the group's error:\n" + err);
                    continue;
                }
                Files.createDirectories(p.exe.getParent());
                String perr = buildNative(p.className, p.exe);
                tried++;
                if (perr != null) {
                    failed++;
                    errors.put(p, perr);
                }
            }
        }
        return errors;
    }

    /** The first lines of a build error (what failed, the command) and the lines that name this program. */
    static String linesNaming(String err, String className) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String line : err.split("\n", -1)) {
            if (n++ < 2 || namedIn(line + "\n", className)) sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** Whether a compiler error text names a site in this program's class or its nested classes. */
    static boolean namedIn(String err, String className) {
        for (String suffix : new String[] {".", "$", " ", ":", "(", "\n"}) {
            if (err.contains(className + suffix)) return true;
        }
        return false;
    }

    /** Regenerates and recompiles one dispatcher (the corpus classes are already compiled). */
    void compileDispatcher(int group, List<Program> members) throws IOException {
        Path d = root.resolve("aot/target/corpus-gen/corpus/Run" + group + ".java");
        Files.writeString(d, dispatcherSource(group, members), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-g", "-nowarn", "-cp", classesDir.toString(),
                    "-d", classesDir.toString());
            if (!javac.getTask(null, fm, diags, options, null, fm.getJavaFileObjectsFromPaths(List.of(d))).call()) {
                throw new IllegalStateException("javac failed on " + d + ": " + diags.getDiagnostics());
            }
        }
    }

    /**
     * HotSpot only: runs every program twice and reports those whose stdout, stderr or exit
     * status differ between the runs (a corpus program must be deterministic).
     */
    public List<Result> checkJvmDeterminism() throws Exception {
        List<Path> sources = sources();
        List<Program> programs = programs(sources);
        Map<Integer, List<Program>> groups = new TreeMap<>();
        for (Program p : programs) groups.computeIfAbsent(p.group, g -> new ArrayList<>()).add(p);
        compileCorpus(sources, groups);
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            Map<Program, Future<Outcome>> first = new LinkedHashMap<>();
            Map<Program, Future<Outcome>> second = new LinkedHashMap<>();
            for (Program p : programs) first.put(p, pool.submit(() -> runJvm(p)));
            for (Program p : programs) second.put(p, pool.submit(() -> runJvm(p)));
            List<Result> results = new ArrayList<>();
            for (Program p : programs) {
                Outcome a = first.get(p).get();
                Outcome b = second.get(p).get();
                String f = compare(p, "JVM run 1 vs run 2", a, b);
                if (f == null && a.problem != null) f = p.className + ": " + a.problem;
                results.add(new Result(p, "determinism", f));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The whole corpus as JUnit dynamic tests (see the class comment). */
    public static Stream<DynamicTest> dynamicTests() throws Exception {
        List<Result> results = new DifferentialCorpus(findRoot()).runAll();
        return results.stream().map(r -> DynamicTest.dynamicTest(r.displayName(), () -> {
            if (r.failure != null) Assertions.fail(r.failure);
        }));
    }

    static void log(String fmt, Object... args) {
        System.err.println("[corpus] " + String.format(Locale.ROOT, fmt, args));
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Collections.reverseOrder()).collect(Collectors.toList())) Files.delete(q);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Command line: {@code [--jvm-only] [--show]}. {@code --jvm-only} checks the corpus on
     * HotSpot alone (twice, for determinism); {@code --show} prints each program's JVM output.
     */
    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        DifferentialCorpus c = new DifferentialCorpus(findRoot());
        if (a.contains("--show")) {
            List<Path> sources = c.sources();
            List<Program> programs = c.programs(sources);
            Map<Integer, List<Program>> groups = new TreeMap<>();
            for (Program p : programs) groups.computeIfAbsent(p.group, g -> new ArrayList<>()).add(p);
            c.compileCorpus(sources, groups);
            for (Program p : programs) {
                Outcome o = c.runJvm(p);
                System.out.println("==== " + p.className + " exit " + o.exit + (o.problem != null ? " " + o.problem : ""));
                System.out.print(o.stdout);
                if (!o.stderr.isEmpty()) System.out.print("---- stderr\n" + o.stderr);
            }
            return;
        }
        List<Result> results = a.contains("--jvm-only") ? c.checkJvmDeterminism() : c.runAll();
        int failed = 0;
        for (Result r : results) {
            if (r.failure == null) continue;
            failed++;
            System.out.println("FAIL " + r.displayName() + "\n" + r.failure);
        }
        System.out.println(results.size() + " runs, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
