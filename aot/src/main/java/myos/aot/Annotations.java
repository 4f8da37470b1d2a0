package myos.aot;

import java.util.List;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/** Reads the value of the runtime's marker annotations (@Export, @Extern) from class files. */
final class Annotations {
    static final String EXPORT = "Lmyos/rt/Export;";
    static final String EXTERN = "Lmyos/rt/Extern;";

    private Annotations() {}

    /** The annotation's {@code value} string, or null when the method does not carry it. */
    static String value(MethodNode m, String desc) {
        String v = value(m.invisibleAnnotations, desc);
        return v != null ? v : value(m.visibleAnnotations, desc);
    }

    private static String value(List<AnnotationNode> as, String desc) {
        if (as == null) return null;
        for (AnnotationNode a : as) {
            if (!a.desc.equals(desc) || a.values == null) continue;
            for (int i = 0; i + 1 < a.values.size(); i += 2) if ("value".equals(a.values.get(i))) return (String) a.values.get(i + 1);
        }
        return null;
    }
}
