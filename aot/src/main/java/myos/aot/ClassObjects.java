package myos.aot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.Type;

/**
 * The java.lang.Class objects of the program (docs/abi.md, "java.lang.Class"): one per
 * loaded class, array class and primitive type, with its vtable and interface slots
 * appended, all in the image section.
 */
final class ClassObjects {
    static final int F_INTERFACE = 1, F_ARRAY = 2, F_PRIMITIVE = 4, F_ABSTRACT = 8, F_ENUM = 16, F_REF_ARRAY = 32, F_RECORD = 64;
    private static final String[] PRIMS = {"Z", "B", "C", "S", "I", "J", "F", "D", "V"};

    private final Program p;
    private final List<ClassInfo> classes;
    private final ClassInfo object;
    private final StringBuilder data = new StringBuilder();
    private final StringBuilder types = new StringBuilder();
    private final LinkageStubs linkage;

    ClassObjects(Program p, List<ClassInfo> classes) {
        this.p = p;
        this.classes = classes;
        this.object = p.world.load("java/lang/Object", "the runtime");
        this.linkage = new LinkageStubs(p);
        for (ClassInfo c : classes) emitClass(c);
        for (String a : p.reach.arrayTypes) emitArray(a);
        for (String prim : PRIMS) emitPrimitive(prim);
    }

    String emit() { return "#include \"decls.h\"\n\n" + linkage.definitions() + data; }

    String declarations() { return types.toString(); }

    /** A C struct whose members sit at the Java layout's offsets (members named f<offset>). */
    static String structType(ClassInfo c, String name) {
        Map<Integer, FieldInfo> byOffset = new TreeMap<>();
        for (ClassInfo k = c; k != null; k = k.superclass) {
            for (FieldInfo f : k.fields.values()) if (!f.isStatic()) byOffset.put(f.offset, f);
        }
        StringBuilder b = new StringBuilder("struct ").append(name).append(" { jobj cls; uint64_t meta;");
        int at = Layout.HEADER, pad = 0;
        for (Map.Entry<Integer, FieldInfo> e : byOffset.entrySet()) {
            if (e.getKey() > at) b.append(" char pad").append(pad++).append('[').append(e.getKey() - at).append("];");
            Type t = Type.getType(e.getValue().desc);
            b.append(' ').append(CTypes.storage(t)).append(" f").append(e.getKey()).append(';');
            at = e.getKey() + CTypes.size(t);
        }
        if (c.instanceSize > at) b.append(" char pad").append(pad).append('[').append(c.instanceSize - at).append("];");
        return b.append(" };\n").toString();
    }

    private String field(String name) {
        return ".f" + p.world.load("java/lang/Class", "the runtime").fields.get(name).offset;
    }

    private void object(String sym, int vtLen, String fields, List<String> vt) {
        types.append("struct ").append(sym).append("_t { struct T_Class c; void* vt[").append(Math.max(1, vtLen)).append("]; };\n");
        types.append("extern struct ").append(sym).append("_t ").append(sym).append(";\n");
        data.append("IMAGE struct ").append(sym).append("_t ").append(sym).append(" = { { .cls = ((jobj)&CO_")
            .append(Names.cls("java/lang/Class")).append("), .meta = RT_META_IMAGE").append(fields).append(" }, {");
        for (int i = 0; i < vt.size(); i++) data.append(i == 0 ? " " : ", ").append(vt.get(i));
        if (vt.isEmpty()) data.append(" 0");
        data.append(" } };\n");
    }

    private String refArray(String sym, String elemClass, List<String> elems) {
        data.append(imageArray(sym, elemClass, "jobj", elems));
        return "(jobj)&" + sym;
    }

    private String intArray(String sym, List<Integer> elems) {
        List<String> text = new ArrayList<>();
        for (int e : elems) text.add(Integer.toString(e));
        data.append(imageArray(sym, "((jobj)&CO_" + Program.arrayCname("[I") + ")", "jint", text));
        return "(jobj)&" + sym;
    }

    /**
     * The C definition of an array image object {@code sym} (docs/abi.md: class, meta word
     * with the IMAGE bit, length, padding, elements at 24) of class {@code arrayClass} with
     * elements of C type {@code elementType}; its struct type {@code sym_t} is named, so the
     * symbol can be declared before it is defined. Class objects, string literals and
     * build-time data all use it.
     */
    static String imageArray(String sym, String arrayClass, String elementType, List<String> elements) {
        StringBuilder b = new StringBuilder("struct ").append(sym).append("_t { jobj cls; uint64_t meta; jint len; jint pad; ")
            .append(elementType).append(" d[").append(Math.max(1, elements.size())).append("]; };\n");
        b.append("IMAGE struct ").append(sym).append("_t ").append(sym).append(" = { ").append(arrayClass)
            .append(", RT_META_IMAGE, ").append(elements.size()).append(", 0, {");
        for (int i = 0; i < elements.size(); i++) b.append(i == 0 ? " " : ", ").append(elements.get(i));
        return b.append(elements.isEmpty() ? " 0 } };\n" : " } };\n").toString();
    }

    private static final String CLASS_ARRAY = "((jobj)&CO_" + Program.arrayCname("[Ljava/lang/Class;") + ")";

    private void emitClass(ClassInfo c) {
        String sym = "CO_" + c.cname;
        int flags = (c.isInterface() ? F_INTERFACE : 0) | (c.isAbstract() ? F_ABSTRACT : 0)
            | (c.isEnum() ? F_ENUM : 0) | (c.isRecord() ? F_RECORD : 0);
        List<String> supers = new ArrayList<>();
        if (!c.isInterface()) {
            List<ClassInfo> chain = new ArrayList<>();
            for (ClassInfo k = c; k != null; k = k.superclass) chain.add(0, k);
            for (ClassInfo k : chain) supers.add(p.cls(k));
        } else {
            supers.add(p.cls(object));
        }
        List<String> ifaces = new ArrayList<>();
        for (ClassInfo i : c.allInterfaces()) ifaces.add(p.cls(i));
        String enumValues = "0";
        if (c.isEnum()) {
            MethodInfo v = c.methods.get("values()[L" + c.name + ";");
            if (v != null && p.reach.methods.contains(v)) enumValues = "(jlong)(uintptr_t)&EV_" + c.cname;
        }
        StringBuilder f = new StringBuilder();
        f.append(", ").append(field("name")).append(" = ").append(p.str(c.javaName()));
        f.append(", ").append(field("superclass")).append(" = ").append(c.superclass == null || c.isInterface() ? "0" : p.cls(c.superclass));
        f.append(", ").append(field("instanceSize")).append(" = ").append(c.isInterface() ? 0 : c.instanceSize);
        f.append(", ").append(field("flags")).append(" = ").append(flags);
        f.append(", ").append(field("refOffsets")).append(" = ").append(intArray("CAR_" + c.cname, c.refOffsets));
        f.append(", ").append(field("depth")).append(" = ").append(c.isInterface() ? 0 : c.depth);
        f.append(", ").append(field("supers")).append(" = ").append(refArray("CAS_" + c.cname, CLASS_ARRAY, supers));
        f.append(", ").append(field("interfaces")).append(" = ").append(refArray("CAI_" + c.cname, CLASS_ARRAY, ifaces));
        f.append(", ").append(field("enumValues")).append(" = ").append(enumValues);
        f.append(arrayClass("L" + c.name + ";"));
        object(sym, p.layout.tableLength(c), f.toString(), c.isInterface() ? new ArrayList<>() : table(c));
    }

    /** vtable then interface slots: reachable implementations, or a stub that reports the bug. */
    private List<String> table(ClassInfo c) {
        int len = p.layout.tableLength(c);
        List<String> t = new ArrayList<>();
        for (int i = 0; i < len; i++) t.add("(void*)rt_bad_dispatch");
        for (int i = 0; i < c.vtable.size(); i++) t.set(i, impl(c, c.vtableRoots.get(i)));
        for (Map.Entry<String, Integer> e : p.layout.selectors().entrySet()) {
            if (e.getValue() >= len) continue;
            for (ClassInfo i : c.allInterfaces()) {
                MethodInfo m = i.methods.get(e.getKey());
                if (m != null && !m.isStatic() && !m.isPrivate()) {
                    t.set(e.getValue(), impl(c, m));
                    break;
                }
            }
        }
        return t;
    }

    /**
     * What a call resolved to {@code resolved} runs on an instance of c (JVMS §5.4.6): the
     * selected method; a linkage error when an instance of c exists and nothing can be
     * selected (class files compiled apart, {@link LinkageStubs}); else the stub for a slot
     * reachability proved is never called.
     */
    private String impl(ClassInfo c, MethodInfo resolved) {
        MethodInfo m = p.world.selectVirtual(c, resolved);
        if (m != null && p.reach.methods.contains(m)) return "(void*)&" + m.cname();
        if (m == null && p.reach.instantiated.contains(c) && !c.isAbstract()) return linkage.entry(c, resolved);
        return "(void*)rt_bad_dispatch";
    }

    private void emitArray(String desc) {
        String sym = "CO_" + Program.arrayCname(desc);
        String comp = desc.substring(1);
        String compCls;
        int elem;
        int flags = F_ARRAY | F_ABSTRACT;
        if (comp.charAt(0) == '[') { compCls = "((jobj)&CO_" + Program.arrayCname(comp) + ")"; elem = 8; flags |= F_REF_ARRAY; }
        else if (comp.charAt(0) == 'L') { compCls = p.cls(p.world.load(comp.substring(1, comp.length() - 1), "array")); elem = 8; flags |= F_REF_ARRAY; }
        else { compCls = "((jobj)&CO_P" + comp + ")"; elem = CTypes.size(Type.getType(comp)); }
        List<String> supers = List.of(p.cls(object), "((jobj)&" + sym + ")");
        List<String> ifaces = new ArrayList<>();
        for (String i : new String[] {"java/lang/Cloneable", "java/io/Serializable"}) {
            for (ClassInfo c : classes) if (c.name.equals(i)) ifaces.add(p.cls(c));
        }
        StringBuilder f = new StringBuilder();
        f.append(", ").append(field("name")).append(" = ").append(p.str(desc.replace('/', '.')));
        f.append(", ").append(field("superclass")).append(" = ").append(p.cls(object));
        f.append(", ").append(field("componentType")).append(" = ").append(compCls);
        f.append(", ").append(field("elementSize")).append(" = ").append(elem);
        f.append(", ").append(field("flags")).append(" = ").append(flags);
        f.append(", ").append(field("depth")).append(" = 1");
        f.append(", ").append(field("supers")).append(" = ").append(refArray("CAS_" + Program.arrayCname(desc), CLASS_ARRAY, supers));
        f.append(", ").append(field("interfaces")).append(" = ").append(refArray("CAI_" + Program.arrayCname(desc), CLASS_ARRAY, ifaces));
        f.append(arrayClass(desc));
        object(sym, p.layout.tableLength(object), f.toString(), table(object));
    }

    /** The arrayClass initializer for the type with descriptor d, if its array class exists. */
    private String arrayClass(String d) {
        if (!p.reach.arrayTypes.contains("[" + d)) return "";
        return ", " + field("arrayClass") + " = ((jobj)&CO_" + Program.arrayCname("[" + d) + ")";
    }

    private void emitPrimitive(String d) {
        String name = Type.getType(d).getClassName();
        StringBuilder f = new StringBuilder();
        f.append(", ").append(field("name")).append(" = ").append(p.str(name));
        f.append(", ").append(field("flags")).append(" = ").append(F_PRIMITIVE | F_ABSTRACT);
        f.append(", ").append(field("elementSize")).append(" = ").append(d.equals("V") ? 0 : CTypes.size(Type.getType(d)));
        if (!d.equals("V")) f.append(arrayClass(d));
        object("CO_P" + d, 0, f.toString(), new ArrayList<>());
    }
}
