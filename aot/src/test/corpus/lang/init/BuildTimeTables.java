package corpus.lang.init;

import java.util.Arrays;

/**
 * Static initialisers the compiler runs at build time (aot BuildTimeInit: constant tables)
 * next to ones that must stay lazy, with what a program can observe of either: the values,
 * that image arrays are ordinary mutable arrays (stores, locks, identity hashes, clone,
 * class), initialisation order and failures of the lazy ones (JLS §12.4).
 */
public class BuildTimeTables {
    /** A CRC-32 table (IEEE 802.3 polynomial, reflected) computed by loops: build time. */
    static final class Crc {
        static final int[] TABLE = new int[256];
        static final char[] HEX = "0123456789abcdef".toCharArray();
        static final long[] POWERS = new long[63];
        static final boolean[] ODD = new boolean[16];
        static final byte NARROW_BYTE;
        static final char NARROW_CHAR;
        static final short NARROW_SHORT;
        static int counter = 3;
        static {
            for (int n = 0; n < 256; n++) {
                int c = n;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
                TABLE[n] = c;
            }
            for (int i = 0; i < POWERS.length; i++) POWERS[i] = 1L << i;
            for (int i = 0; i < ODD.length; i++) ODD[i] = (i & 1) == 1;
            int big = 300;
            NARROW_BYTE = (byte) big;
            NARROW_CHAR = (char) -1;
            NARROW_SHORT = (short) 70000;
            counter += fold(7);
        }
        private static int fold(int n) { return n <= 1 ? 1 : n * fold(n - 1) % 1000; }

        static int crc(byte[] data) {
            int c = 0xFFFFFFFF;
            for (byte b : data) c = TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
            return ~c;
        }
    }

    /** Floating-point tables: NaN payloads, signed zeros, subnormals must keep their bits. */
    static final class Floats {
        static final float[] F = {Float.intBitsToFloat(0x7fc00001), -0.0f, Float.MIN_VALUE, 1.0f / 3, Float.NaN, Float.POSITIVE_INFINITY};
        static final double[] D = {Double.longBitsToDouble(0x7ff8000000000123L), -0.0, Double.MIN_VALUE, Math.sqrt(2), 0.1 + 0.2};
        static final double THIRD = 1.0 / 3;
    }

    /** A float field holding a NaN with a payload (kept lazy by the compiler: a C initialiser cannot spell it). */
    static final class FloatField {
        static final float ODD_NAN = Float.intBitsToFloat(0x7fc00abc);
    }

    /** Empty reference arrays, class constants and a literal: build time too. */
    static final class Refs {
        static final Object[] EMPTY = {};
        static final String[] NO_STRINGS = new String[0];
        static final Class<?> INT = int[].class.getComponentType();
        static final Class<?> STRINGS = String[].class;
        static final String NAME = "refs";
    }

    /** Interface fields are initialised by the interface's <clinit>. */
    interface Limits {
        int[] STEPS = {1, 2, 4, 8};
        long MASK = (1L << Crc.POWERS.length) - 1;
    }

    /** Reads another class's final static computed at build time. */
    static final class Derived {
        static final int FIRST = Crc.NARROW_BYTE * 2;
        static final String TAG = Refs.NAME + "!".length();
    }

    /** Reads a non-final static of another class: stays lazy, sees the value at first use. */
    static final class Reader {
        static final int SEEN = Source.value * 10;
    }
    static final class Source {
        static int value = 1;
    }

    /** Output in the initialiser: stays lazy, runs at first use. */
    static final class Noisy {
        static final int[] T = {5, 6};
        static { System.out.println("Noisy initialised"); }
    }

    /** Would divide by zero: stays lazy and fails at first use, as on the JVM. */
    static final class Broken {
        static int zero = 0;
        static final int[] T = new int[4];
        static { T[0] = 1 / zero; }
    }

    /** A superclass with a lazy initialiser keeps its pure subclass lazy too (JLS §12.4.2 step 7). */
    static class Base {
        static { System.out.println("Base initialised"); }
    }
    static final class Child extends Base {
        static final int[] T = {9};
    }

    public static void main(String[] args) {
        System.out.println(Integer.toHexString(Crc.TABLE[1]) + " " + Integer.toHexString(Crc.TABLE[255]));
        System.out.println(Integer.toHexString(Crc.crc("123456789".getBytes())));
        System.out.println(new String(Crc.HEX) + " " + Crc.POWERS[62] + " " + Arrays.toString(Crc.ODD));
        System.out.println(Crc.NARROW_BYTE + " " + (int) Crc.NARROW_CHAR + " " + Crc.NARROW_SHORT + " " + Crc.counter);

        // image arrays are ordinary arrays
        Crc.TABLE[0] = 12345;
        System.out.println(Crc.TABLE[0] + " " + Crc.TABLE.length + " " + Crc.TABLE.getClass().getName());
        int[] copy = Crc.TABLE.clone();
        copy[1] = 0;
        System.out.println((copy != Crc.TABLE) + " " + Crc.TABLE[1] + " " + (System.identityHashCode(Crc.TABLE) == System.identityHashCode(Crc.TABLE)));
        synchronized (Crc.TABLE) {
            Crc.counter++;
        }
        System.out.println(Crc.counter + " " + Arrays.hashCode(Crc.HEX) + " " + (Crc.TABLE instanceof Object));

        for (float f : Floats.F) System.out.print(Integer.toHexString(Float.floatToRawIntBits(f)) + " ");
        System.out.println();
        for (double d : Floats.D) System.out.print(Long.toHexString(Double.doubleToRawLongBits(d)) + " ");
        System.out.println();
        System.out.println(Integer.toHexString(Float.floatToRawIntBits(FloatField.ODD_NAN)) + " " + Floats.THIRD);

        System.out.println(Refs.EMPTY.length + " " + Refs.EMPTY.getClass().getName() + " " + Refs.NO_STRINGS.getClass().getSimpleName()
            + " " + Refs.INT + " " + (Refs.INT == int.class) + " " + Refs.STRINGS.getName() + " " + Refs.NAME
            + " " + (Refs.EMPTY != (Object) Refs.NO_STRINGS) + " " + Arrays.asList(Refs.EMPTY).size());
        try {
            Refs.EMPTY[0] = "x";
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Arrays.toString(Limits.STEPS) + " " + Long.toHexString(Limits.MASK));
        System.out.println(Derived.FIRST + " " + Derived.TAG);

        Source.value = 42;
        System.out.println(Reader.SEEN);

        System.out.println("before Noisy");
        System.out.println(Noisy.T[1]);

        try {
            System.out.println(Broken.T.length);
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE " + e.getCause());
        }
        try {
            System.out.println(Broken.T.length);
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE " + e.getMessage());
        }

        System.out.println("before Child");
        System.out.println(Child.T[0]);
    }
}
