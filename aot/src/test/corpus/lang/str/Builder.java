package corpus.lang.str;

/** StringBuilder: append of every type, insert, delete, reverse (incl. surrogates), setCharAt, capacity growth. @gcstress */
public class Builder {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('a').append(2L).append(3.5f).append(4.25).append(true).append((String) null).append((Object) null)
          .append(new char[] {'x', 'y'}).append("str").append((CharSequence) "cs").append("abcdef", 1, 3);
        System.out.println(sb + " " + sb.length());
        sb.insert(0, "start:").insert(6, 42).insert(sb.length(), '!');
        System.out.println(sb);
        sb.delete(0, 6).deleteCharAt(0);
        System.out.println(sb);
        sb.setCharAt(0, 'Z');
        sb.replace(1, 3, "REPLACED");
        System.out.println(sb + " indexOf " + sb.indexOf("str") + " charAt " + sb.charAt(2));
        sb.setLength(5);
        System.out.println("[" + sb + "]");
        sb.setLength(7);
        System.out.println("[" + sb.toString().replace('\0', '0') + "] " + sb.length());
        System.out.println(new StringBuilder("stressed").reverse());
        System.out.println(new StringBuilder("a\ud83d\ude00b").reverse().toString().equals("b\ud83d\ude00a"));
        StringBuilder big = new StringBuilder(2);
        for (int i = 0; i < 10000; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.toString().hashCode() + " " + big.substring(9995) + " " + big.lastIndexOf("0123"));
        StringBuilder u = new StringBuilder("caf");
        u.append('\u00e9').append(" \u4e2d");
        System.out.println(u + " " + u.length() + " " + u.toString().hashCode());
        System.out.println(new StringBuilder().append(Integer.MIN_VALUE).append(Long.MIN_VALUE).append(-0.0).append(Double.NaN).append(1e-7f));
        StringBuilder cmp = new StringBuilder("abc");
        System.out.println(cmp.compareTo(new StringBuilder("abd")) + " " + "abc".contentEquals(cmp) + " " + cmp.equals(new StringBuilder("abc")));
        try {
            new StringBuilder("ab").charAt(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
        try {
            new StringBuilder("ab").insert(3, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
    }
}
