package myos.aot;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The class LambdaMetafactory would spin at run time, made at build time: captured values
 * in final fields, a static factory {@code create} (the rewritten call site), the
 * interface method (plus bridges from altMetafactory) calling the implementation.
 */
final class LambdaClass {
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    private LambdaClass() {}

    static ClassNode make(InvokeDynamicInsnNode indy, String name, String site) {
        Object[] a = indy.bsmArgs;
        Type samType = Lowering.methodType(a[0], site);
        Handle impl = Lowering.handle(a[1], site);
        Type instantiated = Lowering.methodType(a[2], site);
        Type factory = Type.getMethodType(indy.desc);
        String iface = factory.getReturnType().getInternalName();
        List<String> interfaces = new ArrayList<>();
        interfaces.add(iface);
        List<Type> bridges = new ArrayList<>();
        if (indy.bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) a[3];
            int i = 4;
            if ((flags & FLAG_SERIALIZABLE) != 0) interfaces.add("java/io/Serializable");
            if ((flags & FLAG_MARKERS) != 0) {
                int n = (Integer) a[i++];
                for (int k = 0; k < n; k++) interfaces.add(((Type) a[i++]).getInternalName());
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int n = (Integer) a[i++];
                for (int k = 0; k < n; k++) bridges.add(Lowering.methodType(a[i++], site));
            }
        }
        ClassNode c = Lowering.skeleton(name, interfaces.toArray(new String[0]));
        Type[] captured = factory.getArgumentTypes();
        for (int i = 0; i < captured.length; i++) {
            c.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "c" + i, captured[i].getDescriptor(), null, null));
        }
        c.methods.add(factoryMethod(name, factory));
        c.methods.add(constructor(name, captured));
        c.methods.add(samMethod(name, indy.name, samType, instantiated, impl, captured, site));
        for (Type b : bridges) {
            if (!b.getDescriptor().equals(samType.getDescriptor())) c.methods.add(samMethod(name, indy.name, b, instantiated, impl, captured, site));
        }
        return c;
    }

    private static MethodNode factoryMethod(String name, Type factory) {
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC, "create", factory.getDescriptor(), null, null);
        InsnList il = m.instructions;
        il.add(new TypeInsnNode(Opcodes.NEW, name));
        il.add(new InsnNode(Opcodes.DUP));
        int slot = 0;
        StringBuilder ctor = new StringBuilder("(");
        for (Type t : factory.getArgumentTypes()) {
            il.add(new VarInsnNode(Adapt.load(t), slot));
            slot += t.getSize();
            ctor.append(t.getDescriptor());
        }
        il.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, name, "<init>", ctor.append(")V").toString(), false));
        il.add(new InsnNode(Opcodes.ARETURN));
        m.maxLocals = slot;
        m.maxStack = slot + 2;
        return m;
    }

    private static MethodNode constructor(String name, Type[] captured) {
        StringBuilder d = new StringBuilder("(");
        for (Type t : captured) d.append(t.getDescriptor());
        MethodNode m = new MethodNode(Opcodes.ACC_PRIVATE, "<init>", d.append(")V").toString(), null, null);
        InsnList il = m.instructions;
        il.add(new VarInsnNode(Opcodes.ALOAD, 0));
        il.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false));
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            il.add(new VarInsnNode(Opcodes.ALOAD, 0));
            il.add(new VarInsnNode(Adapt.load(captured[i]), slot));
            il.add(new FieldInsnNode(Opcodes.PUTFIELD, name, "c" + i, captured[i].getDescriptor()));
            slot += captured[i].getSize();
        }
        il.add(new InsnNode(Opcodes.RETURN));
        m.maxLocals = slot;
        m.maxStack = 3;
        return m;
    }

    private static MethodNode samMethod(String name, String samName, Type sam, Type instantiated, Handle impl,
                                        Type[] captured, String site) {
        MethodNode m = new MethodNode(Opcodes.ACC_PUBLIC, samName, sam.getDescriptor(), null, null);
        InsnList il = m.instructions;
        int kind = impl.getTag();
        Type implType = Type.getMethodType(impl.getDesc());
        List<Type> implParams = new ArrayList<>();
        boolean hasReceiver = kind == Opcodes.H_INVOKEVIRTUAL || kind == Opcodes.H_INVOKEINTERFACE || kind == Opcodes.H_INVOKESPECIAL;
        if (hasReceiver) implParams.add(Type.getObjectType(impl.getOwner()));
        for (Type t : implType.getArgumentTypes()) implParams.add(t);
        if (kind == Opcodes.H_NEWINVOKESPECIAL) {
            il.add(new TypeInsnNode(Opcodes.NEW, impl.getOwner()));
            il.add(new InsnNode(Opcodes.DUP));
        }
        int p = 0;
        for (int i = 0; i < captured.length; i++, p++) {
            il.add(new VarInsnNode(Opcodes.ALOAD, 0));
            il.add(new FieldInsnNode(Opcodes.GETFIELD, name, "c" + i, captured[i].getDescriptor()));
            if (p < implParams.size()) Adapt.convert(il, captured[i], implParams.get(p));
        }
        Type[] samArgs = sam.getArgumentTypes();
        Type[] instArgs = instantiated.getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < samArgs.length; i++, p++) {
            il.add(new VarInsnNode(Adapt.load(samArgs[i]), slot));
            slot += samArgs[i].getSize();
            if (p >= implParams.size()) throw new BuildError(site + ": lambda implementation " + impl + " takes fewer arguments than the interface method");
            Type via = i < instArgs.length ? instArgs[i] : samArgs[i];
            if (!Adapt.isPrimitive(samArgs[i]) && !Adapt.isPrimitive(via) && !via.equals(samArgs[i])) Adapt.convert(il, samArgs[i], via);
            Adapt.convert(il, Adapt.isPrimitive(samArgs[i]) ? samArgs[i] : via, implParams.get(p));
        }
        Type implRet;
        switch (kind) {
            case Opcodes.H_INVOKESTATIC:
                il.add(new MethodInsnNode(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
                implRet = implType.getReturnType();
                break;
            case Opcodes.H_INVOKEVIRTUAL:
                il.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(), false));
                implRet = implType.getReturnType();
                break;
            case Opcodes.H_INVOKEINTERFACE:
                il.add(new MethodInsnNode(Opcodes.INVOKEINTERFACE, impl.getOwner(), impl.getName(), impl.getDesc(), true));
                implRet = implType.getReturnType();
                break;
            case Opcodes.H_INVOKESPECIAL:
                // a private method of the host (javac's lambda bodies): called directly
                il.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
                implRet = implType.getReturnType();
                break;
            case Opcodes.H_NEWINVOKESPECIAL:
                il.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false));
                implRet = Type.getObjectType(impl.getOwner());
                break;
            default:
                throw new BuildError(site + ": lambda implementation handle kind " + kind + " is not supported");
        }
        Type samRet = sam.getReturnType();
        if (samRet.getSort() == Type.VOID) {
            if (implRet.getSize() == 2) il.add(new InsnNode(Opcodes.POP2));
            else if (implRet.getSize() == 1) il.add(new InsnNode(Opcodes.POP));
            il.add(new InsnNode(Opcodes.RETURN));
        } else {
            Adapt.convert(il, implRet, samRet);
            il.add(new InsnNode(Adapt.ret(samRet)));
        }
        m.maxLocals = slot + 1;
        m.maxStack = implParams.size() * 2 + 6;
        return m;
    }
}
