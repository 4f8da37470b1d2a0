package myos.kernel.fs.ext2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The ext2 code and the fs interfaces are compiled into the kernel by aot, so they may
 * import only java.util collections and other myos.kernel.fs classes (DESIGN.md §7: a test
 * fails the build when a forbidden import appears), and must not use reflection, streams
 * or lambdas.
 */
@Tag("host")
class PortabilityTest {
    static final String[] ALLOWED = {"java.util.List", "java.util.ArrayList", "myos.kernel.fs."};
    static final String[] FORBIDDEN_TEXT = {"java.lang.reflect", ".stream(", "->", "::", "Charset", "getBytes("};

    @Test
    void onlyPortableApisAreUsed() throws IOException {
        Path src = Paths.get("src/main/java/myos/kernel/fs");
        assertTrue(Files.isDirectory(src), "run from the kernel module: " + src.toAbsolutePath());
        List<String> problems = new ArrayList<String>();
        int files = 0;
        try (Stream<Path> all = Files.walk(src)) {
            for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".java"))::iterator) {
                files++;
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    // String literals may say anything; only code is checked.
                    String l = lines.get(i).trim().replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
                    if (l.startsWith("import ") && !allowed(l.substring(7).replace(";", "").replace("static ", "").trim())) {
                        problems.add(p + ":" + (i + 1) + ": " + l);
                    }
                    if (!l.startsWith("*") && !l.startsWith("//") && !l.startsWith("/*")) {
                        for (String bad : FORBIDDEN_TEXT) {
                            if (l.contains(bad)) {
                                problems.add(p + ":" + (i + 1) + ": uses " + bad);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(files >= 12, "found the sources");
        assertEquals(new ArrayList<String>(), problems);
    }

    private static boolean allowed(String imported) {
        for (String a : ALLOWED) {
            if (imported.equals(a) || (a.endsWith(".") && imported.startsWith(a))) {
                return true;
            }
        }
        return false;
    }
}
