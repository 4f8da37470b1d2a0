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
     * A maximally-specific superinterface method (JVMS §5.4.3.3): with {@code concrete}, the
     * one non-abstract method among the maximally-specific ones, or null when there is none
     * (a default re-abstracted by a more specific interface, or no default) or more than one
     * (conflicting defaults) — JVMS §5.4.6 selection; without, resolution's choice: that one
     * non-abstract method if there is exactly one, else any maximally-specific method.
     */
    MethodInfo maximallySpecific(ClassInfo c, String sig, boolean concrete) {
        List<MethodInfo> maximal = maximallySpecificAll(c, sig);
        MethodInfo nonAbstract = null;
        int count = 0;
        for (MethodInfo m : maximal) {
            if (!m.isAbstract()) {
                nonAbstract = m;
                count++;
            }
        }
        if (count == 1) return nonAbstract;
        return concrete || maximal.isEmpty() ? null : maximal.get(0);
    }

    /**
     * The maximally-specific superinterface methods of {@code c} with this signature (JVMS
     * §5.4.3.3): declared, neither private nor static, in a superinterface of which no other
     * such declaration's interface is a subinterface. In {@code allInterfaces()} order.
     */
    List<MethodInfo> maximallySpecificAll(ClassInfo c, String sig) {
        List<MethodInfo> found = new ArrayList<>();
        for (ClassInfo i : c.allInterfaces()) {
            MethodInfo m = i.methods.get(sig);
            if (m != null && !m.isStatic() && !m.isPrivate()) found.add(m);
        }
        List<MethodInfo> maximal = new ArrayList<>();
        for (MethodInfo m : found) {
            boolean overridden = false;
            for (MethodInfo o : found) if (o != m && o.owner.isSubtypeOf(m.owner)) overridden = true;
            if (!overridden) maximal.add(m);
        }
        return maximal;
    }

    /**
     * The method an invokespecial calls (JVMS §6.5): constructors and private methods are the
     * resolved method. Otherwise the search starts at the caller's direct superclass when the
     * instruction names a superclass of the caller (ACC_SUPER, always set since Java 8), else
     * at the class or interface it names, and looks for a declaration with the resolved
     * method's name and descriptor. Unlike §5.4.6 selection this is not about overriding (no
     * package rule): javac only names a method the caller can access.
     */
    MethodInfo selectSpecial(MethodInfo caller, org.objectweb.asm.tree.MethodInsnNode mi, MethodInfo target) {
        if (mi.name.equals("<init>") || target.isPrivate()) return target;
        ClassInfo named = load(mi.owner, caller.display());
        ClassInfo c = !named.isInterface() && named != caller.owner && caller.owner.isSubtypeOf(named)
            ? caller.owner.superclass : named;
        String sig = target.sig();
        MethodInfo sel = null;
        if (!c.isInterface()) {
            for (ClassInfo k = c; k != null && sel == null; k = k.superclass) {
                MethodInfo m = k.methods.get(sig);
                if (m != null && !m.isStatic() && !m.isPrivate()) sel = m;  // HotSpot skips private ones too
            }
        } else {
            sel = c.methods.get(sig);
            if (sel != null && (sel.isStatic() || sel.isPrivate())) sel = null;
            if (sel == null) {
                MethodInfo o = load("java/lang/Object", caller.display()).methods.get(sig);
                if (o != null && !o.isStatic() && (o.node.access & org.objectweb.asm.Opcodes.ACC_PUBLIC) != 0) sel = o;
            }
        }
        if (sel == null) sel = maximallySpecific(c, sig, true);
        // An abstract selection (AbstractMethodError on the JVM) needs classes compiled
        // separately: javac rejects super.m() on an abstract m. We keep the resolved method.
        return sel == null || sel.isAbstract() ? target : sel;
    }

    /**
     * The method invokevirtual/invokeinterface calls on a receiver of class {@code c} when the
     * call resolved to {@code resolved} (JVMS §5.4.6): the method of the nearest class from
     * {@code c} up that declares one that can override {@code resolved}, else the one
     * maximally-specific default method; null when that is abstract or there is none (the
     * call throws AbstractMethodError / IncompatibleClassChangeError).
     */
    MethodInfo selectVirtual(ClassInfo c, MethodInfo resolved) {
        String sig = resolved.sig();
        for (ClassInfo k = c; k != null; k = k.superclass) {
            MethodInfo m = k.methods.get(sig);
            if (m != null && canOverride(m, resolved)) return m.isAbstract() ? null : m;
        }
        return maximallySpecific(c, sig, true);
    }

    /**
     * JVMS §5.4.5: whether the instance method {@code mC} (in a class that is a subtype of
     * {@code mA}'s) can override {@code mA}. Same name and descriptor, {@code mC} not private;
     * a public or protected {@code mA} (every interface method) is overridden from anywhere,
     * a package-private one only from its own run-time package (the same package name: one
     * class loader), or through a method {@code mB} of a class between the two that
     * {@code mC} can override and that can override {@code mA} (JLS §8.4.8.1: C.m overrides
     * A.m "from C" through B.m when B.m is public or protected and overrides A.m).
     */
    boolean canOverride(MethodInfo mC, MethodInfo mA) {
        if (mC == mA) return true;
        if (!mC.name.equals(mA.name) || !mC.desc.equals(mA.desc)) return false;
        if (mC.isStatic() || mC.isPrivate() || mA.isStatic() || mA.isPrivate()) return false;
        int access = mA.node.access & (org.objectweb.asm.Opcodes.ACC_PUBLIC | org.objectweb.asm.Opcodes.ACC_PROTECTED);
        if (access != 0 || mA.owner.isInterface()) return true;
        if (samePackage(mC.owner, mA.owner)) return true;
        for (ClassInfo b = mC.owner.superclass; b != null && b != mA.owner; b = b.superclass) {
            MethodInfo mB = b.methods.get(mC.sig());  // rare: package-private mA seen from another package
            if (mB != null && canOverride(mC, mB) && canOverride(mB, mA)) return true;
        }
        return false;
    }

    /** JVMS §5.3: the same run-time package is the same package name and defining loader (we have one loader). */
    static boolean samePackage(ClassInfo a, ClassInfo b) {
        int i = a.name.lastIndexOf('/'), j = b.name.lastIndexOf('/');
        return i == j && a.name.regionMatches(0, b.name, 0, Math.max(i, 0));
    }
}
