package myos.aot.diff;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus (see {@link DifferentialCorpus}): one dynamic test per program and
 * per GC-stress run, each comparing the native executable's stdout, stderr and exit status
 * with HotSpot's (JDK 25). A missing JDK 25 fails the test; it is never skipped.
 */
@Tag("host")
class DifferentialCorpusTest {
    @TestFactory
    Stream<DynamicTest> corpus() throws Exception {
        return DifferentialCorpus.dynamicTests();
    }
}
