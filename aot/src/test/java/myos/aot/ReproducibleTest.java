package myos.aot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same sources, same executable: across build directories and with cold object caches. */
@Tag("host")
class ReproducibleTest {
    @TempDir
    Path dir;

    @Test
    void twoColdBuildsInDifferentDirectoriesAreByteIdentical() throws Exception {
        Path classes = TestSupport.javac(dir, "Hello.java",
            "public class Hello { public static void main(String[] a) { System.out.println(\"same \" + a.length); } }\n");
        byte[][] exes = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path d = dir.resolve("build" + i + "/nested" + i);
            Files.createDirectories(d);
            Path exe = TestSupport.aot(classes, "Hello", d.resolve("hello"), "--cache", d.resolve("cache").toString());
            exes[i] = Files.readAllBytes(exe);
        }
        assertArrayEquals(exes[0], exes[1]);
    }
}
