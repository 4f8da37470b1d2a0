package myos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the compiler refuses, and how it says so (DESIGN.md §1: a build error names the site). */
@Tag("host")
class CompilerErrorsTest {
    @TempDir
    Path dir;

    @Test
    void missingLibraryMemberNamesTheMemberAndTheSite() throws Exception {
        Path classes = TestSupport.javac(dir, "app/UsesMissing.java",
            "package app;\n"
            + "public class UsesMissing {\n"
            + "    public static void main(String[] args) {\n"
            + "        java.util.concurrent.atomic.LongAdder a = new java.util.concurrent.atomic.LongAdder();\n"
            + "        System.out.println(a);\n"
            + "    }\n"
            + "}\n");
        BuildError e = assertThrows(BuildError.class, () -> TestSupport.aot(classes, "app.UsesMissing", dir.resolve("x")));
        assertTrue(e.getMessage().contains("java.util.concurrent.atomic.LongAdder"), e.getMessage());
        assertTrue(e.getMessage().contains("app.UsesMissing.main([Ljava/lang/String;)V (UsesMissing.java:4)"), e.getMessage());
    }

    @Test
    void rawMemoryIntrinsicsAreReservedForTheRuntime() throws Exception {
        Path classes = TestSupport.javac(dir, "app/Peek.java",
            "package app;\n"
            + "public class Peek {\n"
            + "    public static void main(String[] args) {\n"
            + "        System.out.println(myos.rt.Mem.load64(0));\n"
            + "    }\n"
            + "}\n",
            "myos/rt/Mem.java",
            "package myos.rt;\npublic final class Mem { public static native long load64(long a); }\n");
        BuildError e = assertThrows(BuildError.class, () -> TestSupport.aot(classes, "app.Peek", dir.resolve("x")));
        assertTrue(e.getMessage().contains("myos.rt.Mem.load64 is an intrinsic reserved"), e.getMessage());
    }

    @Test
    void noAllocationIsCheckedThroughTheCallGraph() throws Exception {
        Path classes = TestSupport.javac(dir, "app/Irq.java",
            "package app;\n"
            + "import myos.rt.NoAllocation;\n"
            + "public class Irq {\n"
            + "    static int count;\n"
            + "    @NoAllocation(reason = \"runs with interrupts off\")\n"
            + "    static void handle(int v) { count += v; log(v); }\n"
            + "    static void log(int v) { String s = \"irq \" + v; }\n"
            + "    public static void main(String[] args) { handle(args.length); }\n"
            + "}\n",
            "myos/rt/NoAllocation.java",
            "package myos.rt;\npublic @interface NoAllocation { String reason(); }\n");
        BuildError e = assertThrows(BuildError.class, () -> TestSupport.aot(classes, "app.Irq", dir.resolve("x")));
        assertTrue(e.getMessage().contains("app.Irq.handle(I)V is @NoAllocation but through app.Irq.handle(I)V (Irq.java:6)"), e.getMessage());
        // the string concatenation on line 7 allocates its result (aot ConcatClass)
        assertTrue(e.getMessage().contains("app.Irq.log(I)V (Irq.java:7) -> app.Irq$$Concat$1.concat(I)Ljava/lang/String;"), e.getMessage());
        assertTrue(e.getMessage().contains("an array allocation"), e.getMessage());
    }

    @Test
    void helloWorldRuns() throws Exception {
        Path classes = TestSupport.javac(dir, "Hello.java",
            "public class Hello { public static void main(String[] a) { System.out.println(\"Hello, MyOS2026!\"); } }\n");
        Path exe = TestSupport.aot(classes, "Hello", dir.resolve("hello"));
        String[] r = TestSupport.run(exe);
        assertEquals("0", r[0], r[2]);
        assertEquals("Hello, MyOS2026!\n", r[1]);
        assertEquals("", r[2]);
    }

    /** DESIGN.md §1: the kernel has no lazy class initialisation, so an initialiser that cannot run at build time is an error. */
    @Test
    void kernelStaticInitialiserThatCannotRunAtBuildTimeIsAnError() throws Exception {
        Path classes = TestSupport.javac(dir, "app/Clock.java",
            "package app;\n"
            + "public class Clock {\n"
            + "    static final long BOOT = System.nanoTime();\n"
            + "    static final int[] TABLE = {1, 2, 3};\n"
            + "    public static void main(String[] args) { System.out.println(BOOT + TABLE[0]); }\n"
            + "}\n");
        BuildError e = assertThrows(BuildError.class,
            () -> TestSupport.aot(classes, "app.Clock", dir.resolve("x"), "--target", "kernel"));
        assertTrue(e.getMessage().contains("kernel class app.Clock needs initialisation at run time (calls "), e.getMessage());
    }
}
