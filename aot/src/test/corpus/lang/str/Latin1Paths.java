package corpus.lang.str;

/**
 * The String fast paths that work on the Latin-1 / UTF16 bytes (String, StringOps), at their
 * boundaries: chars 0x7F/0x80/0xFF/0x100, U+00B5/U+00DF/U+00FF (upper case leaves Latin-1 or
 * grows), U+0130/U+0131, surrogate pairs, empty strings, and the exception messages.
 */
public class Latin1Paths {
    static String show(String s) {
        return Escaped.withHash(s);
    }

    static void p(String label, String s) {
        System.out.println(label + " " + show(s));
    }

    public static void main(String[] args) {
        caseMapping();
        replace();
        search();
        copies();
        joinAndConcat();
        exceptions();
    }

    static void caseMapping() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 256; c++) all.append((char) c);
        String latin = all.toString();
        p("upper all", latin.toUpperCase());
        p("lower all", latin.toLowerCase());
        for (int c = 0; c < 0x200; c++) {
            String one = String.valueOf((char) c);
            String u = one.toUpperCase(), l = one.toLowerCase();
            if (!u.equals(one) || !l.equals(one)) System.out.println(Integer.toHexString(c) + " " + show(u) + " " + show(l));
        }
        String[] samples = {"", "abc", "ABC", "item 123:30.75,15129true", "already UPPER 123", "already lower 123",
            "stra\u00dfe", "\u00df", "\u00b5m", "\u00ff", "x\u00ffy", "\u00e0\u00f7\u00fe\u00c0\u00d7\u00de", "\u007f\u0080\u00ff",
            "a\u0100b", "\u0130stanbul", "\u0131i", "\u03a3\u0391\u03a3", "caf\u00e9 \u4e2d", "a\ud83d\ude00b", "\ud801\udc00",
            "\ufb01x", "MIXED case \u00c9t\u00e9", "all\u00dfand\u00b5and\u00ff"};
        for (String s : samples) {
            String u = s.toUpperCase(), l = s.toLowerCase();
            p("upper", u);
            p("lower", l);
            System.out.println("same " + (u == s) + " " + (l == s) + " eqIC " + s.equalsIgnoreCase(u) + " " + s.compareToIgnoreCase(l));
        }
        // compareToIgnoreCase: code points between two UTF16 strings, chars when one is Latin-1
        String[] ci = {"a", "A", "\u00e0", "\u0100", "\ud801\udc00", "\ud801\udc28", "x\ud801\udc00", "X\ud801\udc28y", "\ud801", "\u00b5", "\u039c"};
        for (String a : ci) {
            StringBuilder row = new StringBuilder("ci");
            for (String b : ci) row.append(' ').append(a.compareToIgnoreCase(b));
            System.out.println(row);
        }
    }

    static void replace() {
        String[] samples = {"", "e", "eee", "hello there", "no match", "caf\u00e9", "\u00ff\u00ffx", "a\u0100e\u0100", "\u0100", "x\ud83d\ude00e"};
        char[][] pairs = {{'e', 'E'}, {'e', 'e'}, {'e', '\u0100'}, {'\u0100', 'e'}, {'\u0100', '\u0101'}, {'\u00ff', '\u0178'},
            {'\u00ff', '\u007f'}, {'x', '\u00e9'}, {'\ud83d', '?'}, {'\u0178', 'y'}};
        for (String s : samples) {
            for (char[] pr : pairs) {
                String r = s.replace(pr[0], pr[1]);
                System.out.println(show(s) + " " + Integer.toHexString(pr[0]) + "->" + Integer.toHexString(pr[1]) + " " + show(r) + " same " + (r == s));
            }
        }
        p("replace seq", "aXbXc".replace("X", "\u0100"));
        p("replace seq2", "a\u0100b\u0100c".replace("\u0100", "-"));
        p("replace empty", "abc".replace("", "."));
    }

    static void search() {
        String l = "abc\u00ff\u0080\u007fabc", u = "abc\u0100\u00ffabc\ud83d\ude00";
        int[] chars = {'a', 'c', 0x7f, 0x80, 0xff, 0x100, -1, 0x1f600, 0x10ffff + 1, 'z'};
        for (String s : new String[] {l, u, ""}) {
            for (int ch : chars) {
                System.out.println(show(s) + " " + Integer.toHexString(ch) + " " + s.indexOf(ch) + " " + s.indexOf(ch, 2) + " " + s.indexOf(ch, -5)
                    + " " + s.indexOf(ch, 100) + " " + s.lastIndexOf(ch) + " " + s.lastIndexOf(ch, 4) + " " + s.lastIndexOf(ch, -1)
                    + " " + s.lastIndexOf(ch, 100));
            }
            for (String t : new String[] {"", "abc", "bc", "\u00ff", "\u0100", "\u00ff\u0080", "x", "\ud83d\ude00", "abcd"}) {
                System.out.println(show(s) + " / " + show(t) + " " + s.indexOf(t) + " " + s.indexOf(t, 1) + " " + s.indexOf(t, 100)
                    + " " + s.lastIndexOf(t) + " " + s.lastIndexOf(t, 3) + " " + s.contains(t) + " " + s.startsWith(t) + " " + s.endsWith(t));
            }
        }
        // hash codes across the 4-at-a-time Latin-1 loop and its remainders
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            System.out.println("hash " + i + " " + b.toString().hashCode() + " " + (b + "\u0100").hashCode());
            b.append((char) (0x7d + i * 13));
        }
    }

    static void copies() {
        char[] latin = {'a', '\u007f', '\u0080', '\u00ff'}, wide = {'a', '\u00ff', '\u0100', '\ud83d', '\ude00'};
        p("new latin", new String(latin));
        p("new wide", new String(wide));
        p("new wide tail", new String(wide, 0, 2));
        p("new wide mid", new String(wide, 2, 3));
        p("new empty", new String(wide, 5, 0));
        p("valueOf", String.valueOf(wide, 1, 1));
        p("copyValueOf", String.copyValueOf(latin));
        String s = "x\u00ffy\u0100z";
        char[] out = new char[8];
        s.getChars(1, 4, out, 2);
        System.out.println((int) out[1] + " " + (int) out[2] + " " + (int) out[3] + " " + (int) out[4] + " " + (int) out[5]);
        "ab\u00ff".getChars(0, 3, out, 5);
        System.out.println((int) out[5] + " " + (int) out[6] + " " + (int) out[7]);
        char[] tc = s.toCharArray();
        System.out.println(tc.length + " " + (int) tc[1] + " " + (int) tc[3]);
        System.out.println("a\u00ff".toCharArray().length + " " + (int) "a\u00ff".toCharArray()[1] + " " + "".toCharArray().length);
        p("substring latin", "abc\u00ffdef".substring(2, 5));
        p("substring wide to latin", s.substring(0, 3));
        p("substring wide", s.substring(2, 4));
        p("substring empty", s.substring(3, 3));
        System.out.println("substring whole " + (s.substring(0) == s) + " " + ("abc".substring(3) == ""));
        p("trim", "  \u00ff x \u0100 ".trim());
        p("repeat", "\u00ff\u0100".repeat(3));
    }

    static void joinAndConcat() {
        p("concat", "abc".concat("\u00ff"));
        p("concat wide", "abc".concat("\u0100"));
        p("concat wide2", "\u0100".concat("xyz"));
        String e = "", x = "xy";
        System.out.println("concat empty " + (x.concat(e) == x) + " " + (e.concat(x) == x) + " " + e.concat(x).equals(x));
        p("join", String.join(",", "a", "\u00ff", "b"));
        p("join wide delim", String.join("\u2013", "a", "b", "c"));
        p("join wide elem", String.join(", ", "a", "\u4e2d", "c"));
        p("join one", String.join("\u2013", "a"));
        p("join none", String.join("-"));
        p("join nulls", String.join("/", null, "x", null));
        p("join list", String.join("+", java.util.List.of("1", "\u0100", "3")));
        p("join builder", String.join(new StringBuilder("<>"), new StringBuilder("p"), new StringBuffer("q")));
        p("join empty list", String.join("+", new java.util.ArrayList<String>()));
        java.util.List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) many.add(Integer.toString(i));
        p("join many", String.join("", many));
        try {
            String.join(null, "a");
        } catch (NullPointerException ex) {
            System.out.println("join null delimiter NPE");
        }
        try {
            String.join(",", (CharSequence[]) null);
        } catch (NullPointerException ex) {
            System.out.println("join null array NPE");
        }
    }

    static void exceptions() {
        String s = "ab\u00ff", w = "a\u0100";
        Runnable[] cases = {
            () -> s.charAt(3), () -> s.charAt(-1), () -> w.charAt(2), () -> s.substring(4), () -> s.substring(2, 1),
            () -> w.substring(-1, 1), () -> s.getChars(0, 4, new char[4], 0), () -> s.getChars(0, 3, new char[2], 0),
            () -> s.getChars(2, 1, new char[4], 0), () -> new String(new char[3], 2, 2), () -> new String(new char[3], -1, 1),
            () -> s.codePointAt(3), () -> s.subSequence(1, 5), () -> "".charAt(0), () -> s.repeat(-1),
        };
        for (Runnable r : cases) {
            try {
                r.run();
                System.out.println("no exception");
            } catch (RuntimeException ex) {
                System.out.println(ex.getClass().getName() + ": " + ex.getMessage());
            }
        }
    }
}
