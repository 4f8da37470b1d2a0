package myos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The names the frame table and the kernel's symbol table give to code: the compiler's C
 * names (Names.method) read back as Java class and method names, and the SourceFile a class
 * is assumed to have when the table stores none.
 */
@Tag("host")
class FrameNamesTest {
    private static String back(String owner, String name, String desc) {
        return ElfDebugInfo.demangle(Names.method(owner, name, desc));
    }

    @Test
    void cNamesReadBackAsJavaNames() {
        assertEquals("java.lang.Object.hashCode", back("java/lang/Object", "hashCode", "()I"));
        assertEquals("corpus.lang.trace.TraceFrames$Widget.<init>", back("corpus/lang/trace/TraceFrames$Widget", "<init>", "(I)V"));
        assertEquals("app.Main.<clinit>", back("app/Main", "<clinit>", "()V"));
        assertEquals("app.Main.lambda$main$0", back("app/Main", "lambda$main$0", "([Ljava/lang/String;)I"));
        assertEquals("my_pkg.Under_score.get_value", back("my_pkg/Under_score", "get_value", "(J[[D)Ljava/lang/String;"));
        assertEquals("Top.m", back("Top", "m", "()V"));
        assertEquals("rt_init_begin", ElfDebugInfo.demangle("rt_init_begin"));
        // an inline copy (Inlining.copyName) is named "I" + the method's C name: the same frame
        assertEquals("java.lang.String.charAt", ElfDebugInfo.demangle("I" + Names.method("java/lang/String", "charAt", "(I)C")));
    }

    @Test
    void sourceFileOfAClassIsItsOutermostClassName() {
        assertEquals("TraceFrames.java", FrameTableBuilder.derivedFile("corpus.lang.trace.TraceFrames$Widget"));
        assertEquals("Hello.java", FrameTableBuilder.derivedFile("Hello"));
        assertEquals("String.java", FrameTableBuilder.derivedFile("java.lang.String"));
    }
}
