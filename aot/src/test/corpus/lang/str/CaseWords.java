package corpus.lang.str;

import java.util.Random;

/**
 * toUpperCase/toLowerCase of Latin-1 strings of every length up to 70 (StringOps maps ASCII
 * eight chars at a time, the rest one by one): the letters next to the ASCII range's ends
 * ('@', 'A', 'Z', '[', '`', 'a', 'z', '{'), digits, and a non-ASCII char (é, ß, µ, ÿ, ×) at
 * every position, so each word boundary and the fallback after a non-ASCII byte are met.
 * Prints a digest per length and the strings for the short lengths.
 */
public class CaseWords {
    static final String ASCII = "@AZ[`az{09 mQ~\u007f";
    static final String LATIN1 = "\u00e9\u00df\u00b5\u00ff\u00d7\u00c0\u00de\u00f7\u0080";

    public static void main(String[] args) {
        Random rnd = new Random(7);
        for (int len = 0; len <= 70; len++) {
            long digest = 0;
            for (int round = 0; round < 40; round++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < len; i++) b.append(ASCII.charAt(rnd.nextInt(ASCII.length())));
                if (round % 4 == 1 && len > 0) b.setCharAt(rnd.nextInt(len), LATIN1.charAt(rnd.nextInt(LATIN1.length())));
                if (round % 4 == 2) for (int i = 0; i < len; i++) b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
                if (round % 4 == 3) for (int i = 0; i < len; i++) b.setCharAt(i, Character.toLowerCase(b.charAt(i)));
                String s = b.toString(), up = s.toUpperCase(), low = s.toLowerCase();
                digest = digest * 31 + up.hashCode();
                digest = digest * 31 + low.hashCode();
                digest = digest * 31 + (up.equals(s) ? 1 : 0) + (low.equals(s) ? 2 : 0) + (up == s ? 4 : 0) + (low == s ? 8 : 0);
                if (len <= 12 && round < 4) System.out.println(len + " [" + Escaped.of(s) + "] [" + Escaped.of(up) + "] [" + Escaped.of(low) + "]");
            }
            System.out.println(len + " " + Long.toHexString(digest));
        }
    }
}
