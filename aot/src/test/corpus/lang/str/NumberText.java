package corpus.lang.str;

/**
 * Decimal int/long text at the boundaries of the classlib's fast paths (DecimalDigits): the
 * digit counts around every power of ten, the int/long limits, the values just outside the
 * int range, and radix-10 parsing of short Latin-1 strings next to the general parser
 * (long strings, other digits, signs, malformed input and its messages).
 */
public class NumberText {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (long p = 1, k = 0; k < 19; k++, p *= 10) {
            long[] vs = {p - 1, p, p + 1, -p, 1 - p, -p - 1};
            for (long v : vs) {
                sb.setLength(0);
                sb.append(v).append(' ').append((int) v).append(' ').append(Long.toString(v).length());
                String s = Long.toString(v);
                System.out.println(sb + " " + Integer.toString((int) v) + " " + String.valueOf(v).equals(s) + " " + ("" + v).equals(s)
                    + " " + (Long.parseLong(s) == v) + " " + Long.valueOf(s));
            }
        }
        long[] edges = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MIN_VALUE + 1, 9_999_999_999L, 10_000_000_000L, -9_999_999_999L, -10_000_000_000L,
            99_999_999_999_999_999L, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L};
        StringBuilder wide = new StringBuilder("\u0100:");
        for (long v : edges) {
            wide.append(v).append(',');
            System.out.println(v + " " + Long.toString(v).length() + " " + (int) v + " " + Long.toString(v).hashCode());
        }
        System.out.println(wide.length() + " " + wide.toString().hashCode());
        String[] ints = {"0", "-0", "+0", "7", "-7", "+7", "123456789", "-123456789", "999999999", "1234567890", "2147483647",
            "-2147483648", "2147483648", "-2147483649", "0000000000012", "-000000000", "", "-", "+", "--1", "+-1", "1-",
            "12a", "a12", " 12", "12 ", "\u00b2", "1\u00b9", "\u0661\u0662", "\uff11\uff12", "1_000", "0x10", "1e3", "9".repeat(30)};
        for (String s : ints) {
            System.out.println(show(s) + " int " + parseInt(s) + " long " + parseLong(s) + " valueOf " + valueOf(s));
        }
        String[] longs = {"999999999999999999", "-999999999999999999", "1000000000000000000", "9223372036854775807",
            "-9223372036854775808", "9223372036854775808", "-9223372036854775809", "+9223372036854775807", "00000000000000000000042"};
        for (String s : longs) System.out.println(show(s) + " long " + parseLong(s));
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Long.parseLong("zz", 36)
            + " " + Integer.parseInt("12", 10) + " " + Integer.valueOf("345", 10) + " " + Long.valueOf("-678", 10) + " " + Integer.decode("-0x1f"));
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        try {
            Long.parseLong(null);
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
    }

    static String show(String s) {
        return Escaped.of(s);
    }

    static String parseInt(String s) {
        try {
            return Integer.toString(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return "NFE " + e.getMessage();
        }
    }

    static String parseLong(String s) {
        try {
            return Long.toString(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return "NFE " + e.getMessage();
        }
    }

    static String valueOf(String s) {
        try {
            return Integer.valueOf(s) + "/" + Long.valueOf(s);
        } catch (NumberFormatException e) {
            return "NFE " + e.getMessage();
        }
    }
}
