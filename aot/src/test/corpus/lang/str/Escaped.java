package corpus.lang.str;

/**
 * Shared by the lang/str programs (not a program itself): text as plain ASCII with every
 * other char as a \\u escape, so that outputs compare byte for byte whatever the encoding
 * of standard output.
 */
final class Escaped {
    private Escaped() {}

    static String of(CharSequence s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) b.append(c);
            else b.append("\\u").append(Integer.toHexString(c));
        }
        return b.append('"').toString();
    }

    /** of(s) with the length and the String hash code. */
    static String withHash(CharSequence s) {
        return of(s) + " len=" + s.length() + " hash=" + s.toString().hashCode();
    }
}
