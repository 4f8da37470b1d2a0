package java.lang;

/**
 * Regular expressions for String.split/matches/replaceAll. Patterns that need a real
 * regex engine are rejected with UnsupportedOperationException naming the pattern.
 */
final class Regex {
    private final String pattern;

    private Regex(String pattern) {
        this.pattern = pattern;
    }

    static Regex compile(String pattern) {
        throw new UnsupportedOperationException("regular expression \"" + pattern
                + "\" is not supported by the MyOS class library (only literal patterns are)");
    }

    String[] split(String s, int limit) {
        throw new UnsupportedOperationException(pattern);
    }

    boolean matches(String s) {
        throw new UnsupportedOperationException(pattern);
    }

    String replace(String s, String replacement, boolean all) {
        throw new UnsupportedOperationException(pattern);
    }
}
