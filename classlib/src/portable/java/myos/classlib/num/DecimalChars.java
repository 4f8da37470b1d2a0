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
 * Digits are written straight to their final places in the caller's buffer.
 */
final class DecimalChars {
    private DecimalChars() {}

    /** Writes the decimal f * 10^e (f > 0, sign already written); returns the end index. */
    static int put(char[] buf, int index, long f, int e) {
        while (f % 10 == 0) {   // the shortest form has no trailing zeros
            f /= 10;
            e++;
        }
        int len = 1;            // number of digits of f
        for (long p = 10; len < 19 && p <= f; p *= 10) {
            len++;
        }
        int exp = e + len;      // value = 0.d_1 ... d_len * 10^exp
        if (0 < exp && exp <= 7) {
            // plain: d_1 .. d_exp (zero padded) '.' the rest, or '0'
            if (len <= exp) {
                putDigits(buf, index, f, len, len);
                for (int i = len; i < exp; i++) {
                    buf[index + i] = '0';
                }
                buf[index + exp] = '.';
                buf[index + exp + 1] = '0';
                return index + exp + 2;
            }
            putDigits(buf, index, f, len, exp);
            buf[index + exp] = '.';
            return index + len + 1;
        }
        if (-3 < exp && exp <= 0) {
            // 0.00ddd
            buf[index++] = '0';
            buf[index++] = '.';
            for (int i = exp; i < 0; i++) {
                buf[index++] = '0';
            }
            putDigits(buf, index, f, len, len);
            return index + len;
        }
        // computerized scientific notation d.ddd'E'n
        int end;
        if (len == 1) {
            buf[index] = (char) ('0' + (int) f);
            buf[index + 1] = '.';
            buf[index + 2] = '0';
            end = index + 3;
        } else {
            putDigits(buf, index, f, len, 1);
            buf[index + 1] = '.';
            end = index + len + 1;
        }
        buf[end++] = 'E';
        int x = exp - 1;
        if (x < 0) {
            buf[end++] = '-';
            x = -x;
        }
        if (x >= 100) {
            buf[end++] = (char) ('0' + x / 100);
        }
        if (x >= 10) {
            buf[end++] = (char) ('0' + x / 10 % 10);
        }
        buf[end++] = (char) ('0' + x % 10);
        return end;
    }

    /**
     * Writes the len digits of f from index on, leaving one slot free (for the point)
     * after the first {@code point} digits; no slot when point == len.
     */
    private static void putDigits(char[] buf, int index, long f, int len, int point) {
        for (int d = len - 1; d >= 0; d--) {
            buf[index + d + (d >= point ? 1 : 0)] = (char) ('0' + (int) (f % 10));
            f /= 10;
        }
    }

    /** Copies {@code s} into buf at index; returns the end index. */
    static int put(char[] buf, int index, String s) {
        for (int i = 0; i < s.length(); i++) {
            buf[index++] = s.charAt(i);
        }
        return index;
    }

    static String string(char[] buf, int len) {
        return new String(buf, 0, len);
    }

    static StringBuilder append(StringBuilder sb, char[] buf, int len) {
        return sb.append(buf, 0, len);
    }
}
