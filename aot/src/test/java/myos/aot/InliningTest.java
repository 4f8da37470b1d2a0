package myos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** The inlining decisions' measures (Inlining): bytecode size, throw paths, loops. */
@Tag("host")
class InliningTest implements Opcodes {
    private static MethodNode method() {
        MethodNode m = new MethodNode(ACC_STATIC, "m", "(Ljava/lang/Object;I)I", null, null);
        m.visitCode();
        return m;
    }

    /** The code length ASM writes for m (the offset of a label after the last instruction). */
    private static int written(MethodNode m) {
        m.visitLabel(new Label());
        m.visitMaxs(0, 0);
        m.visitEnd();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V1_6, ACC_PUBLIC, "T", null, "java/lang/Object", null);
        m.accept(cw);
        cw.visitEnd();
        cw.toByteArray();
        return ((LabelNode) m.instructions.getLast()).getLabel().getOffset();
    }

    @Test
    void bytecodeSizeIsTheCodeLengthJavacWrites() {
        MethodNode m = method();
        m.visitVarInsn(ALOAD, 0);                        // aload_0: 1
        m.visitFieldInsn(GETFIELD, "T", "f", "[B");      // 3
        m.visitInsn(ARRAYLENGTH);                        // 1
        m.visitVarInsn(ILOAD, 1);                        // iload_1: 1
        m.visitVarInsn(ISTORE, 7);                       // istore 7: 2
        m.visitVarInsn(ILOAD, 300);                      // wide iload: 4
        m.visitIincInsn(7, 1);                           // 3
        m.visitIincInsn(7, 1000);                        // wide iinc: 6
        m.visitIntInsn(BIPUSH, 100);                     // 2
        m.visitIntInsn(SIPUSH, 1000);                    // 3
        m.visitLdcInsn(123456);                          // ldc: 2
        m.visitLdcInsn(1234567890123L);                  // ldc2_w: 3
        m.visitInsn(POP2);
        m.visitMethodInsn(INVOKEINTERFACE, "I", "x", "(I)I", true);   // 5
        m.visitMethodInsn(INVOKESTATIC, "T", "y", "(II)I", false);     // 3
        m.visitTypeInsn(NEW, "T");                       // 3
        Label l = new Label();
        m.visitJumpInsn(IFNULL, l);                      // 3
        m.visitLabel(l);
        m.visitInsn(IRETURN);                            // 1
        int estimate = Inlining.bytecodeSize(m.instructions);
        assertEquals(written(m), estimate);
    }

    @Test
    void stringLengthIsElevenBytes() {
        MethodNode m = method();
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, "java/lang/String", "value", "[B");
        m.visitInsn(ARRAYLENGTH);
        m.visitVarInsn(ALOAD, 0);
        m.visitFieldInsn(GETFIELD, "java/lang/String", "coder", "B");
        m.visitInsn(ISHR);
        m.visitInsn(IRETURN);
        assertEquals(11, Inlining.bytecodeSize(m.instructions));
    }

    private static int indexOfCall(InsnList insns, String name) {
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode n = insns.get(i);
            if (n instanceof MethodInsnNode mi && mi.name.equals(name)) return i;
        }
        throw new AssertionError(name);
    }

    @Test
    void callsThatOnlyLeadToAThrowAreCold() {
        // if (i < 0) throw new E(msg(i)); return use(i);
        MethodNode m = method();
        Label ok = new Label();
        m.visitVarInsn(ILOAD, 1);
        m.visitJumpInsn(IFGE, ok);
        m.visitTypeInsn(NEW, "E");
        m.visitInsn(DUP);
        m.visitVarInsn(ILOAD, 1);
        m.visitMethodInsn(INVOKESTATIC, "T", "msg", "(I)Ljava/lang/String;", false);
        m.visitMethodInsn(INVOKESPECIAL, "E", "<init>", "(Ljava/lang/String;)V", false);
        m.visitInsn(ATHROW);
        m.visitLabel(ok);
        m.visitVarInsn(ILOAD, 1);
        m.visitMethodInsn(INVOKESTATIC, "T", "use", "(I)I", false);
        m.visitInsn(IRETURN);
        InsnList insns = m.instructions;
        assertTrue(Inlining.throwPath(insns, indexOfCall(insns, "msg")));
        assertTrue(Inlining.throwPath(insns, indexOfCall(insns, "<init>")));
        assertFalse(Inlining.throwPath(insns, indexOfCall(insns, "use")));
    }

    @Test
    void loopsRunFromTheBackEdgeTargetToTheBackEdge() {
        // before(); for (;;) { if (body(i) == 0) break; } after();
        MethodNode m = method();
        Label top = new Label(), out = new Label();
        m.visitMethodInsn(INVOKESTATIC, "T", "before", "()V", false);
        m.visitLabel(top);
        m.visitVarInsn(ILOAD, 1);
        m.visitMethodInsn(INVOKESTATIC, "T", "body", "(I)I", false);
        m.visitJumpInsn(IFEQ, out);
        m.visitJumpInsn(GOTO, top);
        m.visitLabel(out);
        m.visitMethodInsn(INVOKESTATIC, "T", "after", "()V", false);
        m.visitInsn(ICONST_0);
        m.visitInsn(IRETURN);
        InsnList insns = m.instructions;
        BitSet loops = Inlining.loops(insns);
        assertFalse(loops.get(indexOfCall(insns, "before")));
        assertTrue(loops.get(indexOfCall(insns, "body")));
        assertFalse(loops.get(indexOfCall(insns, "after")));
    }
}
