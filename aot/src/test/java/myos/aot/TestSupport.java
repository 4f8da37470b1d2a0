package myos.aot;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiling small Java sources with javac and then with aot, for the compiler's unit tests. */
final class TestSupport {
    private TestSupport() {}

    static Path root() {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("myos"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("repository root not found");
        return p;
    }

    /** javac --release 17 of the given sources (name -> text) into a fresh directory. */
    static Path javac(Path dir, String... nameAndSource) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Files.createDirectories(src);
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString()));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < nameAndSource.length; i += 2) {
            Path f = src.resolve(nameAndSource[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, nameAndSource[i + 1]);
            files.add(f);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            if (!javac.getTask(log, fm, null, args, null, fm.getJavaFileObjectsFromPaths(files)).call()) {
                throw new IllegalStateException("javac failed:\n" + log);
            }
        }
        return out;
    }

    static Path aot(Path classes, String main, Path exe, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--root", root().toString(), "--cp", classes.toString(), "--main", main,
            "-o", exe.toString(), "-O1", "--work", exe.getParent().resolve(exe.getFileName() + ".c").toString()));
        args.addAll(List.of(extra));
        Main.compile(args.toArray(new String[0]));
        return exe;
    }

    /** Runs an executable; returns {exit status, stdout, stderr}. */
    static String[] run(Path exe, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(exe + " did not finish in 60 s");
        }
        return new String[] {Integer.toString(p.exitValue()), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8)};
    }
}
