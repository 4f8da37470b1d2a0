package myos.aot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/** A loaded class or interface: its members, layout and dispatch tables. */
final class ClassInfo {
    final String name;            // internal name, e.g. java/lang/String
    final ClassNode node;
    ClassInfo superclass;
    final List<ClassInfo> interfaces = new ArrayList<>();
    final Map<String, FieldInfo> fields = new LinkedHashMap<>();     // by name
    final Map<String, MethodInfo> methods = new LinkedHashMap<>();   // by name+desc
    final String cname;

    // Layout (filled by Layout)
    int instanceSize = -1;
    final List<Integer> refOffsets = new ArrayList<>();
    List<MethodInfo> vtable;                 // class vtable (virtual slots)
    List<MethodInfo> vtableRoots;            // per slot, the method that opened it (Layout.vtable)
    final Map<Integer, MethodInfo> itable = new LinkedHashMap<>(); // selector slot -> impl
    int depth;
    Set<ClassInfo> allInterfaces;

    ClassInfo(ClassNode node) {
        this.node = node;
        this.name = node.name;
        this.cname = Names.cls(node.name);
        for (FieldNode f : node.fields) fields.put(f.name, new FieldInfo(this, f));
        for (MethodNode m : node.methods) methods.put(m.name + m.desc, new MethodInfo(this, m));
    }

    boolean isInterface() { return (node.access & Opcodes.ACC_INTERFACE) != 0; }
    boolean isAbstract() { return (node.access & Opcodes.ACC_ABSTRACT) != 0; }
    boolean isFinal() { return (node.access & Opcodes.ACC_FINAL) != 0; }
    boolean isEnum() { return (node.access & Opcodes.ACC_ENUM) != 0; }
    boolean isRecord() { return superclass != null && superclass.name.equals("java/lang/Record"); }
    String javaName() { return name.replace('/', '.'); }

    MethodInfo clinit() { return methods.get("<clinit>()V"); }

    /** True when this is {@code other} or a subclass / subinterface of it. */
    boolean isSubtypeOf(ClassInfo other) {
        if (this == other) return true;
        if (other.isInterface()) return allInterfaces().contains(other);
        for (ClassInfo c = superclass; c != null; c = c.superclass) if (c == other) return true;
        return false;
    }

    /** Every interface this class or interface implements or extends, transitively. */
    Set<ClassInfo> allInterfaces() {
        if (allInterfaces == null) {
            Set<ClassInfo> s = new LinkedHashSet<>();
            if (superclass != null) s.addAll(superclass.allInterfaces());
            for (ClassInfo i : interfaces) {
                s.add(i);
                s.addAll(i.allInterfaces());
            }
            allInterfaces = s;
        }
        return allInterfaces;
    }

    String sourcePath() {
        String src = node.sourceFile == null ? "Unknown.java" : node.sourceFile;
        int slash = name.lastIndexOf('/');
        return slash < 0 ? src : name.substring(0, slash + 1) + src;
    }

    @Override
    public String toString() { return javaName(); }
}
