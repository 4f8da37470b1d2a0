package myos.aot;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Method invocation: intrinsics inline, static/special/private/final and single-target
 * virtual calls direct, other virtual calls through the vtable, interface calls through
 * the selector-coloured slot (one load, DESIGN.md §1). A pending exception after the call
 * branches to the dispatch block.
 */
final class CallCompiler {
    private final Program p;
    private final MethodCompiler mc;
    private final MethodInfo caller;

    CallCompiler(Program p, MethodCompiler mc, MethodInfo caller) {
        this.p = p;
        this.mc = mc;
        this.caller = caller;
    }

    void call(MethodInsnNode mi, Frame<BasicValue> f) {
        int op = mi.getOpcode();
        Type[] args = Type.getArgumentTypes(mi.desc);
        Type ret = Type.getReturnType(mi.desc);
        int d = f.getStackSize();
        boolean hasRecv = op != Opcodes.INVOKESTATIC;
        int first = d - args.length - (hasRecv ? 1 : 0);
        StringBuilder argList = new StringBuilder();
        for (int i = first; i < d; i++) argList.append(i == first ? "" : ", ").append(mc.stackVar(i));
        String result = ret.getSort() == Type.VOID ? "" : mc.pushVar(first, CTypes.kind(ret)) + " = ";
        String owner = mi.owner.charAt(0) == '[' ? "java/lang/Object" : mi.owner;
        String site = mc.site();

        if (op == Opcodes.INVOKESTATIC && p.intrinsics.isIntrinsic(owner, mi.name, mi.desc)) {
            String t = p.intrinsics.template(owner, mi.name);
            for (int i = 0; i < args.length; i++) t = t.replace("{" + i + "}", mc.stackVar(first + i));
            mc.line(result + t + ";");
            if (p.intrinsics.mayThrow(owner, mi.name)) mc.line("CHK(" + mc.excLabel() + ");");
            return;
        }
        ClassInfo c = p.world.load(owner, site);
        MethodInfo target = p.world.resolveMethod(c, mi.name, mi.desc, site);
        String recv = hasRecv ? mc.stackVar(first) : null;
        if (hasRecv) {
            mc.line("if (__builtin_expect(" + recv + " == 0, 0)) { " + p.implicitThrow(caller, "nullPointer", "()V") + "(); goto " + mc.excLabel() + "; }");
        }
        String callee;
        MethodInfo bound = null; // the one method the call reaches, when statically bound
        switch (op) {
            case Opcodes.INVOKESTATIC: {
                mc.guard(target.owner);
                String ext = target.isNative() ? Annotations.value(target.node, Annotations.EXTERN) : null;
                if (ext != null) {
                    p.externs.put(ext, target);
                    mc.line(result + ext + "(" + argList + ");");
                    return;
                }
                if (target.isEmptyVoid()) return; // after the class-initialisation guard (JVMS §5.5)
                callee = mc.callName(target);
                bound = target;
                break;
            }
            case Opcodes.INVOKESPECIAL: {
                MethodInfo selected = p.world.selectSpecial(caller, mi, target);
                if (selected.isEmptyVoid()) return; // after the receiver's null check (JVMS §6.5 invokespecial)
                if (inlineGetter(selected, recv, result)) return;
                callee = mc.callName(selected);
                bound = selected;
                break;
            }
            default: {
                MethodInfo direct = direct(c, target);
                if (direct != null && inlineGetter(direct, recv, result)) return;
                callee = virtual(c, target, recv);
                bound = direct;
            }
        }
        mc.line(result + callee + "(" + argList + ");");
        // No pending-exception test after a method that cannot throw (NoThrow).
        if (bound == null || !p.noThrow.cannotThrow(bound)) mc.line("CHK(" + mc.excLabel() + ");");
    }

    /**
     * A statically bound call to a trivial getter (MethodInfo.trivialGetter) becomes the field
     * read, after the receiver's null check: the call could not do or throw anything else.
     * Calls between packages are calls between translation units, which gcc cannot inline.
     * Not for volatile fields (their read is an atomic load; kept in one place).
     */
    private boolean inlineGetter(MethodInfo m, String recv, String result) {
        org.objectweb.asm.tree.FieldInsnNode g = m.trivialGetter();
        if (g == null || result.isEmpty()) return false;
        FieldInfo fi = p.world.resolveField(p.world.load(g.owner, mc.site()), g.name, g.desc, mc.site());
        if (fi.isStatic() || fi.isVolatile()) return false;
        mc.line(result + "FLD(" + recv + ", " + p.offset(fi) + ", " + CTypes.storage(Type.getType(g.desc)) + ");");
        return true;
    }

    /** The one method an invokevirtual/invokeinterface can reach (as virtual() decides), or null. */
    private MethodInfo direct(ClassInfo c, MethodInfo target) {
        if (target.isPrivate() || (!target.owner.isInterface() && (target.isFinal() || target.owner.isFinal()))) {
            return target.isAbstract() ? null : target;
        }
        List<MethodInfo> impls = p.implementations(c, target);
        return impls.size() == 1 ? impls.get(0) : null;
    }

    private String virtual(ClassInfo c, MethodInfo target, String recv) {
        String sig = target.name + target.desc;
        if (target.isPrivate() || (!target.owner.isInterface() && (target.isFinal() || target.owner.isFinal()))) {
            if (target.isAbstract()) return "rt_abstract_method_error";
            return mc.callName(target);
        }
        MethodInfo only = direct(c, target);
        if (only != null) return mc.callName(only);
        String fnType = p.functionPointerType(target);
        if (!target.owner.isInterface()) {
            int idx = p.layout.vtableIndex(target);
            return "((" + fnType + ")VT(" + recv + ")[" + idx + "])";
        }
        int slot = p.layout.selectorSlot(sig);
        return "((" + fnType + ")VT(" + recv + ")[" + slot + "])";
    }
}
