package myos.aot;

import java.util.List;
import org.objectweb.asm.Opcodes;

/**
 * The JVM's arithmetic, conversion and comparison instructions (JVMS §6.5 iadd..lxor,
 * i2l..i2s, lcmp..dcmpg, the if* conditions) on boxed values, for the build-time
 * interpreter ({@link BuildTimeInit}). The host JVM's own operators have exactly these
 * semantics (wrapping, shift masking, IEEE 754 with round-to-nearest, saturating
 * float-to-int, NaN-aware comparisons), so each instruction is the Java operator; only
 * integer division by zero differs in kind: it is not evaluated here (the exception belongs
 * to run time).
 */
final class ConstantArith {
    private ConstantArith() {}

    /** iadd..lxor: pops the operands from {@code stack} and pushes the result. */
    static void binaryOrUnary(int op, List<Object> stack) throws BuildTimeInit.NotConstant {
        if (op >= Opcodes.INEG && op <= Opcodes.DNEG) {
            Object a = stack.remove(stack.size() - 1);
            switch (op) {
                case Opcodes.INEG: stack.add(-(Integer) a); return;
                case Opcodes.LNEG: stack.add(-(Long) a); return;
                case Opcodes.FNEG: stack.add(-(Float) a); return;
                default: stack.add(-(Double) a); return;
            }
        }
        Object b = stack.remove(stack.size() - 1), a = stack.remove(stack.size() - 1);
        if (op >= Opcodes.ISHL) {
            stack.add(bits(op, a, b));
            return;
        }
        int kind = (op - Opcodes.IADD) / 4; // 0 add, 1 sub, 2 mul, 3 div, 4 rem
        switch ((op - Opcodes.IADD) % 4) {  // int, long, float, double
            // The low 32 bits of the 64-bit result are the int result (MIN_VALUE / -1 included).
            case 0: stack.add((int) longs(kind, (Integer) a, (Integer) b)); return;
            case 1: stack.add(longs(kind, (Long) a, (Long) b)); return;
            // A float operation done in double and rounded to float gives the float result:
            // double rounding is innocuous for + - * / when p' >= 2p + 2 (53 >= 50), and
            // the remainder is exact in both formats (Figueroa, "When is double rounding innocuous?", 1995).
            case 2: stack.add((float) doubles(kind, (Float) a, (Float) b)); return;
            default: stack.add(doubles(kind, (Double) a, (Double) b));
        }
    }

    private static long longs(int kind, long a, long b) throws BuildTimeInit.NotConstant {
        if (kind >= 3 && b == 0) throw new BuildTimeInit.NotConstant("division by zero");
        switch (kind) {
            case 0: return a + b;
            case 1: return a - b;
            case 2: return a * b;
            case 3: return a / b;
            default: return a % b;
        }
    }

    private static double doubles(int kind, double a, double b) {
        switch (kind) {
            case 0: return a + b;
            case 1: return a - b;
            case 2: return a * b;
            case 3: return a / b;
            default: return a % b;
        }
    }

    /** ishl..lxor; the shift count is an int for both widths (JVMS §6.5 lshl). */
    private static Object bits(int op, Object a, Object b) {
        switch (op) {
            case Opcodes.ISHL: return (Integer) a << (Integer) b;
            case Opcodes.LSHL: return (Long) a << (Integer) b;
            case Opcodes.ISHR: return (Integer) a >> (Integer) b;
            case Opcodes.LSHR: return (Long) a >> (Integer) b;
            case Opcodes.IUSHR: return (Integer) a >>> (Integer) b;
            case Opcodes.LUSHR: return (Long) a >>> (Integer) b;
            case Opcodes.IAND: return (Integer) a & (Integer) b;
            case Opcodes.LAND: return (Long) a & (Long) b;
            case Opcodes.IOR: return (Integer) a | (Integer) b;
            case Opcodes.LOR: return (Long) a | (Long) b;
            case Opcodes.IXOR: return (Integer) a ^ (Integer) b;
            default: return (Long) a ^ (Long) b;
        }
    }

    /** i2l..i2s. */
    static Object convert(int op, Object v) {
        switch (op) {
            case Opcodes.I2L: return (long) (Integer) v;
            case Opcodes.I2F: return (float) (Integer) v;
            case Opcodes.I2D: return (double) (Integer) v;
            case Opcodes.L2I: return (int) (long) (Long) v;
            case Opcodes.L2F: return (float) (Long) v;
            case Opcodes.L2D: return (double) (Long) v;
            case Opcodes.F2I: return (int) (float) (Float) v;
            case Opcodes.F2L: return (long) (float) (Float) v;
            case Opcodes.F2D: return (double) (Float) v;
            case Opcodes.D2I: return (int) (double) (Double) v;
            case Opcodes.D2L: return (long) (double) (Double) v;
            case Opcodes.D2F: return (float) (double) (Double) v;
            case Opcodes.I2B: return (int) (byte) (int) (Integer) v;
            case Opcodes.I2C: return (int) (char) (int) (Integer) v;
            default: return (int) (short) (int) (Integer) v;
        }
    }

    /** lcmp, fcmpl, fcmpg, dcmpl, dcmpg: a NaN operand gives -1 for the *l forms, 1 for the *g forms. */
    static int compare(int op, Object a, Object b) {
        switch (op) {
            case Opcodes.LCMP: return Long.compare((Long) a, (Long) b);
            case Opcodes.FCMPL: case Opcodes.FCMPG: {
                float x = (Float) a, y = (Float) b;
                if (Float.isNaN(x) || Float.isNaN(y)) return op == Opcodes.FCMPG ? 1 : -1;
                return x < y ? -1 : x > y ? 1 : 0;
            }
            default: {
                double x = (Double) a, y = (Double) b;
                if (Double.isNaN(x) || Double.isNaN(y)) return op == Opcodes.DCMPG ? 1 : -1;
                return x < y ? -1 : x > y ? 1 : 0;
            }
        }
    }

    /** The condition of ifeq..ifle / if_icmpeq..if_icmple ({@code which} 0..5) on a comparison result. */
    static boolean test(int which, int cmp) {
        switch (which) {
            case 0: return cmp == 0;
            case 1: return cmp != 0;
            case 2: return cmp < 0;
            case 3: return cmp >= 0;
            case 4: return cmp > 0;
            default: return cmp <= 0;
        }
    }
}
