package myos.classlib.num;

/**
 * Renders a decimal f * 10^e (f > 0) in the format of {@code Double.toString} /
 * {@code Float.toString} (JDK 19+ javadoc): with n the exponent such that
 * 10^n <= value < 10^(n+1),
 * <ul>
 * <li>-3 <= n < 7: plain notation, integer part, '.', at least one fraction digit
 *     ("100.0", "0.001", "1234567.0");</li>
 * <li>otherwise: computerized scientific notation d.ddd'E'n with at least one digit
 *     after the point ("1.0E7", "1.0E-4", "4.9E-324").</li>
 * </ul>
 */
final class DecimalChars {
    private DecimalChars() {}

    /** Writes the special values and the sign-less decimal; returns the end index. */
    static int put(char[] buf, int index, long f, int e) {
        while (f % 10 == 0) {   // f > 0: the shortest form has no trailing zeros
            f /= 10;
            e++;
        }
        char[] digits = new char[20];
        int len = 0;
        for (long x = f; x != 0; x /= 10) {
            digits[19 - len++] = (char) ('0' + (int) (x % 10));
        }
        int first = 20 - len;
        int exp = e + len;     // value = 0.d_1 ... d_len * 10^exp
        if (0 < exp && exp <= 7) {
            for (int i = 0; i < exp; i++) {
                buf[index++] = i < len ? digits[first + i] : '0';
            }
            buf[index++] = '.';
            if (exp >= len) {
                buf[index++] = '0';
            } else {
                for (int i = exp; i < len; i++) {
                    buf[index++] = digits[first + i];
                }
            }
            return index;
        }
        if (-3 < exp && exp <= 0) {
            buf[index++] = '0';
            buf[index++] = '.';
            for (int i = exp; i < 0; i++) {
                buf[index++] = '0';
            }
            for (int i = 0; i < len; i++) {
                buf[index++] = digits[first + i];
            }
            return index;
        }
        buf[index++] = digits[first];
        buf[index++] = '.';
        if (len == 1) {
            buf[index++] = '0';
        } else {
            for (int i = 1; i < len; i++) {
                buf[index++] = digits[first + i];
            }
        }
        buf[index++] = 'E';
        int x = exp - 1;
        if (x < 0) {
            buf[index++] = '-';
            x = -x;
        }
        if (x >= 100) {
            buf[index++] = (char) ('0' + x / 100);
        }
        if (x >= 10) {
            buf[index++] = (char) ('0' + x / 10 % 10);
        }
        buf[index++] = (char) ('0' + x % 10);
        return index;
    }

    /** Copies {@code s} into buf at index; returns the end index. */
    static int put(char[] buf, int index, String s) {
        for (int i = 0; i < s.length(); i++) {
            buf[index++] = s.charAt(i);
        }
        return index;
    }

    static String string(char[] buf, int len) {
        char[] exact = new char[len];
        for (int i = 0; i < len; i++) {
            exact[i] = buf[i];
        }
        return new String(exact);
    }

    static StringBuilder append(StringBuilder sb, char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            sb.append(buf[i]);
        }
        return sb;
    }
}
