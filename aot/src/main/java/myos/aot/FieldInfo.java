package myos.aot;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldNode;

/** A field; instance fields get a byte offset, static fields a C global. */
final class FieldInfo {
    final ClassInfo owner;
    final FieldNode node;
    final String name;
    final String desc;
    int offset = -1;

    FieldInfo(ClassInfo owner, FieldNode node) {
        this.owner = owner;
        this.node = node;
        this.name = node.name;
        this.desc = node.desc;
    }

    boolean isStatic() { return (node.access & Opcodes.ACC_STATIC) != 0; }
    boolean isVolatile() { return (node.access & Opcodes.ACC_VOLATILE) != 0; }
    boolean isReference() { return desc.charAt(0) == 'L' || desc.charAt(0) == '['; }
    String staticName() { return "S_" + owner.cname + "_" + Names.ident(name); }

    @Override
    public String toString() { return owner.javaName() + "." + name; }
}
