package java.util;

/**
 * A language, country and variant. MyOS2026 has no locale data: a Locale is an identifier,
 * and formatting knows the number symbols of Locale.ROOT and the English locales only
 * (myos.classlib.fmt.LocaleRules); other locales are refused where they would matter
 * (docs/CAVEATS.md). The default locale is "en", what JDK 25 reports under the C/POSIX
 * locale of the test harness; it is not read from LANG/LC_ALL.
 */
public final class Locale implements Cloneable, java.io.Serializable {
    /** The categories of the default locale (JDK 7 API); MyOS2026 keeps one default for both. */
    public enum Category { DISPLAY, FORMAT }

    public static final Locale ROOT = new Locale("", "", "");
    public static final Locale ENGLISH = new Locale("en", "", "");
    public static final Locale FRENCH = new Locale("fr", "", "");
    public static final Locale GERMAN = new Locale("de", "", "");
    public static final Locale ITALIAN = new Locale("it", "", "");
    public static final Locale JAPANESE = new Locale("ja", "", "");
    public static final Locale KOREAN = new Locale("ko", "", "");
    public static final Locale CHINESE = new Locale("zh", "", "");
    public static final Locale US = new Locale("en", "US", "");
    public static final Locale UK = new Locale("en", "GB", "");
    public static final Locale CANADA = new Locale("en", "CA", "");
    public static final Locale CANADA_FRENCH = new Locale("fr", "CA", "");
    public static final Locale FRANCE = new Locale("fr", "FR", "");
    public static final Locale GERMANY = new Locale("de", "DE", "");
    public static final Locale ITALY = new Locale("it", "IT", "");
    public static final Locale JAPAN = new Locale("ja", "JP", "");
    public static final Locale KOREA = new Locale("ko", "KR", "");

    private static Locale defaultLocale = ENGLISH;

    private final String language, country, variant;

    /** @deprecated as in JDK 19+: use {@link #of}. */
    @Deprecated
    public Locale(String language, String country, String variant) {
        this.language = lower(Objects.requireNonNull(language));
        this.country = upper(Objects.requireNonNull(country));
        this.variant = Objects.requireNonNull(variant);
    }

    @Deprecated
    public Locale(String language, String country) {
        this(language, country, "");
    }

    @Deprecated
    public Locale(String language) {
        this(language, "", "");
    }

    public static Locale of(String language, String country, String variant) {
        return new Locale(language, country, variant);
    }

    public static Locale of(String language, String country) {
        return new Locale(language, country, "");
    }

    public static Locale of(String language) {
        return new Locale(language, "", "");
    }

    /** ASCII case mapping, as the JDK's LocaleUtils does for identifiers. */
    private static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] >= 'A' && c[i] <= 'Z') c[i] += 'a' - 'A';
        return new String(c);
    }

    private static String upper(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] >= 'a' && c[i] <= 'z') c[i] -= 'a' - 'A';
        return new String(c);
    }

    public static Locale getDefault() {
        return defaultLocale;
    }

    public static Locale getDefault(Category category) {
        Objects.requireNonNull(category);
        return defaultLocale;
    }

    public static synchronized void setDefault(Locale l) {
        defaultLocale = Objects.requireNonNull(l, "Can't set default locale to NULL");
    }

    public static synchronized void setDefault(Category category, Locale l) {
        Objects.requireNonNull(category, "Category cannot be NULL");
        defaultLocale = Objects.requireNonNull(l, "Can't set default locale to NULL");
    }

    public String getLanguage() { return language; }
    public String getCountry() { return country; }
    public String getVariant() { return variant; }
    public String getScript() { return ""; }

    /** language + "_" + country + "_" + variant, leaving out empty trailing parts (JDK javadoc). */
    @Override
    public String toString() {
        boolean l = !language.isEmpty(), c = !country.isEmpty(), v = !variant.isEmpty();
        StringBuilder sb = new StringBuilder(language);
        if (c || (l && v)) sb.append('_').append(country);
        if (v && (l || c)) sb.append('_').append(variant);
        return sb.toString();
    }

    /** The BCP 47 tag for well-formed fields ("und" for ROOT). */
    public String toLanguageTag() {
        StringBuilder sb = new StringBuilder(language.isEmpty() ? "und" : language);
        if (!country.isEmpty()) sb.append('-').append(country);
        if (!variant.isEmpty()) sb.append('-').append(variant.replace('_', '-'));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Locale other && language.equals(other.language) && country.equals(other.country)
                && variant.equals(other.variant);
    }

    @Override
    public int hashCode() {
        return (language.hashCode() * 31 + country.hashCode()) * 31 + variant.hashCode();
    }

    @Override
    public Object clone() {
        return new Locale(language, country, variant);
    }
}
