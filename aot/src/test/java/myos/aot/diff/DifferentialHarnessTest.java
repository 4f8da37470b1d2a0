package myos.aot.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The differential harness itself, without the aot compiler: discovery, the dispatchers, the
 * frame normalisation of stderr, the readable diff, and that the whole corpus compiles with
 * javac --release 17 and runs through its dispatcher on JDK 25.
 */
@Tag("host")
class DifferentialHarnessTest {
    @Test
    void framesAreComparedApartAndUserFramesExactly() {
        String jvm = "Exception in thread \"main\" java.lang.IllegalStateException: boom\n"
                + "\tat corpus.X.f(X.java:3)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\nCaused by: x\n\t... 1 more\n"
                + "\tSuppressed: y\n\t\tat corpus.X.g(X.java:7)\n\t\t... 2 more\n";
        assertEquals("Exception in thread \"main\" java.lang.IllegalStateException: boom\nCaused by: x\n\tSuppressed: y\n",
                DifferentialCorpus.normaliseFrames(jvm));
        assertEquals("no frames\n", DifferentialCorpus.normaliseFrames("no frames\n"));
        assertEquals("x at y\n", DifferentialCorpus.normaliseFrames("x at y\n\tat z"));
        assertEquals(List.of("\tat corpus.X.f(X.java:3)\n", "\t\tat corpus.X.g(X.java:7)\n"), DifferentialCorpus.userFrames(jvm));
        String ours = "\tat corpus.X.f(X.java:3)\n\tat java.lang.Thread.run(Thread.java:120)\n\tat myos.rt.Start.main(Start.java:1)\n"
                + "\t\tat corpus.X.g(X.java:7)\n";
        assertEquals(DifferentialCorpus.userFrames(jvm), DifferentialCorpus.userFrames(ours));
        DifferentialCorpus.Program p = new DifferentialCorpus.Program("corpus.X", Path.of("X.java"), List.of(), null, false);
        String wrongLine = DifferentialCorpus.compare(p, "", new DifferentialCorpus.Outcome(1, "", jvm, null),
                new DifferentialCorpus.Outcome(1, "", jvm.replace("X.java:3", "X.java:4"), null));
        assertNotNull(wrongLine);
        assertTrue(wrongLine.contains("frames of the program's own classes"), wrongLine);
    }

    @Test
    void diffShowsFirstDifferenceAndMissingNewline() {
        DifferentialCorpus.Program p = new DifferentialCorpus.Program("corpus.X", Path.of("X.java"), List.of(), null, false);
        DifferentialCorpus.Outcome jvm = new DifferentialCorpus.Outcome(0, "a\nb\nc\n", "", null);
        assertNull(DifferentialCorpus.compare(p, "", jvm, new DifferentialCorpus.Outcome(0, "a\nb\nc\n", "", null)));
        String f = DifferentialCorpus.compare(p, "", jvm, new DifferentialCorpus.Outcome(1, "a\nB\nc", "oops\n", null));
        assertNotNull(f);
        assertTrue(f.contains("exit status: JVM 0, native 1"), f);
        assertTrue(f.contains("stdout differs at line 2"), f);
        assertTrue(f.contains("  - b\n") && f.contains("  + B\n"), f);
        assertTrue(f.contains("<no newline at end>"), f);
        assertTrue(f.contains("stderr differs at line 1"), f);
        String sig = DifferentialCorpus.compare(p, "", jvm, new DifferentialCorpus.Outcome(139, "a\nb\nc\n", "", null));
        assertTrue(sig.contains("(signal 11)"), sig);
    }

    @Test
    void corpusCompilesAndRunsThroughItsDispatcherOnJdk25() throws Exception {
        DifferentialCorpus c = new DifferentialCorpus(DifferentialCorpus.findRoot());
        List<Path> sources = c.sources();
        List<DifferentialCorpus.Program> programs = c.programs(sources);
        if (System.getenv("MYOS_CORPUS_FILTER") == null) {
            assertTrue(programs.size() >= 80, "the corpus must hold at least 80 programs, found " + programs.size());
        }
        Map<Integer, List<DifferentialCorpus.Program>> groups = new TreeMap<>();
        for (DifferentialCorpus.Program p : programs) groups.computeIfAbsent(p.group, g -> new ArrayList<>()).add(p);
        c.compileCorpus(sources, groups);
        for (int g : groups.keySet()) {
            assertTrue(Files.isRegularFile(c.classesDir.resolve("corpus/Run" + g + ".class")), "dispatcher " + g);
        }
        // One program end to end on HotSpot through the dispatcher: arguments and exit status.
        DifferentialCorpus.Program args = programs.stream().filter(p -> p.className.equals("corpus.lang.misc.Args")).findFirst().orElse(null);
        if (args != null) {
            DifferentialCorpus.Outcome o = c.runJvm(args);
            assertEquals(0, o.exit, o.stderr);
            assertTrue(o.stdout.startsWith("count " + args.args.size() + "\n"), o.stdout);
        }
    }
}
