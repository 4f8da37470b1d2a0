package myos.aot;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;

/** JVM types to C types: computational types for values, storage types for memory. */
final class CTypes {
    private CTypes() {}

    /** The C type a value of this JVM type has on the operand stack / in a local. */
    static String value(Type t) {
        switch (t.getSort()) {
            case Type.VOID: return "void";
            case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT: case Type.INT: return "jint";
            case Type.LONG: return "jlong";
            case Type.FLOAT: return "jfloat";
            case Type.DOUBLE: return "jdouble";
            default: return "jobj";
        }
    }

    /** The C type of a field or array element of this JVM type. */
    static String storage(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: case Type.BYTE: return "int8_t";
            case Type.CHAR: return "uint16_t";
            case Type.SHORT: return "int16_t";
            case Type.INT: return "jint";
            case Type.LONG: return "jlong";
            case Type.FLOAT: return "jfloat";
            case Type.DOUBLE: return "jdouble";
            default: return "jobj";
        }
    }

    static int size(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: case Type.BYTE: return 1;
            case Type.CHAR: case Type.SHORT: return 2;
            case Type.INT: case Type.FLOAT: return 4;
            default: return 8;
        }
    }

    /** Kind letter used in variable names: i, j, f, d, a. */
    static char kind(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT: case Type.INT: return 'i';
            case Type.LONG: return 'j';
            case Type.FLOAT: return 'f';
            case Type.DOUBLE: return 'd';
            default: return 'a';
        }
    }

    static char kind(BasicValue v) {
        if (v == BasicValue.INT_VALUE) return 'i';
        if (v == BasicValue.LONG_VALUE) return 'j';
        if (v == BasicValue.FLOAT_VALUE) return 'f';
        if (v == BasicValue.DOUBLE_VALUE) return 'd';
        if (v == BasicValue.REFERENCE_VALUE) return 'a';
        if (v != null && v.getType() != null && v.getType().getSort() >= Type.ARRAY) return 'a';
        return '?';
    }

    static String ofKind(char k) {
        switch (k) {
            case 'i': return "jint";
            case 'j': return "jlong";
            case 'f': return "jfloat";
            case 'd': return "jdouble";
            default: return "jobj";
        }
    }

    /** A float as a C constant expression, infinities and the (canonical) NaN included. */
    static String floatConstant(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f)) return Float.isNaN(f) ? "__builtin_nanf(\"\")" : (f > 0 ? "__builtin_inff()" : "-__builtin_inff()");
        return floatLiteral(f);
    }

    /** A double as a C constant expression, infinities and the (canonical) NaN included. */
    static String doubleConstant(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.isNaN(d) ? "__builtin_nan(\"\")" : (d > 0 ? "__builtin_inf()" : "-__builtin_inf()");
        return doubleLiteral(d);
    }

    /** A C expression for the zero of a return type ("" for void). */
    static String zero(Type t) {
        return t.getSort() == Type.VOID ? "" : t.getSort() >= Type.ARRAY ? "0" : "0";
    }

    /** C literal for a float with exactly this value. */
    static String floatLiteral(float f) {
        if (Float.isNaN(f)) return "rt_bits2f(" + Float.floatToRawIntBits(f) + ")";
        if (Float.isInfinite(f)) return f > 0 ? "__builtin_inff()" : "(-__builtin_inff())";
        if (f == 0 && 1 / f < 0) return "(-0.0f)";
        return Float.toHexString(f) + "f";
    }

    static String doubleLiteral(double d) {
        if (Double.isNaN(d)) return "rt_bits2d(INT64_C(" + Double.doubleToRawLongBits(d) + "))";
        if (Double.isInfinite(d)) return d > 0 ? "__builtin_inf()" : "(-__builtin_inf())";
        if (d == 0 && 1 / d < 0) return "(-0.0)";
        return Double.toHexString(d);
    }

    static String intLiteral(int v) {
        return v == Integer.MIN_VALUE ? "((jint)0x80000000)" : Integer.toString(v);
    }

    static String longLiteral(long v) {
        return v == Long.MIN_VALUE ? "((jlong)0x8000000000000000ULL)" : "INT64_C(" + v + ")";
    }
}
