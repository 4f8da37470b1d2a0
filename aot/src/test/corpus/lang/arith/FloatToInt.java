package corpus.lang.arith;

/** float/double to int/long/char/short/byte: saturation, NaN to 0, truncation toward zero. */
public class FloatToInt {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 0.9999999999, 1.5, -1.5, 2.5, -2.5, 1e10, -1e10, 1e19, -1e19, 1e300, -1e300,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE,
            2147483647.0, 2147483647.9, 2147483648.0, -2147483648.0, -2147483648.9, -2147483649.0,
            9.223372036854775807E18, -9.223372036854775808E18, 65535.9, 65536.0, -1.0, 32767.5, 32768.0, -32769.0, 127.9, 128.0, -129.0,
            255.0, 256.0, 4294967296.0 + 65.0};
        for (double d : ds) {
            System.out.println(d + " -> int " + (int) d + " long " + (long) d + " char " + (int) (char) d + " short " + (short) d
                + " byte " + (byte) d + " float " + (float) d);
        }
        float[] fs = {0.0f, -0.0f, 0.5f, -0.7f, 1.5e9f, 3e9f, -3e9f, 1e19f, -1e19f, 1e38f, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, 2.14748365E9f, 16777217f, 65535.99f, 70000.5f};
        for (float f : fs) {
            System.out.println(f + " -> int " + (int) f + " long " + (long) f + " char " + (int) (char) f + " short " + (short) f
                + " byte " + (byte) f + " double " + (double) f);
        }
        System.out.println("round: " + Math.round(0.5) + " " + Math.round(-0.5) + " " + Math.round(2.5) + " " + Math.round(-2.5)
            + " " + Math.round(Double.NaN) + " " + Math.round(1e20) + " " + Math.round(0.49999999999999994) + " " + Math.round(-1e20f)
            + " " + Math.round(Float.NaN) + " " + Math.round(8388609.0f));
        System.out.println("floor/ceil/rint: " + Math.floor(-0.5) + " " + Math.ceil(-0.5) + " " + Math.rint(2.5) + " " + Math.rint(3.5)
            + " " + Math.rint(-2.5) + " " + Math.floor(1e300) + " " + Math.ceil(Double.NaN) + " " + Math.abs(-0.0) + " " + Math.abs(-0.0f));
    }
}
