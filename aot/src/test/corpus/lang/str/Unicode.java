package corpus.lang.str;

/** Unicode: surrogate pairs, code points, Character.toChars, UTF-8 encoding/decoding incl. malformed input replacement. */
public class Unicode {
    public static void main(String[] args) throws Exception {
        String s = "a\u00e9\u4e2d\ud83d\ude00z";
        System.out.println(s.length() + " " + s.codePointCount(0, s.length()));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            System.out.print((int) c + (Character.isHighSurrogate(c) ? "H" : Character.isLowSurrogate(c) ? "L" : "") + " ");
        }
        System.out.println();
        int cp = s.codePointAt(3);
        System.out.println(cp + " " + Character.charCount(cp) + " " + new String(Character.toChars(cp)).equals("\ud83d\ude00") + " "
            + Character.isSupplementaryCodePoint(cp) + " " + Character.toCodePoint('\ud83d', '\ude00') + " " + Character.isValidCodePoint(0x110000));
        StringBuilder sb = new StringBuilder();
        sb.appendCodePoint(0x1F600).appendCodePoint(0x41).appendCodePoint(0xE9);
        System.out.println(sb.length() + " " + sb.codePointAt(0));
        byte[] utf8 = s.getBytes("UTF-8");
        StringBuilder hex = new StringBuilder();
        for (byte b : utf8) hex.append(Integer.toHexString(b & 0xFF)).append(' ');
        System.out.println(utf8.length + ": " + hex);
        String back = new String(utf8, "UTF-8");
        System.out.println(back.equals(s));
        byte[] bad = {'o', 'k', (byte) 0xC3, '!', (byte) 0xFF, (byte) 0xE4, (byte) 0xB8, 'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        String decoded = new String(bad, java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < decoded.length(); i++) codes.append((int) decoded.charAt(i)).append(' ');
        System.out.println(decoded.length() + ": " + codes);
        String lone = "x\ud800y";
        byte[] loneBytes = lone.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.out.println(loneBytes.length + " " + (loneBytes[1] & 0xFF));
        byte[] latin = "caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.out.println(latin.length + " " + (latin[3] & 0xFF) + " " + new String(latin, java.nio.charset.StandardCharsets.ISO_8859_1));
        System.out.println("\u00e9".toUpperCase() + " " + "\u00c9".toLowerCase() + " " + Character.isWhitespace('\u00a0') + " " + Character.isSpaceChar('\u00a0')
            + " " + Character.isLetter('\u00e9') + " " + Character.isDigit('\u00b2'));
    }
}
