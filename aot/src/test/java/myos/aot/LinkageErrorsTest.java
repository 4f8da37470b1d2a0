package myos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class files compiled apart: a class that no longer implements an interface method or an
 * abstract method of its superclass, one that inherits two default methods, one whose default
 * a more specific interface re-abstracts, and one with a default beside an unrelated abstract
 * declaration, are called through their interfaces / superclass (JVMS §5.4.3.3, §5.4.6). JDK 25 throws AbstractMethodError and
 * IncompatibleClassChangeError at the call (JVMS §6.5 invokeinterface/invokevirtual); the
 * native executable must print the same (aot LinkageStubs), not stop.
 */
@Tag("host")
class LinkageErrorsTest {
    @TempDir
    Path dir;

    private static final String MAIN = """
        public class Main {
            public static void main(String[] a) {
                Object[] receivers = {new K(), new L()};
                for (Object o : receivers) {
                    try { ((I) o).m(); } catch (Throwable t) { System.out.println(t); }
                    try { System.out.println(((I) o).m2(1, "x")); } catch (Throwable t) { System.out.println(t); }
                    try { System.out.println(((A) o).n(3, null)); } catch (Throwable t) { System.out.println(t); }
                    try { System.out.println(((I) o).d()); } catch (Throwable t) { System.out.println(t); }
                    try { System.out.println(((J) o).d()); } catch (Throwable t) { System.out.println(t); }
                    try { System.out.println(((A) o).ok()); } catch (Throwable t) { System.out.println(t); }
                    try { System.out.println(((P) o).r()); } catch (Throwable t) { System.out.println(t); }
                    try { System.out.println(((S1) o).s()); } catch (Throwable t) { System.out.println(t); }
                    try { System.out.println(((S2) o).s()); } catch (Throwable t) { System.out.println(t); }
                }
            }
        }
        """;

    @Test
    void missingAndConflictingImplementationsThrowAsOnTheJvm() throws Exception {
        // Version 2 of the library: the methods the program calls exist and K/L implement them.
        Path v2 = TestSupport.javac(dir.resolve("v2"),
            "I.java", "public interface I { void m(); int m2(int a, String b); default String d() { return \"I.d\"; } }",
            "J.java", "public interface J { default String d() { return \"J.d\"; } }",
            "A.java", "public abstract class A { abstract long n(long x, String s); String ok() { return \"A.ok\"; } }",
            "P.java", "public interface P { default String r() { return \"P.r\"; } }",
            "Q.java", "public interface Q extends P { String r(); }",               // re-abstracts P.r
            "S1.java", "public interface S1 { default String s() { return \"S1.s\"; } }",
            "S2.java", "public interface S2 { String s(); }",                        // abstract beside the default
            "K.java", "public class K extends A implements J, I, Q, S1, S2 { public void m() {} public int m2(int a, String b) { return 2; }"
                + " long n(long x, String s) { return x; } public String d() { return \"K.d\"; } public String r() { return \"K.r\"; }"
                + " public String s() { return \"K.s\"; } }",
            "L.java", "public class L extends K { }",
            "Main.java", MAIN);
        // Version 1 of K and L, compiled against the old library where I, J and A were empty.
        Path v1 = TestSupport.javac(dir.resolve("v1"),
            "I.java", "public interface I { }",
            "J.java", "public interface J { }",
            "A.java", "public abstract class A { String ok() { return \"A.ok\"; } }",
            "P.java", "public interface P { default String r() { return \"P.r\"; } }",
            "Q.java", "public interface Q extends P { }",
            "S1.java", "public interface S1 { default String s() { return \"S1.s\"; } }",
            "S2.java", "public interface S2 { }",
            "K.java", "public class K extends A implements J, I, Q, S1, S2 { }",
            "L.java", "public class L extends K { }");
        for (String c : new String[] {"K.class", "L.class"}) Files.copy(v1.resolve(c), v2.resolve(c), StandardCopyOption.REPLACE_EXISTING);

        Process jvm = new ProcessBuilder(myos.aot.diff.DifferentialCorpus.findJdk25().resolve("bin/java").toString(),
            "-cp", v2.toString(), "Main").redirectErrorStream(true).start();
        String expected = new String(jvm.getInputStream().readAllBytes());
        assertEquals(0, jvm.waitFor());

        Path exe = TestSupport.aot(v2, "Main", dir.resolve("main"));
        String[] r = TestSupport.run(exe);
        assertEquals(expected, r[1] + r[2]);
        assertEquals("0", r[0]);
    }
}
