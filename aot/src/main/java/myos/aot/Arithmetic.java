package myos.aot;

import org.objectweb.asm.Opcodes;

/**
 * Arithmetic, conversion and comparison instructions with exact Java semantics (JLS §15,
 * JVMS §6.5): wrapping int/long arithmetic (done in unsigned C arithmetic, never UB),
 * shift counts masked, division by zero and MIN_VALUE / -1 handled explicitly, float to
 * integer conversion saturating with NaN giving 0, and NaN-aware comparisons.
 */
final class Arithmetic {
    private final MethodCompiler mc;

    Arithmetic(MethodCompiler mc) {
        this.mc = mc;
    }

    private String a(int fromTop) { return mc.stackVar(mc.frame().getStackSize() - 1 - fromTop); }

    void emit(int op, int d) {
        switch (op) {
            case Opcodes.IADD: bin(d, 'i', "(jint)((uint32_t)%s + (uint32_t)%s)"); return;
            case Opcodes.ISUB: bin(d, 'i', "(jint)((uint32_t)%s - (uint32_t)%s)"); return;
            case Opcodes.IMUL: bin(d, 'i', "(jint)((uint32_t)%s * (uint32_t)%s)"); return;
            case Opcodes.LADD: bin(d, 'j', "(jlong)((uint64_t)%s + (uint64_t)%s)"); return;
            case Opcodes.LSUB: bin(d, 'j', "(jlong)((uint64_t)%s - (uint64_t)%s)"); return;
            case Opcodes.LMUL: bin(d, 'j', "(jlong)((uint64_t)%s * (uint64_t)%s)"); return;
            case Opcodes.FADD: bin(d, 'f', "%s + %s"); return;
            case Opcodes.FSUB: bin(d, 'f', "%s - %s"); return;
            case Opcodes.FMUL: bin(d, 'f', "%s * %s"); return;
            case Opcodes.FDIV: bin(d, 'f', "%s / %s"); return;
            case Opcodes.DADD: bin(d, 'd', "%s + %s"); return;
            case Opcodes.DSUB: bin(d, 'd', "%s - %s"); return;
            case Opcodes.DMUL: bin(d, 'd', "%s * %s"); return;
            case Opcodes.DDIV: bin(d, 'd', "%s / %s"); return;
            case Opcodes.FREM: bin(d, 'f', "rt_fremf(%s, %s)"); return;
            case Opcodes.DREM: bin(d, 'd', "rt_frem(%s, %s)"); return;
            case Opcodes.IDIV: div(d, 'i', "rt_idiv"); return;
            case Opcodes.IREM: div(d, 'i', "rt_irem"); return;
            case Opcodes.LDIV: div(d, 'j', "rt_ldiv"); return;
            case Opcodes.LREM: div(d, 'j', "rt_lrem"); return;
            case Opcodes.INEG: un(d, 'i', "(jint)(0u - (uint32_t)%s)"); return;
            case Opcodes.LNEG: un(d, 'j', "(jlong)(0ull - (uint64_t)%s)"); return;
            case Opcodes.FNEG: un(d, 'f', "-%s"); return;
            case Opcodes.DNEG: un(d, 'd', "-%s"); return;
            case Opcodes.ISHL: bin(d, 'i', "(jint)((uint32_t)%s << (%s & 31))"); return;
            case Opcodes.ISHR: bin(d, 'i', "(%s >> (%s & 31))"); return;
            case Opcodes.IUSHR: bin(d, 'i', "(jint)((uint32_t)%s >> (%s & 31))"); return;
            case Opcodes.LSHL: bin(d, 'j', "(jlong)((uint64_t)%s << (%s & 63))"); return;
            case Opcodes.LSHR: bin(d, 'j', "(%s >> (%s & 63))"); return;
            case Opcodes.LUSHR: bin(d, 'j', "(jlong)((uint64_t)%s >> (%s & 63))"); return;
            case Opcodes.IAND: case Opcodes.LAND: bin(d, op == Opcodes.IAND ? 'i' : 'j', "(%s & %s)"); return;
            case Opcodes.IOR: case Opcodes.LOR: bin(d, op == Opcodes.IOR ? 'i' : 'j', "(%s | %s)"); return;
            case Opcodes.IXOR: case Opcodes.LXOR: bin(d, op == Opcodes.IXOR ? 'i' : 'j', "(%s ^ %s)"); return;
            case Opcodes.I2L: un(d, 'j', "(jlong)%s"); return;
            case Opcodes.I2F: un(d, 'f', "(jfloat)%s"); return;
            case Opcodes.I2D: un(d, 'd', "(jdouble)%s"); return;
            case Opcodes.L2I: un(d, 'i', "(jint)(uint32_t)(uint64_t)%s"); return;
            case Opcodes.L2F: un(d, 'f', "(jfloat)%s"); return;
            case Opcodes.L2D: un(d, 'd', "(jdouble)%s"); return;
            case Opcodes.F2I: un(d, 'i', "rt_f2i(%s)"); return;
            case Opcodes.F2L: un(d, 'j', "rt_f2l(%s)"); return;
            case Opcodes.F2D: un(d, 'd', "(jdouble)%s"); return;
            case Opcodes.D2I: un(d, 'i', "rt_d2i(%s)"); return;
            case Opcodes.D2L: un(d, 'j', "rt_d2l(%s)"); return;
            case Opcodes.D2F: un(d, 'f', "(jfloat)%s"); return;
            case Opcodes.I2B: un(d, 'i', "(jint)(int8_t)%s"); return;
            case Opcodes.I2C: un(d, 'i', "(jint)(uint16_t)%s"); return;
            case Opcodes.I2S: un(d, 'i', "(jint)(int16_t)%s"); return;
            case Opcodes.LCMP: bin(d, 'i', "rt_lcmp(%s, %s)"); return;
            case Opcodes.FCMPL: case Opcodes.DCMPL: bin(d, 'i', "rt_fcmpl(%s, %s)"); return;
            case Opcodes.FCMPG: case Opcodes.DCMPG: bin(d, 'i', "rt_fcmpg(%s, %s)"); return;
            default: throw new BuildError(mc.site() + ": unsupported opcode " + op);
        }
    }

    private void bin(int d, char k, String fmt) {
        String x = a(1), y = a(0);
        mc.line(mc.pushVar(d - 2, k) + " = " + String.format(fmt, x, y) + ";");
    }

    private void un(int d, char k, String fmt) {
        String x = a(0);
        mc.line(mc.pushVar(d - 1, k) + " = " + String.format(fmt, x) + ";");
    }

    /** Integer division: ArithmeticException("/ by zero") for a zero divisor (JLS §15.17.2). */
    private void div(int d, char k, String fn) {
        String x = a(1), y = a(0);
        mc.line("if (__builtin_expect(" + y + " == 0, 0)) { " + mc.program().implicitThrow(mc.method(), "arithmeticDivByZero", "()V")
            + "(); goto " + mc.excLabel() + "; }");
        mc.line(mc.pushVar(d - 2, k) + " = " + fn + "(" + x + ", " + y + ");");
    }
}
