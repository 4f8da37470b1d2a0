package java.lang;

import myos.classlib.num.FdLibm;
import myos.rt.Os;

/**
 * Basic numeric functions. Everything is exact Java except sqrt (a compiler intrinsic:
 * one sqrtsd, which is correctly rounded as Java requires). The transcendental functions
 * are the fdlibm algorithms (myos.classlib.num.FdLibm), i.e. StrictMath's results; HotSpot
 * may differ from StrictMath in the last ulp for some of them (it uses its own intrinsics).
 */
public final class Math {
    private Math() {}

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;

    static final long DOUBLE_SIGNIF_MASK = 0x000FFFFFFFFFFFFFL;
    static final long DOUBLE_EXP_MASK = 0x7FF0000000000000L;
    static final int FLOAT_SIGNIF_MASK = 0x007FFFFF;
    static final int FLOAT_EXP_MASK = 0x7F800000;

    public static double sin(double a) { return FdLibm.sin(a); }
    public static double cos(double a) { return FdLibm.cos(a); }
    public static double tan(double a) { return FdLibm.tan(a); }
    public static double asin(double a) { return FdLibm.asin(a); }
    public static double acos(double a) { return FdLibm.acos(a); }
    public static double atan(double a) { return FdLibm.atan(a); }
    public static double toRadians(double angdeg) { return angdeg * DEGREES_TO_RADIANS; }
    public static double toDegrees(double angrad) { return angrad * RADIANS_TO_DEGREES; }
    public static double exp(double a) { return FdLibm.exp(a); }
    public static double log(double a) { return FdLibm.log(a); }
    public static double log10(double a) { return FdLibm.log10(a); }

    /** Compiler intrinsic (sqrtsd). */
    public static native double sqrt(double a);

    public static double cbrt(double a) { return FdLibm.cbrt(a); }
    public static double IEEEremainder(double f1, double f2) { return FdLibm.IEEEremainder(f1, f2); }

    public static double ceil(double a) { return floorOrCeil(a, -0.0, 1.0, 1.0); }
    public static double floor(double a) { return floorOrCeil(a, -1.0, 0.0, -1.0); }

    /** Clears the fraction bits below the exponent, then steps away from zero if needed. */
    private static double floorOrCeil(double a, double negativeBoundary, double positiveBoundary, double sign) {
        int exponent = getExponent(a);
        if (exponent < 0) return (a == 0.0) ? a : ((a < 0.0) ? negativeBoundary : positiveBoundary);
        if (exponent >= 52) return a; // infinity, NaN, or already integral
        long doppel = Double.doubleToRawLongBits(a);
        long mask = DOUBLE_SIGNIF_MASK >> exponent;
        if ((mask & doppel) == 0L) return a;
        double result = Double.longBitsToDouble(doppel & (~mask));
        if (sign * a > 0.0) result = result + sign;
        return result;
    }

    /** Round half even: adding and subtracting 2^52 leaves the nearest integer. */
    public static double rint(double a) {
        double twoToThe52 = (double) (1L << 52);
        double sign = copySign(1.0, a);
        a = abs(a);
        if (a < twoToThe52) a = ((twoToThe52 + a) - twoToThe52);
        return sign * a;
    }

    public static double atan2(double y, double x) { return FdLibm.atan2(y, x); }
    public static double pow(double a, double b) { return FdLibm.pow(a, b); }

    /** floor(a + 0.5) computed exactly on the bits (no double rounding), as the JDK. */
    public static int round(float a) {
        int intBits = Float.floatToRawIntBits(a);
        int biasedExp = (intBits & FLOAT_EXP_MASK) >> 23;
        int shift = (24 - 2 + 127) - biasedExp;
        if ((shift & -32) == 0) {
            int r = ((intBits & FLOAT_SIGNIF_MASK) | (FLOAT_SIGNIF_MASK + 1));
            if (intBits < 0) r = -r;
            return ((r >> shift) + 1) >> 1;
        }
        return (int) a;
    }

    public static long round(double a) {
        long longBits = Double.doubleToRawLongBits(a);
        long biasedExp = (longBits & DOUBLE_EXP_MASK) >> 52;
        long shift = (53 - 2 + 1023) - biasedExp;
        if ((shift & -64) == 0) {
            long r = ((longBits & DOUBLE_SIGNIF_MASK) | (DOUBLE_SIGNIF_MASK + 1));
            if (longBits < 0) r = -r;
            return ((r >> shift) + 1) >> 1;
        }
        return (long) a;
    }

    // ---- random: xorshift64*, seeded from the clock at first use (never at build time) ----

    private static long seed;

    public static synchronized double random() {
        long x = seed;
        if (x == 0) x = Os.nanoTime() ^ 0x9E3779B97F4A7C15L ^ ((long) Object.identityHash(new Object()) << 32);
        if (x == 0) x = 1;
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        seed = x;
        return ((x * 0x2545F4914F6CDD1DL) >>> 11) * 0x1.0p-53;
    }

    // ---- exact arithmetic ----

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) throw new ArithmeticException("integer overflow");
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = abs(x), ay = abs(y);
        if (((ax | ay) >>> 31 != 0)) {
            if (((y != 0) && (r / y != x)) || (x == Long.MIN_VALUE && y == -1))
                throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int divideExact(int x, int y) {
        int q = x / y;
        if ((x & y & q) >= 0) return q;
        throw new ArithmeticException("integer overflow");
    }

    public static long divideExact(long x, long y) {
        long q = x / y;
        if ((x & y & q) >= 0) return q;
        throw new ArithmeticException("long overflow");
    }

    public static int floorDivExact(int x, int y) {
        int q = x / y;
        if ((x & y & q) >= 0) return ((x ^ y) < 0 && (q * y != x)) ? q - 1 : q;
        throw new ArithmeticException("integer overflow");
    }

    public static long floorDivExact(long x, long y) {
        long q = x / y;
        if ((x & y & q) >= 0) return ((x ^ y) < 0 && (q * y != x)) ? q - 1 : q;
        throw new ArithmeticException("long overflow");
    }

    public static int ceilDivExact(int x, int y) {
        int q = x / y;
        if ((x & y & q) >= 0) return ((x ^ y) >= 0 && (q * y != x)) ? q + 1 : q;
        throw new ArithmeticException("integer overflow");
    }

    public static long ceilDivExact(long x, long y) {
        long q = x / y;
        if ((x & y & q) >= 0) return ((x ^ y) >= 0 && (q * y != x)) ? q + 1 : q;
        throw new ArithmeticException("long overflow");
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) throw new ArithmeticException("integer overflow");
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) throw new ArithmeticException("long overflow");
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) throw new ArithmeticException("integer overflow");
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** High 64 bits of the 128-bit product (Hacker's Delight 8-2). */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32, x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32, y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    public static long unsignedMultiplyHigh(long x, long y) {
        long result = multiplyHigh(x, y);
        result += (y & (x >> 63));
        result += (x & (y >> 63));
        return result;
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) return q - 1;
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) return q - 1;
        return q;
    }

    public static int floorMod(int x, int y) {
        int r = x % y;
        if ((x ^ y) < 0 && r != 0) return r + y;
        return r;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long r = x % y;
        if ((x ^ y) < 0 && r != 0) return r + y;
        return r;
    }

    public static int ceilDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) >= 0 && (q * y != x)) return q + 1;
        return q;
    }

    public static long ceilDiv(long x, int y) {
        return ceilDiv(x, (long) y);
    }

    public static long ceilDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) >= 0 && (q * y != x)) return q + 1;
        return q;
    }

    public static int ceilMod(int x, int y) {
        int r = x % y;
        if ((x ^ y) >= 0 && r != 0) return r - y;
        return r;
    }

    public static int ceilMod(long x, int y) {
        return (int) ceilMod(x, (long) y);
    }

    public static long ceilMod(long x, long y) {
        long r = x % y;
        if ((x ^ y) >= 0 && r != 0) return r - y;
        return r;
    }

    // ---- abs, min, max, clamp ----

    public static int abs(int a) { return (a < 0) ? -a : a; }
    public static long abs(long a) { return (a < 0) ? -a : a; }
    public static float abs(float a) { return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7fffffff); }
    public static double abs(double a) { return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0x7fffffffffffffffL); }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE)
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE)
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        return abs(a);
    }

    public static int max(int a, int b) { return (a >= b) ? a : b; }
    public static long max(long a, long b) { return (a >= b) ? a : b; }

    /** NaN wins; +0.0 is greater than -0.0. */
    public static float max(float a, float b) {
        if (a != a) return a;
        if ((a == 0.0f) && (b == 0.0f) && (Float.floatToRawIntBits(a) == Float.floatToRawIntBits(-0.0f))) return b;
        return (a >= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) return a;
        if ((a == 0.0d) && (b == 0.0d) && (Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(-0.0d))) return b;
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) { return (a <= b) ? a : b; }
    public static long min(long a, long b) { return (a <= b) ? a : b; }

    public static float min(float a, float b) {
        if (a != a) return a;
        if ((a == 0.0f) && (b == 0.0f) && (Float.floatToRawIntBits(b) == Float.floatToRawIntBits(-0.0f))) return b;
        return (a <= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) return a;
        if ((a == 0.0d) && (b == 0.0d) && (Double.doubleToRawLongBits(b) == Double.doubleToRawLongBits(-0.0d))) return b;
        return (a <= b) ? a : b;
    }

    public static int clamp(long value, int min, int max) {
        if (min > max) throw new IllegalArgumentException(min + " > " + max);
        return (int) min(max, max(value, min));
    }

    public static long clamp(long value, long min, long max) {
        if (min > max) throw new IllegalArgumentException(min + " > " + max);
        return min(max, max(value, min));
    }

    public static double clamp(double value, double min, double max) {
        if (!(min < max)) {
            if (Double.isNaN(min)) throw new IllegalArgumentException("min is NaN");
            if (Double.isNaN(max)) throw new IllegalArgumentException("max is NaN");
            if (Double.compare(min, max) > 0) throw new IllegalArgumentException(min + " > " + max);
        }
        return min(max, max(value, min));
    }

    public static float clamp(float value, float min, float max) {
        if (!(min < max)) {
            if (Float.isNaN(min)) throw new IllegalArgumentException("min is NaN");
            if (Float.isNaN(max)) throw new IllegalArgumentException("max is NaN");
            if (Float.compare(min, max) > 0) throw new IllegalArgumentException(min + " > " + max);
        }
        return min(max, max(value, min));
    }

    // ---- IEEE helpers ----

    public static double ulp(double d) {
        int exp = getExponent(d);
        switch (exp) {
            case Double.MAX_EXPONENT + 1: return abs(d);
            case Double.MIN_EXPONENT - 1: return Double.MIN_VALUE;
            default:
                exp = exp - 52;
                if (exp >= Double.MIN_EXPONENT) return powerOfTwoD(exp);
                return Double.longBitsToDouble(1L << (exp - (Double.MIN_EXPONENT - 52)));
        }
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        switch (exp) {
            case Float.MAX_EXPONENT + 1: return abs(f);
            case Float.MIN_EXPONENT - 1: return Float.MIN_VALUE;
            default:
                exp = exp - 23;
                if (exp >= Float.MIN_EXPONENT) return powerOfTwoF(exp);
                return Float.intBitsToFloat(1 << (exp - (Float.MIN_EXPONENT - 23)));
        }
    }

    public static double signum(double d) { return (d == 0.0 || Double.isNaN(d)) ? d : copySign(1.0, d); }
    public static float signum(float f) { return (f == 0.0f || Float.isNaN(f)) ? f : copySign(1.0f, f); }

    public static double sinh(double x) { return FdLibm.sinh(x); }
    public static double cosh(double x) { return FdLibm.cosh(x); }
    public static double tanh(double x) { return FdLibm.tanh(x); }
    public static double hypot(double x, double y) { return FdLibm.hypot(x, y); }
    public static double expm1(double x) { return FdLibm.expm1(x); }
    public static double log1p(double x) { return FdLibm.log1p(x); }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & 0x8000000000000000L)
                | (Double.doubleToRawLongBits(magnitude) & 0x7fffffffffffffffL));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & 0x80000000)
                | (Float.floatToRawIntBits(magnitude) & 0x7fffffff));
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) & FLOAT_EXP_MASK) >> 23) - 127;
    }

    public static int getExponent(double d) {
        return (int) (((Double.doubleToRawLongBits(d) & DOUBLE_EXP_MASK) >> 52) - 1023);
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            if (start != 0.0d) {
                long transducer = Double.doubleToRawLongBits(start);
                return Double.longBitsToDouble(transducer + ((transducer > 0L) ? -1L : 1L));
            }
            return -Double.MIN_VALUE;
        } else if (start < direction) {
            long transducer = Double.doubleToRawLongBits(start + 0.0d);
            return Double.longBitsToDouble(transducer + ((transducer >= 0L) ? 1L : -1L));
        } else if (start == direction) {
            return direction;
        }
        return start + direction; // NaN
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            if (start != 0.0f) {
                int transducer = Float.floatToRawIntBits(start);
                return Float.intBitsToFloat(transducer + ((transducer > 0) ? -1 : 1));
            }
            return -Float.MIN_VALUE;
        } else if (start < direction) {
            int transducer = Float.floatToRawIntBits(start + 0.0f);
            return Float.intBitsToFloat(transducer + ((transducer >= 0) ? 1 : -1));
        } else if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    public static double nextUp(double d) {
        if (d < Double.POSITIVE_INFINITY) {
            long transducer = Double.doubleToRawLongBits(d + 0.0D);
            return Double.longBitsToDouble(transducer + ((transducer >= 0L) ? 1L : -1L));
        }
        return d;
    }

    public static float nextUp(float f) {
        if (f < Float.POSITIVE_INFINITY) {
            int transducer = Float.floatToRawIntBits(f + 0.0F);
            return Float.intBitsToFloat(transducer + ((transducer >= 0) ? 1 : -1));
        }
        return f;
    }

    public static double nextDown(double d) {
        if (Double.isNaN(d) || d == Double.NEGATIVE_INFINITY) return d;
        if (d == 0.0) return -Double.MIN_VALUE;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d > 0.0d) ? -1L : +1L));
    }

    public static float nextDown(float f) {
        if (Float.isNaN(f) || f == Float.NEGATIVE_INFINITY) return f;
        if (f == 0.0f) return -Float.MIN_VALUE;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f > 0.0f) ? -1 : +1));
    }

    /**
     * a * b + c rounded once (IEEE 754 fusedMultiplyAdd). The baseline x86-64 ISA has no
     * FMA instruction and gcc must not contract (-ffp-contract=off): exact integer
     * arithmetic in myos.classlib.num.Fma, tested bit for bit against the JDK's.
     */
    public static double fma(double a, double b, double c) {
        return myos.classlib.num.Fma.fma(a, b, c);
    }

    public static float fma(float a, float b, float c) {
        return myos.classlib.num.Fma.fma(a, b, c);
    }

    /** d * 2^scaleFactor, rounded once, in at most three exact steps (the JDK's method). */
    public static double scalb(double d, int scaleFactor) {
        final int MAX_SCALE = Double.MAX_EXPONENT + -Double.MIN_EXPONENT + 52 + 1;
        int exp_adjust = 0;
        int scale_increment = 0;
        double exp_delta = Double.NaN;
        if (scaleFactor < 0) {
            scaleFactor = Math.max(scaleFactor, -MAX_SCALE);
            scale_increment = -512;
            exp_delta = 0x1.0p-512;
        } else {
            scaleFactor = Math.min(scaleFactor, MAX_SCALE);
            scale_increment = 512;
            exp_delta = 0x1.0p512;
        }
        int t = (scaleFactor >> 9 - 1) >>> 32 - 9;
        exp_adjust = ((scaleFactor + t) & (512 - 1)) - t;
        d *= powerOfTwoD(exp_adjust);
        scaleFactor -= exp_adjust;
        while (scaleFactor != 0) {
            d *= exp_delta;
            scaleFactor -= scale_increment;
        }
        return d;
    }

    public static float scalb(float f, int scaleFactor) {
        final int MAX_SCALE = Float.MAX_EXPONENT + -Float.MIN_EXPONENT + 23 + 1;
        scaleFactor = Math.max(Math.min(scaleFactor, MAX_SCALE), -MAX_SCALE);
        return (float) ((double) f * powerOfTwoD(scaleFactor));
    }

    static double powerOfTwoD(int n) {
        return Double.longBitsToDouble((((long) n + 1023L) << 52) & DOUBLE_EXP_MASK);
    }

    static float powerOfTwoF(int n) {
        return Float.intBitsToFloat(((n + 127) << 23) & FLOAT_EXP_MASK);
    }
}
