package java.lang;

/**
 * String concatenation (JLS §15.18.1) as the compiler lowers it (aot ConcatClass): the
 * result's length and coder are summed first ({@code mix}), one byte[] of that size is
 * allocated, the pieces are written into it from the last to the first ({@code prepend}),
 * and the String takes the array as it is — one array and one String per concatenation,
 * like the JDK's StringConcatFactory, instead of a StringBuilder that grows and is copied
 * again. Object, float and double arguments are made strings first, left to right
 * ({@link #stringOf}), as the JDK does since 19.
 *
 * <p>The state is one long: the length (or, while prepending, the index) in the low 32 bits,
 * the coder (LATIN1 0, UTF16 1) in bit 32. Called only from generated code.
 */
final class StringConcatHelper {
    private StringConcatHelper() {}

    private static final long UTF16 = 1L << 32;

    /** String.valueOf, but a toString() that returns null reads "null" too (JDK StringConcatHelper.stringOf). */
    static String stringOf(Object value) {
        String s;
        return value == null || (s = value.toString()) == null ? "null" : s;
    }

    private static long checkOverflow(long lc) {
        if ((int) lc < 0) throw new OutOfMemoryError("Overflow: String length out of range");
        return lc;
    }

    static long mix(long lc, String s) {
        return checkOverflow((lc + s.length()) | ((long) s.coder() << 32));
    }

    static long mix(long lc, int x) {
        return checkOverflow(lc + DecimalDigits.stringSize(x));
    }

    static long mix(long lc, long x) {
        return checkOverflow(lc + DecimalDigits.stringSize(x));
    }

    static long mix(long lc, char c) {
        return checkOverflow((lc + 1) | (c > 0xFF ? UTF16 : 0));
    }

    static long mix(long lc, boolean b) {
        return checkOverflow(lc + (b ? 4 : 5));
    }

    static byte[] newArray(long lc) {
        int coder = (int) (lc >>> 32);
        if ((int) lc > Integer.MAX_VALUE >> coder) throw new OutOfMemoryError("Overflow: String length out of range");
        return new byte[(int) lc << coder];
    }

    static long prepend(long ic, byte[] buf, String s) {
        int index = (int) ic - s.length();
        String.putChars(buf, (byte) (ic >>> 32), index, s);
        return (ic & UTF16) | index;
    }

    static long prepend(long ic, byte[] buf, char c) {
        int index = (int) ic - 1;
        if ((ic & UTF16) == 0) buf[index] = (byte) c;
        else String.putChar(buf, index, c);
        return (ic & UTF16) | index;
    }

    static long prepend(long ic, byte[] buf, boolean b) {
        return prepend(ic, buf, b ? "true" : "false");
    }

    static long prepend(long ic, byte[] buf, int x) {
        return prepend(ic, buf, (long) x);
    }

    static long prepend(long ic, byte[] buf, long x) {
        int end = (int) ic;
        DecimalDigits.getChars(x, end, buf, (byte) (ic >>> 32));
        return (ic & UTF16) | (end - DecimalDigits.stringSize(x));
    }

    static String newString(byte[] buf, long ic) {
        return new String(buf, (byte) (ic >>> 32));
    }
}
