package myos.aot;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles the target library (runtime + class library) with javac --system none as the
 * module java.base (docs/abi.md), cached by the content of its sources.
 */
final class LibBuilder {
    private LibBuilder() {}

    static List<String> sourceRoots(String target) {
        String t = target.equals("kernel") ? "kernel" : "linux";
        return List.of("rt/src/api/java", "rt/src/main/java", "rt/src/" + t + "/java", "classlib/src/main/java", "classlib/src/portable/java");
    }

    static Path build(Path root, String target) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String r : sourceRoots(target)) {
            Path d = root.resolve(r);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                files.addAll(s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList()));
            }
        }
        String hash = hash(root, files);
        Path out = root.resolve("build/lib/" + target + "-" + hash);
        if (Files.isDirectory(out.resolve("java/lang"))) return out;
        Path tmp = root.resolve("build/lib/tmp-" + target + "-" + ProcessHandle.current().pid());
        deleteTree(tmp);
        Files.createDirectories(tmp);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--system", "none", "-source", "17", "-target", "17",
            "-XDstringConcat=inline", "-encoding", "UTF-8", "-nowarn", "-Xlint:none", "-g", "-d", tmp.toString()));
        StringWriter log = new StringWriter();
        boolean ok;
        try (javax.tools.StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            ok = javac.getTask(log, fm, null, args, null, fm.getJavaFileObjectsFromPaths(files)).call();
        }
        if (!ok) throw new BuildError("the class library does not compile:\n" + log);
        Files.createDirectories(out.getParent());
        try {
            Files.move(tmp, out);
        } catch (IOException e) {
            deleteTree(tmp); // another build won the race; its output is identical
        }
        return out;
    }

    private static String hash(Path root, List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                md.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
            StringBuilder b = new StringBuilder();
            for (byte x : md.digest()) b.append(String.format("%02x", x));
            return b.substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) Files.delete(x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
