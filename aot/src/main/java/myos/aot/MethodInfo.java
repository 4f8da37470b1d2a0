package myos.aot;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/** A method: its C name, and its vtable slot when it is virtual. */
final class MethodInfo {
    final ClassInfo owner;
    final MethodNode node;
    final String name;
    final String desc;
    int vtableIndex = -1;

    MethodInfo(ClassInfo owner, MethodNode node) {
        this.owner = owner;
        this.node = node;
        this.name = node.name;
        this.desc = node.desc;
    }

    boolean isStatic() { return (node.access & Opcodes.ACC_STATIC) != 0; }
    boolean isAbstract() { return (node.access & Opcodes.ACC_ABSTRACT) != 0; }
    boolean isNative() { return (node.access & Opcodes.ACC_NATIVE) != 0; }
    boolean isPrivate() { return (node.access & Opcodes.ACC_PRIVATE) != 0; }
    boolean isFinal() { return (node.access & Opcodes.ACC_FINAL) != 0; }
    boolean isSynchronized() { return (node.access & Opcodes.ACC_SYNCHRONIZED) != 0; }
    boolean isConstructor() { return name.equals("<init>"); }
    /** Takes part in virtual dispatch (JVMS 5.4.5). */
    boolean isVirtual() { return !isStatic() && !isPrivate() && !name.startsWith("<"); }
    String sig() { return name + desc; }
    String cname() { return Names.method(owner.name, name, desc); }
    Type returnType() { return Type.getReturnType(desc); }
    Type[] argTypes() { return Type.getArgumentTypes(desc); }

    /**
     * The body is a lone {@code return} (e.g. Object.<init>, most superclass constructors of
     * small classes): a statically bound call to it has no effect beyond what the call site
     * does itself (receiver null check, class initialisation), so the caller omits it. Not for
     * synchronized methods, whose call locks the monitor (JVMS §2.11.10).
     */
    boolean isEmptyVoid() {
        if (isAbstract() || isNative() || isSynchronized() || node.instructions == null) return false;
        if (returnType().getSort() != Type.VOID) return false;
        int real = 0;
        for (var insn = node.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn.getOpcode() < 0) continue; // labels, line numbers, frames
            if (insn.getOpcode() != Opcodes.RETURN || ++real > 1) return false;
        }
        return real == 1;
    }

    /**
     * For an instance method whose body is {@code return this.f;} (aload_0, getfield,
     * <i>x</i>return), that getfield; else null. A statically bound call to it reads the field
     * in place (CallCompiler): the call has no other effect once the receiver is non-null.
     */
    org.objectweb.asm.tree.FieldInsnNode trivialGetter() {
        if (isStatic() || isAbstract() || isNative() || isSynchronized() || node.instructions == null) return null;
        org.objectweb.asm.tree.AbstractInsnNode[] real = new org.objectweb.asm.tree.AbstractInsnNode[3];
        int n = 0;
        for (var insn = node.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn.getOpcode() < 0) continue;
            if (n == 3) return null;
            real[n++] = insn;
        }
        if (n != 3 || real[0].getOpcode() != Opcodes.ALOAD || ((org.objectweb.asm.tree.VarInsnNode) real[0]).var != 0) return null;
        if (real[1].getOpcode() != Opcodes.GETFIELD) return null;
        int r = real[2].getOpcode();
        if (r < Opcodes.IRETURN || r > Opcodes.ARETURN) return null;
        return (org.objectweb.asm.tree.FieldInsnNode) real[1];
    }

    /** "java.lang.String.charAt(I)C" for messages. */
    String display() { return owner.javaName() + "." + name + desc; }

    @Override
    public String toString() { return display(); }
}
