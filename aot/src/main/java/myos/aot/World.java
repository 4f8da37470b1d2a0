package myos.aot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.ClassNode;

/**
 * All classes the program touches, loaded on demand, with JVMS §5.4.3 resolution of
 * fields and methods. A missing class or member is a {@link BuildError} naming the site.
 */
final class World {
    final ClassPath path;
    private final Map<String, ClassInfo> classes = new LinkedHashMap<>();

    World(ClassPath path) {
        this.path = path;
    }

    Collection<ClassInfo> all() { return classes.values(); }

    /** The class, or a BuildError naming {@code site} when the library/classpath lacks it. */
    ClassInfo load(String name, String site) {
        ClassInfo c = classes.get(name);
        if (c != null) return c;
        ClassNode node = path.find(name);
        if (node == null) {
            String where = ClassPath.isLibraryName(name) ? "the MyOS2026 class library" : "the class path";
            throw new BuildError(site + ": class " + name.replace('/', '.') + " is not in " + where);
        }
        c = new ClassInfo(node);
        classes.put(name, c);
        if (node.superName != null) c.superclass = load(node.superName, "superclass of " + c.javaName());
        for (String i : node.interfaces) c.interfaces.add(load(i, "interface of " + c.javaName()));
        return c;
    }

    ClassInfo defineSynthetic(ClassNode node) {
        path.define(node);
        return load(node.name, "synthetic");
    }

    /** JVMS §5.4.3.2 field resolution. */
    FieldInfo resolveField(ClassInfo c, String name, String desc, String site) {
        FieldInfo f = findField(c, name, desc);
        if (f == null) throw new BuildError(site + ": field " + c.javaName() + "." + name + " (" + desc + ") is not in "
            + (ClassPath.isLibraryName(c.name) ? "the MyOS2026 class library" : "the class path"));
        return f;
    }

    private FieldInfo findField(ClassInfo c, String name, String desc) {
        FieldInfo f = c.fields.get(name);
        if (f != null && f.desc.equals(desc)) return f;
        for (ClassInfo i : c.interfaces) {
            f = findField(i, name, desc);
            if (f != null) return f;
        }
        return c.superclass == null ? null : findField(c.superclass, name, desc);
    }

    /** JVMS §5.4.3.3 (class) and §5.4.3.4 (interface) method resolution. */
    MethodInfo resolveMethod(ClassInfo c, String name, String desc, String site) {
        MethodInfo m = null;
        if (!c.isInterface()) {
            for (ClassInfo k = c; k != null && m == null; k = k.superclass) m = k.methods.get(name + desc);
        } else {
            m = c.methods.get(name + desc);
            if (m == null) {
                MethodInfo o = load("java/lang/Object", site).methods.get(name + desc);
                if (o != null && !o.isStatic() && (o.node.access & org.objectweb.asm.Opcodes.ACC_PUBLIC) != 0) m = o;
            }
        }
        if (m == null) m = maximallySpecific(c, name + desc, true);
        if (m == null) m = maximallySpecific(c, name + desc, false);
        if (m == null) throw new BuildError(site + ": method " + c.javaName() + "." + name + desc + " is not in "
            + (ClassPath.isLibraryName(c.name) ? "the MyOS2026 class library" : "the class path"));
        return m;
    }

    /**
     * The maximally-specific superinterface method (JVMS §5.4.3.3): with {@code concrete},
     * only non-abstract ones (default methods); picks the one no other candidate overrides.
     */
    MethodInfo maximallySpecific(ClassInfo c, String sig, boolean concrete) {
        List<MethodInfo> found = new ArrayList<>();
        for (ClassInfo i : c.allInterfaces()) {
            MethodInfo m = i.methods.get(sig);
            if (m == null || m.isStatic() || m.isPrivate()) continue;
            if (concrete && m.isAbstract()) continue;
            found.add(m);
        }
        MethodInfo best = null;
        for (MethodInfo m : found) {
            boolean overridden = false;
            for (MethodInfo o : found) if (o != m && o.owner.isSubtypeOf(m.owner)) overridden = true;
            if (!overridden) {
                if (best != null && concrete) return null; // ambiguous: IncompatibleClassChangeError at run time
                if (best == null) best = m;
            }
        }
        return best;
    }

    /**
     * The method an invokespecial calls (JVMS §6.5): constructors, private methods and calls
     * on the caller's own class call the resolved method; {@code super.m()} from a class
     * selects from the caller's superclass.
     */
    MethodInfo selectSpecial(MethodInfo caller, org.objectweb.asm.tree.MethodInsnNode mi, MethodInfo target) {
        if (mi.name.equals("<init>") || target.isPrivate() || mi.owner.equals(caller.owner.name) || caller.owner.isInterface()) {
            return target;
        }
        MethodInfo sel = selectVirtual(caller.owner.superclass, mi.name + mi.desc);
        return sel == null ? target : sel;
    }

    /** The method invokevirtual/invokeinterface calls for a receiver of class {@code c} (JVMS §5.4.6). */
    MethodInfo selectVirtual(ClassInfo c, String sig) {
        for (ClassInfo k = c; k != null; k = k.superclass) {
            MethodInfo m = k.methods.get(sig);
            if (m != null && !m.isStatic() && !m.isPrivate()) return m.isAbstract() ? null : m;
        }
        return maximallySpecific(c, sig, true);
    }
}
