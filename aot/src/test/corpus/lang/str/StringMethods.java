package corpus.lang.str;

/** java.lang.String methods on Latin-1 and UTF-16 strings. */
public class StringMethods {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(4) + " " + s.indexOf('o') + " " + s.lastIndexOf('o') + " " + s.indexOf("World")
            + " " + s.indexOf("xyz") + " " + s.indexOf('o', 5) + " " + s.lastIndexOf("l", 5) + " " + s.contains("lo, W"));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(12) + "|" + s.toUpperCase() + "|" + s.toLowerCase());
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.endsWith("ld") + " " + s.isEmpty() + " " + "".isEmpty()
            + " " + "  ".isBlank() + " " + s.equals("Hello, World") + " " + s.equalsIgnoreCase("hello, world") + " " + s.compareTo("Hello")
            + " " + "a".compareTo("b") + " " + "B".compareToIgnoreCase("a") + " " + s.replace('l', 'L') + " " + s.replace("World", "There"));
        System.out.println("[" + "  pad  ".trim() + "][" + " x ".strip() + "][" + "ab".repeat(3) + "][" + String.join("-", "a", "b", "c") + "]["
            + "a,b,,c,".split(",").length + "][" + String.join("/", "a,b,,c,".split(",")) + "]");
        String[] parts = "key=value=more".split("=", 2);
        System.out.println(parts[0] + " " + parts[1] + " " + "x".concat("y") + " " + "abc".codePointAt(1) + " " + "racecar".indexOf("car"));
        String u = "gr\u00fc\u00dfe \u4e16\u754c \ud83d\ude00";
        System.out.println(u + " " + u.length() + " " + u.codePointCount(0, u.length()) + " " + (int) u.charAt(8) + " " + u.codePointAt(9)
            + " " + u.toUpperCase() + " " + u.indexOf('\u754c') + " " + u.substring(6, 8) + " " + u.hashCode());
        char[] cs = s.toCharArray();
        System.out.println(cs.length + " " + new String(cs, 7, 5) + " " + String.valueOf(cs).equals(s) + " " + new String(new char[] {'\u4e16'}).length());
        System.out.println("hash: " + "".hashCode() + " " + "a".hashCode() + " " + s.hashCode() + " " + "polygenelubricants".hashCode()
            + " " + "\u0000".hashCode() + " " + "Aa".hashCode() + " " + "BB".hashCode());
        String a = "interned";
        String b = new String("interned");
        System.out.println((a == b) + " " + a.equals(b) + " " + (a == b.intern()) + " " + (a == "intern" + "ed"));
        byte[] utf8 = u.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.out.println("utf8 bytes " + utf8.length + " back " + new String(utf8, java.nio.charset.StandardCharsets.UTF_8).equals(u));
        System.out.println("chars: " + "abc".charAt(1) + " " + "x".compareTo("xx") + " " + "b".compareTo("a") + " " + "Z".toLowerCase()
            + " " + "Mixed Case".toUpperCase() + " " + "tEsT".equalsIgnoreCase("TeSt") + " " + "a-b-c".lastIndexOf('-') + " " + "abc".endsWith(""));
        try {
            "abc".charAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        try {
            "abc".substring(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + " " + e.getMessage());
        }
    }
}
