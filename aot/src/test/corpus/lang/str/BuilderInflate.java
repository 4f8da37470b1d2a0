package corpus.lang.str;

/**
 * StringBuilder/StringBuffer fast paths at their boundaries: Latin-1 appends, the append that
 * inflates the buffer to UTF16 (a char, a String, a CharSequence range, a char[]), numbers
 * appended to Latin-1 and to UTF16 buffers (int/long limits, every digit count), reverse and
 * toString of both forms, capacity growth, and the exception messages. @gcstress
 */
public class BuilderInflate {
    static String show(CharSequence s) {
        return Escaped.withHash(s);
    }

    public static void main(String[] args) {
        inflation();
        numbers();
        reverseAndCopies();
        exceptions();
    }

    static void inflation() {
        String[] pieces = {"", "ab", "\u007f", "\u0080", "\u00ff", "\u0100", "\u00df", "\ud83d\ude00", "xyz\u00e9"};
        for (String a : pieces) {
            for (String b : pieces) {
                StringBuilder sb = new StringBuilder(1).append(a).append(b).append(a, 0, a.length()).append((CharSequence) new StringBuilder(b));
                sb.append(b.toCharArray()).append(b.toCharArray(), 0, b.length() / 2);
                String s = sb.toString();
                System.out.println(show(s) + " cap " + sb.capacity() + " " + s.equals(a + b + a + b + b + b.substring(0, b.length() / 2)));
            }
        }
        StringBuilder sb = new StringBuilder("latin");
        sb.append('\u0100');
        System.out.println(show(sb) + " cap " + sb.capacity());
        sb.setLength(3);
        System.out.println(show(sb.toString()) + " " + (sb.toString().equals("lat")));
        sb.append(12345).append(-678L).append('\u00ff');
        System.out.println(show(sb.toString()));
        StringBuilder wide = new StringBuilder("\u4e2d");
        wide.append("abc", 1, 3).append(new char[] {'\u00ff', 'q'}).append((CharSequence) "\u00e9t\u00e9", 1, 3);
        System.out.println(show(wide) + " " + show(wide.substring(1)) + " " + show(wide.substring(1, 3)));
        StringBuffer buf = new StringBuffer();
        for (int i = 0; i < 40; i++) buf.append((char) (0xF8 + i % 16));
        System.out.println(show(buf) + " cap " + buf.capacity());
        StringBuilder grow = new StringBuilder(0);
        for (int i = 0; i < 12; i++) {
            grow.append(i % 3 == 2 ? "\u0101" : "ab");
            System.out.print(grow.capacity() + " ");
        }
        System.out.println(show(grow));
        StringBuilder setc = new StringBuilder("abc");
        setc.setCharAt(1, '\u0100');
        setc.setCharAt(1, 'b');
        System.out.println(show(setc.toString()) + " " + (setc.toString() == "abc") + " " + setc.toString().equals("abc"));
        StringBuilder ins = new StringBuilder("0123");
        ins.insert(2, "\u00ff").insert(0, '\u0100').insert(5, 77).insert(1, new char[] {'x', '\u00e0'});
        System.out.println(show(ins));
        ins.replace(0, 1, "").deleteCharAt(0);
        System.out.println(show(ins) + " " + show(ins.toString()));
    }

    static void numbers() {
        int[] ints = {0, 1, -1, 9, 10, -9, -10, 99, 100, -99, -100, 999, 1000, 12345, -12345, 99999, 100000,
            999999999, 1000000000, -999999999, -1000000000, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1};
        long[] longs = {0L, -1L, 2147483647L, 2147483648L, -2147483648L, -2147483649L, 9999999999L, 10000000000L,
            -10000000000L, 999999999999999999L, 1000000000000000000L, -1000000000000000000L, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MIN_VALUE + 1, 4294967296L * 4294967L};
        StringBuilder latin = new StringBuilder(), wide = new StringBuilder("\u0100");
        for (int i : ints) {
            latin.append(i).append(',');
            wide.append(i).append(',');
            System.out.print(Integer.toString(i) + " " + String.valueOf(i).length() + " " + ("" + i).equals(Integer.toString(i)) + "; ");
        }
        System.out.println();
        for (long l : longs) {
            latin.append(l).append(',');
            wide.append(l).append(',');
            System.out.print(Long.toString(l) + " " + String.valueOf(l).length() + "; ");
        }
        System.out.println();
        System.out.println(show(latin));
        System.out.println(show(wide));
        for (long p = 1, k = 0; k < 19; k++, p *= 10) {
            System.out.print((p - 1) + " " + p + " " + (-p) + " " + (1 - p) + " | ");
        }
        System.out.println();
        // append(float/double) first makes room for the longest rendering (capacity() shows it)
        StringBuilder fd = new StringBuilder(0);
        fd.append(0.5);
        System.out.print(fd.capacity() + " ");
        fd.append(1.0f / 3);
        System.out.print(fd.capacity() + " ");
        fd.append(-Double.MIN_VALUE).append(Double.NaN).append(Float.NEGATIVE_INFINITY).append(1e21).append(-0.0f);
        System.out.println(fd.capacity() + " " + fd);
        StringBuilder fdw = new StringBuilder("\u0100").append(2.5e-5).append(123456.78f).append(Double.MAX_VALUE);
        System.out.println(fdw.capacity() + " " + show(fdw));
        StringBuilder mid = new StringBuilder("ab\u0100cd");
        mid.insert(3, 123).insert(0, -45L).insert(2, Integer.MIN_VALUE);
        System.out.println(show(mid));
        System.out.println(Integer.parseInt("-2147483648") + " " + Integer.parseInt("+2147483647") + " " + Integer.parseInt("007")
            + " " + Long.parseLong("-9223372036854775808") + " " + Integer.parseInt("\u0661\u0662"));
        String[] bad = {"", "-", "+", "2147483648", "-2147483649", "12a", " 1", "1 ", "\u00ff"};
        for (String s : bad) {
            try {
                System.out.println(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("NFE " + e.getMessage());
            }
        }
    }

    static void reverseAndCopies() {
        String[] rs = {"", "a", "ab", "abc", "ab\u00ff\u0080", "a\u0100b", "x\ud83d\ude00y", "\ud83d\ude00\ud83d\ude01", "\ude00\ud83d", "\u00e9t\u00e9!"};
        for (String s : rs) {
            StringBuilder sb = new StringBuilder(s).reverse();
            char[] dst = new char[s.length() + 2];
            sb.getChars(0, sb.length(), dst, 1);
            System.out.println(show(s) + " -> " + show(sb) + " " + show(new String(dst)) + " " + sb.compareTo(new StringBuilder(s)));
        }
    }

    static void exceptions() {
        StringBuilder l = new StringBuilder("ab\u00ff"), w = new StringBuilder("a\u0100");
        Runnable[] cases = {
            () -> l.charAt(3), () -> w.charAt(-1), () -> l.append("xyz", 2, 1), () -> l.append(new char[2], 1, 2),
            () -> l.getChars(0, 4, new char[4], 0), () -> l.getChars(0, 3, new char[2], 0), () -> w.setCharAt(2, 'x'),
            () -> l.substring(2, 1), () -> w.insert(3, "x"), () -> l.deleteCharAt(3), () -> l.delete(2, 1),
            () -> l.replace(4, 5, "x"), () -> l.setLength(-1), () -> new StringBuilder(-1), () -> l.insert(1, new char[3], 2, 2),
            () -> l.appendCodePoint(0x110000), () -> l.codePointAt(3), () -> l.append((CharSequence) "ab", -1, 1),
        };
        for (Runnable r : cases) {
            try {
                r.run();
                System.out.println("no exception " + show(l) + " " + show(w));
            } catch (RuntimeException ex) {
                System.out.println(ex.getClass().getName() + ": " + ex.getMessage());
            }
        }
    }
}
