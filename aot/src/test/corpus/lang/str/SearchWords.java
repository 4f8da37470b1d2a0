package corpus.lang.str;

import java.util.Random;

/**
 * indexOf(char) and indexOf(String)/contains on Latin-1 strings of every length up to 70
 * (word-at-a-time searching was tried against it; no gain on the benchmarks): a small
 * alphabet so matches are frequent, bytes with bit 7 set (0x80, 0xFF, é), every start
 * index, needles at word boundaries and at the end. Prints a digest per length. Then
 * replace(char, char) over the same strings, and many short strings searched one by one:
 * the search compares sixteen bytes at a time and reads a short string's whole 16-byte block
 * when that stays within its page (rt2.h rt_index_of_byte), so some of these strings end
 * within sixteen bytes of a page end and must take the other path.
 */
public class SearchWords {
    static final String ALPHABET = "ab\u0080\u00ff\u00e9\u0000a";

    public static void main(String[] args) {
        Random rnd = new Random(11);
        for (int len = 0; len <= 70; len++) {
            long digest = 0;
            for (int round = 0; round < 20; round++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < len; i++) b.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                String s = b.toString();
                for (int k = 0; k < ALPHABET.length(); k++) {
                    char c = ALPHABET.charAt(k);
                    for (int from = -1; from <= len + 1; from++) digest = digest * 31 + s.indexOf(c, from);
                }
                digest = digest * 31 + s.indexOf('z') + s.indexOf(0x100) + s.indexOf(-1);
                for (int n = 1; n <= 4 && n <= len; n++) {
                    String needle = len == 0 ? "" : s.substring(rnd.nextInt(len - n + 1)).substring(0, n);
                    for (int from = 0; from <= len; from += 3) digest = digest * 31 + s.indexOf(needle, from);
                    digest = digest * 31 + (s.contains(needle) ? 1 : 0) + s.indexOf(needle + "a") + s.indexOf("b" + needle);
                }
                for (int k = 0; k < ALPHABET.length(); k++) {
                    digest = digest * 31 + s.replace(ALPHABET.charAt(k), 'Z').hashCode();
                    digest = digest * 31 + s.replace(ALPHABET.charAt(k), '\u0101').hashCode();
                }
            }
            System.out.println(len + " " + Long.toHexString(digest));
        }
        int wrong = 0, found = 0;
        for (int i = 0; i < 40000; i++) {
            int len = 1 + i % 23;
            char[] cs = new char[len];
            for (int j = 0; j < len; j++) cs[j] = (char) ('a' + rnd.nextInt(6));
            String s = new String(cs);
            char c = (char) ('a' + rnd.nextInt(7));
            int expect = -1;
            for (int j = 0; j < len; j++) if (s.charAt(j) == c) { expect = j; break; }
            if (s.indexOf(c) != expect) wrong++;
            if (expect >= 0) found++;
        }
        System.out.println("short strings: " + found + " found, " + wrong + " wrong");
    }
}
