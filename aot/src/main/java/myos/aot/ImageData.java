package myos.aot;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.Type;

/**
 * The values build-time initialisation computed ({@link BuildTimeInit}) as C: constants for
 * primitives, literals and class objects by their symbols, and the objects and arrays it
 * made as image objects in writable data (docs/abi.md: the IMAGE bit; never freed, never
 * traced). Every reference slot of such an object is listed as a collector root, so a heap
 * object the program stores there later stays alive. Symbols are numbered in the order the
 * static fields reach them, so the output is the same on every build.
 */
final class ImageData {
    private final Program p;
    private final Map<Object, String> symbols = new IdentityHashMap<>();
    private final List<Object> order = new ArrayList<>();
    private final Set<ClassInfo> structs = new LinkedHashSet<>();
    private final List<String> roots = new ArrayList<>();

    ImageData(Program p) {
        this.p = p;
    }

    /**
     * A C constant expression for {@code v} stored in a field or element of descriptor
     * {@code desc}: a static's ConstantValue or what build-time initialisation computed.
     */
    String expr(Object v, String desc) {
        if (v == null) return desc.charAt(0) == 'F' ? "0.0f" : desc.charAt(0) == 'D' ? "0.0" : "0";
        if (v instanceof Integer) return CTypes.intLiteral((Integer) v);
        if (v instanceof Long) return CTypes.longLiteral((Long) v);
        if (v instanceof Float) return CTypes.floatConstant((Float) v);
        if (v instanceof Double) return CTypes.doubleConstant((Double) v);
        if (v instanceof String) return p.str((String) v);   // a ConstantValue attribute
        if (v instanceof BuildTimeInit.Literal) return p.str(((BuildTimeInit.Literal) v).s());
        if (v instanceof BuildTimeInit.ClassConst) return classConstant(((BuildTimeInit.ClassConst) v).desc());
        return "((jobj)&" + symbols.computeIfAbsent(v, o -> {
            order.add(o);
            return "BTI_" + (order.size() - 1);
        }) + ")";
    }

    /** The Class object of a field descriptor: a primitive type's, an array class's or a class's. */
    private String classConstant(String desc) {
        if (desc.length() == 1) return "((jobj)&CO_P" + desc + ")";
        return p.typeOperand(desc.charAt(0) == '[' ? desc : desc.substring(1, desc.length() - 1), "build-time initialisation");
    }

    /** Addresses of the reference slots of the image objects (after {@link #definitions}). */
    List<String> roots() {
        return roots;
    }

    /**
     * Types, declarations and definitions of every object reached through {@link #expr}, and
     * of what they reach in turn; call after the last {@code expr}.
     */
    String definitions() {
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < order.size(); i++) defs.append(definition(order.get(i), "BTI_" + i)); // may add to order
        StringBuilder b = new StringBuilder();
        for (ClassInfo c : structs) b.append(ClassObjects.structType(c, "BT_" + c.cname));
        for (int i = 0; i < order.size(); i++) b.append("extern struct ").append(typeName(order.get(i), "BTI_" + i)).append(" BTI_").append(i).append(";\n");
        return b.append(defs).toString();
    }

    private static String typeName(Object o, String sym) {
        return o instanceof BuildTimeInit.Obj ? "BT_" + ((BuildTimeInit.Obj) o).cls.cname : sym + "_t";
    }

    private String definition(Object o, String sym) {
        StringBuilder b = new StringBuilder();
        if (o instanceof BuildTimeInit.Obj) {
            BuildTimeInit.Obj obj = (BuildTimeInit.Obj) o;
            structs.add(obj.cls);
            b.append("IMAGE struct BT_").append(obj.cls.cname).append(' ').append(sym).append(" = { .cls = ").append(p.cls(obj.cls))
                .append(", .meta = RT_META_IMAGE");
            Map<Integer, FieldInfo> byOffset = new TreeMap<>();
            for (ClassInfo k = obj.cls; k != null; k = k.superclass) {
                for (FieldInfo f : k.fields.values()) if (!f.isStatic()) byOffset.put(f.offset, f);
            }
            for (FieldInfo f : byOffset.values()) {
                b.append(", .f").append(f.offset).append(" = ").append(expr(obj.fields.get(f), f.desc));
                if (f.isReference()) roots.add("&" + sym + ".f" + f.offset);
            }
            return b.append(" };\n").toString();
        }
        if (o instanceof BuildTimeInit.RefArray) {
            BuildTimeInit.RefArray a = (BuildTimeInit.RefArray) o;
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < a.elements.length; i++) {
                elements.add(expr(a.elements[i], a.desc.substring(1)));
                roots.add("&" + sym + ".d[" + i + "]");
            }
            return ClassObjects.imageArray(sym, p.arrayCls(a.desc), "jobj", elements);
        }
        return primitiveArray(o, sym);
    }

    /** Floating-point elements as their bits, so that every NaN keeps its payload. */
    private String primitiveArray(Object a, String sym) {
        int n = java.lang.reflect.Array.getLength(a);
        String type = a instanceof boolean[] || a instanceof byte[] ? "int8_t" : a instanceof char[] ? "uint16_t"
            : a instanceof short[] ? "int16_t" : a instanceof int[] ? "jint" : a instanceof float[] ? "uint32_t"
            : a instanceof long[] ? "jlong" : "uint64_t";
        List<String> elements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (a instanceof boolean[]) elements.add(((boolean[]) a)[i] ? "1" : "0");
            else if (a instanceof byte[]) elements.add(Byte.toString(((byte[]) a)[i]));
            else if (a instanceof char[]) elements.add(Integer.toString(((char[]) a)[i]));
            else if (a instanceof short[]) elements.add(Short.toString(((short[]) a)[i]));
            else if (a instanceof int[]) elements.add(CTypes.intLiteral(((int[]) a)[i]));
            else if (a instanceof float[]) elements.add("0x" + Integer.toHexString(Float.floatToRawIntBits(((float[]) a)[i])) + "u");
            else if (a instanceof long[]) elements.add(CTypes.longLiteral(((long[]) a)[i]));
            else elements.add("0x" + Long.toHexString(Double.doubleToRawLongBits(((double[]) a)[i])) + "ull");
        }
        return ClassObjects.imageArray(sym, p.arrayCls(a.getClass().getName()), type, elements);
    }
}
