package java.lang;

/**
 * Decimal rendering of int/long straight into Latin-1 bytes: the hot path of string
 * concatenation and StringBuilder.append(int/long), without an intermediate char[].
 * (Other radixes and the parsers are in myos.classlib.num.IntegerFormat.)
 * As the JDK's jdk.internal.util.DecimalDigits: the work is on the negative value (so
 * MIN_VALUE needs no special case), two digits per division, and a long is divided as a
 * long only while it does not fit in an int.
 */
final class DecimalDigits {
    private DecimalDigits() {}

    /** Number of chars of Integer.toString(x), sign included. */
    static int stringSize(int x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        int p = -10;
        for (int i = 1; i < 10; i++) {
            if (x > p) return i + d;
            p = 10 * p;
        }
        return 10 + d;
    }

    /** Number of chars of Long.toString(x), sign included. */
    static int stringSize(long x) {
        if (x == (int) x) return stringSize((int) x);
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) return i + d;
            p = 10 * p;
        }
        return 19 + d;
    }

    /**
     * Writes the Latin-1 digits of x ending just before index end of buf. The pair and digit
     * stores are written out in the loops: a helper call per digit would cost more than
     * the digit.
     */
    static void getChars(long x, int end, byte[] buf) {
        if (x == (int) x) {
            getChars((int) x, end, buf);
            return;
        }
        boolean negative = x < 0;
        if (!negative) x = -x;
        int pos = end;
        while (x < Integer.MIN_VALUE) {
            long q = x / 100;
            int r = (int) (q * 100 - x), tens = r / 10;
            buf[--pos] = (byte) ('0' + r - 10 * tens);
            buf[--pos] = (byte) ('0' + tens);
            x = q;
        }
        pos = putNegative((int) x, pos, buf);
        if (negative) buf[pos - 1] = '-';
    }

    /** The int form of getChars. */
    static void getChars(int x, int end, byte[] buf) {
        int pos = putNegative(x < 0 ? x : -x, end, buf);
        if (x < 0) buf[pos - 1] = '-';
    }

    /** Digits of -x (x <= 0) ending before pos, two per division; returns the index of the first. */
    private static int putNegative(int x, int pos, byte[] buf) {
        while (x <= -100) {
            int q = x / 100;
            int r = q * 100 - x, tens = r / 10;
            buf[--pos] = (byte) ('0' + r - 10 * tens);
            buf[--pos] = (byte) ('0' + tens);
            x = q;
        }
        if (x < -9) {
            int tens = -x / 10;
            buf[--pos] = (byte) ('0' - x - 10 * tens);
            buf[--pos] = (byte) ('0' + tens);
        } else {
            buf[--pos] = (byte) ('0' - x);
        }
        return pos;
    }

    /** Integer.toString and Long.toString (an int argument takes the int paths inside). */
    static String toString(long x) {
        int size = stringSize(x);
        byte[] buf = new byte[size];
        getChars(x, size, buf);
        return new String(buf, String.LATIN1);
    }
}
