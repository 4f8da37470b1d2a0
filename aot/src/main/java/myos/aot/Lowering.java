package myos.aot;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Resolves invokedynamic at build time (DESIGN.md §1): each call site becomes an
 * invokestatic of a static method in a class the compiler makes with ASM — a lambda class
 * for LambdaMetafactory, a StringBuilder sequence for StringConcatFactory, the record
 * methods for ObjectMethods. The made classes then go through the normal pipeline.
 */
final class Lowering {
    private final World world;
    private final Map<String, Integer> counters = new HashMap<>();

    Lowering(World world) {
        this.world = world;
    }

    void lower(MethodInfo m, Reachability r) {
        for (AbstractInsnNode n : m.node.instructions.toArray()) {
            if (!(n instanceof InvokeDynamicInsnNode)) continue;
            InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) n;
            String site = Sites.of(m, n);
            String name = m.owner.name + "$$" + kind(indy, site) + "$" + counters.merge(m.owner.name, 1, Integer::sum);
            ClassNode made = make(indy, name, m.owner, site);
            world.defineSynthetic(made);
            MethodInsnNode call = new MethodInsnNode(Opcodes.INVOKESTATIC, name, entryName(indy), indy.desc, false);
            m.node.instructions.set(n, call);
        }
    }

    private static String kind(InvokeDynamicInsnNode indy, String site) {
        String owner = indy.bsm.getOwner();
        if (owner.equals("java/lang/invoke/LambdaMetafactory")) return "Lambda";
        if (owner.equals("java/lang/invoke/StringConcatFactory")) return "Concat";
        if (owner.equals("java/lang/runtime/ObjectMethods")) return "Record";
        throw new BuildError(site + ": invokedynamic with bootstrap " + owner.replace('/', '.') + "." + indy.bsm.getName()
            + " is not supported (only lambdas, string concatenation and records)");
    }

    private static String entryName(InvokeDynamicInsnNode indy) {
        String owner = indy.bsm.getOwner();
        if (owner.equals("java/lang/invoke/LambdaMetafactory")) return "create";
        if (owner.equals("java/lang/invoke/StringConcatFactory")) return "concat";
        return indy.name;
    }

    private ClassNode make(InvokeDynamicInsnNode indy, String name, ClassInfo host, String site) {
        String owner = indy.bsm.getOwner();
        if (owner.equals("java/lang/invoke/LambdaMetafactory")) return LambdaClass.make(indy, name, site);
        if (owner.equals("java/lang/invoke/StringConcatFactory")) return ConcatClass.make(indy, name, site);
        return RecordMethodsClass.make(indy, name, host, site);
    }

    /** A new synthetic class skeleton. */
    static ClassNode skeleton(String name, String... interfaces) {
        ClassNode c = new ClassNode();
        c.version = Opcodes.V17;
        c.access = Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_SUPER;
        c.name = name;
        c.superName = "java/lang/Object";
        c.sourceFile = "Synthetic.java";
        for (String i : interfaces) c.interfaces.add(i);
        return c;
    }

    static Handle handle(Object o, String site) {
        if (!(o instanceof Handle)) throw new BuildError(site + ": expected a method handle, found " + o);
        return (Handle) o;
    }

    static Type methodType(Object o, String site) {
        if (!(o instanceof Type) || ((Type) o).getSort() != Type.METHOD) throw new BuildError(site + ": expected a method type, found " + o);
        return (Type) o;
    }
}
