package myos.aot;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;

/** "pkg.Class.method(desc) (File.java:12)": where an error points the user. */
final class Sites {
    private Sites() {}

    static String of(MethodInfo m, AbstractInsnNode insn) {
        int line = -1;
        for (AbstractInsnNode p = insn; p != null; p = p.getPrevious()) {
            if (p instanceof LineNumberNode) {
                line = ((LineNumberNode) p).line;
                break;
            }
        }
        String src = m.owner.node.sourceFile == null ? "?" : m.owner.node.sourceFile;
        return m.display() + " (" + src + (line >= 0 ? ":" + line : "") + ")";
    }
}
