package java.lang;

/**
 * Decimal rendering of int/long straight into Latin-1 bytes: the hot path of string
 * concatenation and StringBuilder.append(int/long), without an intermediate char[].
 * (Other radixes and the parsers are in myos.classlib.num.IntegerFormat.)
 */
final class DecimalDigits {
    private DecimalDigits() {}

    /** Number of chars of Long.toString(x), sign included. */
    static int stringSize(long x) {
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
     * Writes the digits of x ending just before index end in buf (Latin-1 bytes, or UTF-16
     * chars when utf16). Works on the negative value so that MIN_VALUE needs no special case.
     */
    static void getChars(long x, int end, byte[] buf, boolean utf16) {
        boolean negative = x < 0;
        if (!negative) x = -x;
        int pos = end;
        do {
            long q = x / 10;
            int digit = (int) (q * 10 - x);
            x = q;
            pos--;
            if (utf16) String.putChar(buf, pos, '0' + digit);
            else buf[pos] = (byte) ('0' + digit);
        } while (x != 0);
        if (negative) {
            pos--;
            if (utf16) String.putChar(buf, pos, '-');
            else buf[pos] = '-';
        }
    }

    static String toString(long x) {
        int size = stringSize(x);
        byte[] buf = new byte[size];
        getChars(x, size, buf, false);
        return new String(buf, String.LATIN1);
    }
}
