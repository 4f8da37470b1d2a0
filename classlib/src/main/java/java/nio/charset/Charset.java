package java.nio.charset;

/**
 * A named character encoding. The library knows UTF-8 (the default, as on JDK 18+),
 * ISO-8859-1 and US-ASCII (java.lang.StringCoding does the work); encoders/decoders as
 * objects are not provided, Strings and the java.io readers/writers take a Charset.
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    protected Charset(String canonicalName, String[] aliases) {
        this.name = canonicalName;
        this.aliases = aliases == null ? new String[0] : aliases;
    }

    public final String name() { return name; }
    public String displayName() { return name; }
    public final boolean isRegistered() { return true; }
    public boolean canEncode() { return true; }

    public final java.util.Set<String> aliases() {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (String a : aliases) s.add(a);
        return java.util.Collections.unmodifiableSet(s);
    }

    public abstract boolean contains(Charset cs);

    public static Charset defaultCharset() { return StandardCharsets.UTF_8; }

    public static boolean isSupported(String charsetName) {
        checkName(charsetName);
        return lookup(charsetName) != null;
    }

    public static Charset forName(String charsetName) {
        checkName(charsetName);
        Charset cs = lookup(charsetName);
        if (cs == null) throw new UnsupportedCharsetException(charsetName);
        return cs;
    }

    public static Charset forName(String charsetName, Charset fallback) {
        checkName(charsetName);
        Charset cs = lookup(charsetName);
        return cs == null ? fallback : cs;
    }

    private static Charset lookup(String n) {
        if (StandardCharsets.UTF_8.matches(n)) return StandardCharsets.UTF_8;
        if (StandardCharsets.ISO_8859_1.matches(n)) return StandardCharsets.ISO_8859_1;
        if (StandardCharsets.US_ASCII.matches(n)) return StandardCharsets.US_ASCII;
        return null;
    }

    boolean matches(String n) {
        if (n.equalsIgnoreCase(name)) return true;
        for (String a : aliases) if (n.equalsIgnoreCase(a)) return true;
        return false;
    }

    /** Charset.checkName: letters, digits and - + : _ . (not first), as the JDK requires. */
    private static void checkName(String s) {
        if (s == null) throw new IllegalArgumentException("Null charset name");
        int n = s.length();
        if (n == 0) throw new IllegalCharsetNameException(s);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || (i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.'));
            if (!ok) throw new IllegalCharsetNameException(s);
        }
    }

    @Override
    public final int compareTo(Charset that) { return name().compareToIgnoreCase(that.name()); }

    @Override
    public final int hashCode() { return name().hashCode(); }

    @Override
    public final boolean equals(Object ob) {
        if (this == ob) return true;
        if (!(ob instanceof Charset)) return false;
        return name.equals(((Charset) ob).name());
    }

    @Override
    public final String toString() { return name(); }
}
