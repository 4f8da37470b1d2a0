package myos.aot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs gcc: translation units in parallel, each object cached under build/aot-cache by the
 * hash of its inputs and flags, so rebuilds and programs sharing code recompile nothing.
 * gcc runs in the C directory on relative names, with -fdebug-prefix-map, so neither the
 * objects nor the executable contain the checkout path (reproducible builds).
 */
final class Gcc {
    /** Flags that keep gcc from changing Java semantics (DESIGN.md §1, "Treat gcc as adversarial"). */
    static final List<String> SEMANTICS = List.of("-std=gnu11", "-fwrapv", "-fno-strict-aliasing", "-ffp-contract=off",
        "-fno-math-errno", "-fno-delete-null-pointer-checks", "-march=x86-64", "-mtune=generic");
    static final List<String> COMMON = List.of("-g", "-fno-omit-frame-pointer", "-fno-pic", "-fno-pie", "-fno-stack-protector",
        "-fno-asynchronous-unwind-tables",
        // (an -O3 pass) A loop that tests an invariant, above all the null check of an array
        // it indexes, is split into a copy where the test is known: the null check and the
        // length load leave the loop (SpectralNorm -24 % instructions; docs/benchmarks.md).
        "-funswitch-loops",
        // A sibling call replaces the caller's frame: the JVM's stack trace shows that frame, so ours must exist.
        "-fno-optimize-sibling-calls", "-ffunction-sections", "-fdata-sections", "-fno-common", "-w");
    static final List<String> KERNEL = List.of("-ffreestanding", "-mno-red-zone", "-mcmodel=kernel", "-mgeneral-regs-only");

    private final Path cache;
    private final int jobs;

    Gcc(Path cache, int jobs) {
        this.cache = cache;
        this.jobs = jobs;
    }

    /** Compiles each source in dir (relative names) to an object; returns the objects. */
    List<Path> compile(Path dir, List<String> sources, List<String> flags, String headersDigest) throws Exception {
        Files.createDirectories(cache);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            // Largest unit first (longest-processing-time scheduling): with two workers and a
            // 500 KB unit among a dozen, starting it last left one core idle while it ran.
            // The objects are returned in the sources' order, so the link is the same.
            List<String> bySize = new ArrayList<>(sources);
            Map<String, Long> size = new HashMap<>();
            for (String s : sources) size.put(s, Files.size(dir.resolve(s)));
            bySize.sort(Comparator.comparing((String s) -> size.get(s)).reversed().thenComparing(Comparator.naturalOrder()));
            Map<String, Future<Path>> fs = new HashMap<>();
            for (String s : bySize) fs.put(s, pool.submit(() -> one(dir, s, flags, headersDigest)));
            List<Path> objs = new ArrayList<>();
            for (String s : sources) objs.add(fs.get(s).get());
            return objs;
        } finally {
            pool.shutdown();
        }
    }

    private Path one(Path dir, String source, List<String> flags, String headers) throws Exception {
        String key = digest(String.join(" ", flags) + "\n" + headers + "\n" + source + "\n"
            + new String(Files.readAllBytes(dir.resolve(source)), StandardCharsets.UTF_8));
        Path cached = cache.resolve(key + ".o");
        Path obj = dir.resolve(source.replaceAll("\\.[cS]$", "") + ".o");
        if (!Files.exists(cached)) {
            List<String> cmd = new ArrayList<>(List.of("gcc", "-c"));
            cmd.addAll(flags);
            cmd.add("-fdebug-prefix-map=" + dir.toAbsolutePath() + "=.");
            cmd.add(source);
            cmd.add("-o");
            cmd.add(obj.getFileName().toString());
            run(dir, cmd);
            Path tmp = cache.resolve(key + ".tmp" + Thread.currentThread().getId());
            Files.copy(obj, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.copy(cached, obj, StandardCopyOption.REPLACE_EXISTING);
        }
        return obj;
    }

    static void run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new BuildError("gcc failed (" + String.join(" ", cmd) + ") in " + dir + ":\n"
                + (out.length() > 6000 ? out.substring(0, 6000) + "\n..." : out));
        }
    }

    static String digest(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (byte x : d) b.append(String.format("%02x", x));
            return b.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
