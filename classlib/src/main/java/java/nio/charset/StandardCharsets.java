package java.nio.charset;

/**
 * The charsets every Java implementation has. UTF_16, UTF_16BE and UTF_16LE are not in
 * this library (a program naming them fails to build with the field named).
 */
public final class StandardCharsets {
    private StandardCharsets() {}

    public static final Charset US_ASCII = new Builtin("US-ASCII", new String[] {"ASCII", "US", "ISO646-US", "646", "default",
        "iso_646.irv:1991", "iso_646.irv:1983", "ANSI_X3.4-1968", "ANSI_X3.4-1986", "cp367", "ibm367", "csASCII", "iso-ir-6", "ascii7"});
    public static final Charset ISO_8859_1 = new Builtin("ISO-8859-1", new String[] {"ISO8859-1", "ISO8859_1", "ISO_8859_1",
        "ISO_8859-1", "latin1", "l1", "iso-ir-100", "IBM819", "cp819", "csISOLatin1", "819", "IBM-819", "ISO_8859_1:1987", "8859_1"});
    public static final Charset UTF_8 = new Builtin("UTF-8", new String[] {"UTF8", "unicode-1-1-utf-8"});

    private static final class Builtin extends Charset {
        Builtin(String name, String[] aliases) {
            super(name, aliases);
        }

        @Override
        public boolean contains(Charset cs) {
            if (this == UTF_8) return true;
            if (this == ISO_8859_1) return cs == ISO_8859_1 || cs == US_ASCII;
            return cs == US_ASCII;
        }
    }
}
