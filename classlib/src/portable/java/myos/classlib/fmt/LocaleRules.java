package myos.classlib.fmt;

import java.util.Locale;

/**
 * The locale-dependent parts of formatting that MyOS2026 knows: the number symbols of
 * Locale.ROOT and of the English locales whose CLDR data (JDK 25) use the ASCII digits,
 * '.' as decimal separator and ',' every three digits as grouping separator. Any other
 * locale is refused with an UnsupportedOperationException naming it, rather than
 * formatted with symbols that would differ from the JDK's (de_DE writes "1.234,5").
 */
final class LocaleRules {
    private LocaleRules() {}

    private static final String ENGLISH_COUNTRIES = " US GB CA AU NZ IE IN ";

    /** Null means "no localization" (Formatter javadoc): the ROOT symbols. */
    static boolean hasRootNumbers(Locale l) {
        if (l == null) return true;
        if (!l.getVariant().isEmpty() || !l.getScript().isEmpty()) return false;
        String lang = l.getLanguage(), country = l.getCountry();
        if (lang.isEmpty()) return country.isEmpty();
        return lang.equals("en") && (country.isEmpty() || ENGLISH_COUNTRIES.contains(" " + country + " "));
    }

    static void check(Locale l) {
        if (!hasRootNumbers(l))
            throw new UnsupportedOperationException("number formatting for locale " + l
                    + " is not supported by the MyOS2026 class library (only Locale.ROOT and English locales)");
    }

    /** Upper case for %S, %B, %X...: the locale's rules, ROOT when there is none. */
    static String toUpperCase(String s, Locale l) {
        return s.toUpperCase(l == null ? Locale.ROOT : l);
    }
}
