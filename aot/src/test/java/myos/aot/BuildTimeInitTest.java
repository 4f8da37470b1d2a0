package myos.aot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-time interpreter of static initialisers: which classes it takes, and the values it computes. */
@Tag("host")
class BuildTimeInitTest {
    @TempDir
    static Path dir;
    static World world;
    static BuildTimeInit init;

    @BeforeAll
    static void interpret() throws Exception {
        Path classes = TestSupport.javac(dir,
            "t/Shuffles.java", """
                package t;
                public class Shuffles {
                    static long[] L = new long[4];
                    static double d;
                    static int i, sw1, sw2, nanl, nang;
                    static byte b;
                    static {
                        long x = 5;
                        L[0] = L[1] = x;            // dup2_x2 on a long (array store of a long kept on the stack)
                        long[] a = L;
                        a[2] += 7;                   // dup2 + laload/lastore
                        int[] k = {1, 2};
                        k[1] += 3;                   // dup2 on two ints, iaload
                        i = k[1]++ * 10 + k[1];      // dup_x2 on an int
                        d = 1.0 / 0.0;
                        float nan = 0.0f / 0.0f;
                        nanl = nan < 1 ? 1 : 0;      // fcmpg: false
                        nang = nan > 1 ? 1 : 0;      // fcmpl: false
                        sw1 = sw(2) + sw(9);
                        sw2 = lsw(1000) + lsw(-5);
                        b = (byte) (i * 37);
                    }
                    static int sw(int v) { switch (v) { case 1: return 10; case 2: return 20; case 3: return 30; default: return -1; } }
                    static int lsw(int v) { switch (v) { case -5: return 1; case 1000: return 2; default: return 0; } }
                }
                """,
            "t/Loops.java", """
                package t;
                public class Loops {
                    static int x;
                    static { for (int i = 0; i < 100_000_000; i++) x ^= i; }   // far beyond the step limit
                }
                """,
            "t/Handler.java", """
                package t;
                public class Handler {
                    static int x;
                    static { try { x = 1; } catch (RuntimeException e) { x = 2; } }
                }
                """,
            "t/Big.java", """
                package t;
                public class Big {
                    static final long[] T = new long[1 << 14];
                }
                """,
            "t/Uses.java", """
                package t;
                public class Uses {
                    static final int N = Shuffles.i + 1;     // not final in Shuffles: stays lazy
                }
                """);
        world = new World(new ClassPath(List.of(LibBuilder.build(TestSupport.root(), "linux")), List.of(classes)));
        init = new BuildTimeInit(world, false);
        init.run(List.of(world.load("t/Shuffles", "test"), world.load("t/Loops", "test"), world.load("t/Handler", "test"),
            world.load("t/Big", "test"), world.load("t/Uses", "test")));
    }

    private static Object value(String cls, String field) {
        return init.value(world.load(cls, "test").fields.get(field));
    }

    @Test
    void stackShufflesArithmeticAndSwitchesAsTheJvm() {
        assertTrue(init.done(world.load("t/Shuffles", "test")));
        assertArrayEquals(new long[] {5, 5, 7, 0}, (long[]) value("t/Shuffles", "L"));
        assertEquals(56, value("t/Shuffles", "i"));              // 5*10 + 6
        assertEquals(Double.POSITIVE_INFINITY, value("t/Shuffles", "d"));
        assertEquals(0, value("t/Shuffles", "nanl"));
        assertEquals(0, value("t/Shuffles", "nang"));
        assertEquals(19, value("t/Shuffles", "sw1"));
        assertEquals(3, value("t/Shuffles", "sw2"));
        assertEquals((int) (byte) (56 * 37), value("t/Shuffles", "b"));
    }

    @Test
    void whatCannotRunAtBuildTimeStaysLazy() {
        assertFalse(init.done(world.load("t/Loops", "test")), "a long loop stops at the step limit");
        assertFalse(init.done(world.load("t/Handler", "test")), "exception handlers");
        assertFalse(init.done(world.load("t/Big", "test")), "a table beyond the size limit");
        assertFalse(init.done(world.load("t/Uses", "test")), "reads a non-final static of another class");
    }

    /** float arithmetic evaluated through double (ConstantArith) must give the float operator's bits. */
    @Test
    void floatArithmeticThroughDoubleIsExact() throws Exception {
        java.util.Random r = new java.util.Random(25);
        float[] edge = {0f, -0f, 1f, -1f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1f / 3, 0.1f, 16777217f, 3e-39f};
        for (int n = 0; n < 400_000; n++) {
            float a = n < 256 ? edge[n % 16] : Float.intBitsToFloat(r.nextInt());
            float b = n < 256 ? edge[n / 16] : r.nextInt(4) == 0 ? edge[r.nextInt(16)] : Float.intBitsToFloat(r.nextInt());
            float[] expect = {a + b, a - b, a * b, a / b, a % b};
            for (int k = 0; k < 5; k++) {
                List<Object> stack = new java.util.ArrayList<>(List.of(a, b));
                ConstantArith.binaryOrUnary(org.objectweb.asm.Opcodes.FADD + 4 * k, stack);
                float got = (Float) stack.get(0);
                assertEquals(Float.floatToIntBits(expect[k]), Float.floatToIntBits(got), a + " op" + k + " " + b);
            }
        }
    }

    /** int arithmetic evaluated through long must give the int operator's result, overflow and MIN_VALUE / -1 included. */
    @Test
    void intArithmeticThroughLongWraps() throws Exception {
        java.util.Random r = new java.util.Random(17);
        int[] edge = {0, 1, -1, 2, Integer.MIN_VALUE, Integer.MAX_VALUE, 46341, -46341};
        for (int n = 0; n < 200_000; n++) {
            int a = n < 64 ? edge[n % 8] : r.nextInt();
            int b = n < 64 ? edge[n / 8] : r.nextInt(3) == 0 ? edge[r.nextInt(8)] : r.nextInt();
            for (int k = 0; k < 5; k++) {
                if (k >= 3 && b == 0) continue;
                int expect = k == 0 ? a + b : k == 1 ? a - b : k == 2 ? a * b : k == 3 ? a / b : a % b;
                List<Object> stack = new java.util.ArrayList<>(List.of(a, b));
                ConstantArith.binaryOrUnary(org.objectweb.asm.Opcodes.IADD + 4 * k, stack);
                assertEquals(expect, stack.get(0), a + " op" + k + " " + b);
            }
        }
    }
}
