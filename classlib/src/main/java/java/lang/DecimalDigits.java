package java.lang;

/**
 * Decimal rendering of int/long straight into Latin-1 bytes: the hot path of string
 * concatenation and StringBuilder.append(int/long), without an intermediate char[].
 * Also the radix-10 fast path of parseInt/parseLong (parse); other radixes and the general
 * parsers are in myos.classlib.num.IntegerFormat.
 * As the JDK's jdk.internal.util.DecimalDigits: the work is on the negative value (so
 * MIN_VALUE needs no special case), two digits per division, and a long is divided as a
 * long only while it does not fit in an int.
 */
final class DecimalDigits {
    private DecimalDigits() {}

    /**
     * Number of chars of Integer.toString(x), sign included. Straight-line compares, not a
     * loop: a loop's back edge carries a safepoint poll, which costs more than a compare.
     */
    static int stringSize(int x) {
        int d = 0;
        if (x < 0) d = 1;
        else x = -x;
        if (x > -10) return 1 + d;
        if (x > -100) return 2 + d;
        if (x > -1000) return 3 + d;
        if (x > -10000) return 4 + d;
        if (x > -100000) return 5 + d;
        if (x > -1000000) return 6 + d;
        if (x > -10000000) return 7 + d;
        if (x > -100000000) return 8 + d;
        if (x > -1000000000) return 9 + d;
        return 10 + d;
    }

    /**
     * Number of chars of Long.toString(x), sign included. Beyond the int range there are at
     * least ten digits: the ten low ones and those of the int above them (with its sign).
     */
    static int stringSize(long x) {
        if (x == (int) x) return stringSize((int) x);
        int high = (int) (x / 10_000_000_000L);
        return high != 0 ? 10 + stringSize(high) : x < 0 ? 11 : 10;
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

    /**
     * The chars of Long.toString(x) ending just before char index end of buf, a Latin-1 or
     * UTF16 buffer (coder): Latin-1 directly, UTF16 through a small Latin-1 array, widened.
     */
    static void getChars(long x, int end, byte[] buf, byte coder) {
        if (coder == String.LATIN1) {
            getChars(x, end, buf);
            return;
        }
        int size = stringSize(x);
        byte[] digits = new byte[size];
        getChars(x, size, digits);
        String.inflate(digits, 0, buf, end - size, size);
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

    /** What parse returns for a string it leaves to the general parser (no result of parse). */
    static final long NOT_PARSED = Long.MIN_VALUE;

    /**
     * The fast path of Integer.parseInt / Long.parseLong in radix 10: a Latin-1 string of an
     * optional sign and 1..maxDigits ASCII digits, too short to overflow (9 digits for an
     * int, 18 for a long). Latin-1 has no other chars that Character.digit takes as decimal
     * digits. Anything else returns NOT_PARSED and takes the general parser, which has the
     * exact NumberFormatException messages.
     */
    static long parse(String s, int maxDigits) {
        if (s == null || s.coder() != String.LATIN1) return NOT_PARSED;
        byte[] v = s.value();
        int n = v.length, start = n > 0 && (v[0] == '-' || v[0] == '+') ? 1 : 0;
        if (n == start || n - start > maxDigits) return NOT_PARSED;
        long r = 0;
        for (int i = start; i < n; i++) {
            int d = v[i] - '0';
            if (d < 0 || d > 9) return NOT_PARSED;
            r = 10 * r + d;
        }
        return start == 1 && v[0] == '-' ? -r : r;
    }
}
