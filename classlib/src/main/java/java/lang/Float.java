package java.lang;

import myos.classlib.num.FloatToDecimal;
import myos.classlib.num.FloatingDecimalParser;

/**
 * The boxed float. toString prints the shortest decimal that reads back to the same value
 * (JDK 19+) via myos.classlib.num.FloatToDecimal. The raw bit conversions are intrinsics.
 */
public final class Float extends Number implements Comparable<Float> {
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int SIZE = 32;
    public static final int PRECISION = 24;
    public static final int MAX_EXPONENT = 127;
    public static final int MIN_EXPONENT = -126;
    public static final int BYTES = 4;
    @SuppressWarnings("unchecked")
    public static final Class<Float> TYPE = (Class<Float>) float[].class.getComponentType();

    private final float value;

    @Deprecated(since = "9", forRemoval = true)
    public Float(float value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Float(double value) {
        this.value = (float) value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Float(String s) throws NumberFormatException {
        value = parseFloat(s);
    }

    public static String toString(float f) {
        return FloatToDecimal.toString(f);
    }

    /** As the JDK: subnormals print with exponent -126 and the double's hex digits. */
    public static String toHexString(float f) {
        if (Math.abs(f) < MIN_NORMAL && f != 0.0f) {
            String s = Double.toHexString(Math.scalb((double) f, Double.MIN_EXPONENT - MIN_EXPONENT));
            return s.substring(0, s.length() - "p-1022".length()) + "p-126";
        }
        return Double.toHexString(f);
    }

    public static Float valueOf(String s) throws NumberFormatException {
        return new Float(parseFloat(s));
    }

    public static Float valueOf(float f) {
        return new Float(f);
    }

    public static float parseFloat(String s) throws NumberFormatException {
        return FloatingDecimalParser.parseFloat(s);
    }

    public static boolean isNaN(float v) { return (v != v); }
    public static boolean isInfinite(float v) { return Math.abs(v) > MAX_VALUE; }
    public static boolean isFinite(float f) { return Math.abs(f) <= MAX_VALUE; }
    public boolean isNaN() { return isNaN(value); }
    public boolean isInfinite() { return isInfinite(value); }

    public String toString() { return toString(value); }

    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public int intValue() { return (int) value; }
    public long longValue() { return (long) value; }
    public float floatValue() { return value; }
    public double doubleValue() { return (double) value; }

    public int hashCode() { return hashCode(value); }

    public static int hashCode(float value) { return floatToIntBits(value); }

    public boolean equals(Object obj) {
        return (obj instanceof Float) && (floatToIntBits(((Float) obj).value) == floatToIntBits(value));
    }

    /** All NaNs become the canonical 0x7fc00000. */
    public static int floatToIntBits(float value) {
        if (!isNaN(value)) return floatToRawIntBits(value);
        return 0x7fc00000;
    }

    /** Compiler intrinsic. */
    public static native int floatToRawIntBits(float value);

    /** Compiler intrinsic. */
    public static native float intBitsToFloat(int bits);

    public int compareTo(Float anotherFloat) { return Float.compare(value, anotherFloat.value); }

    public static int compare(float f1, float f2) {
        if (f1 < f2) return -1;
        if (f1 > f2) return 1;
        int thisBits = Float.floatToIntBits(f1);
        int anotherBits = Float.floatToIntBits(f2);
        return (thisBits == anotherBits ? 0 : (thisBits < anotherBits ? -1 : 1));
    }

    public static float sum(float a, float b) { return a + b; }
    public static float max(float a, float b) { return Math.max(a, b); }
    public static float min(float a, float b) { return Math.min(a, b); }
}
