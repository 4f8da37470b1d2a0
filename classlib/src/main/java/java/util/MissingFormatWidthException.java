package java.util;

/** A flag ('-' or '0') that needs a width, without one. */
public class MissingFormatWidthException extends IllegalFormatException {
    private final String s;

    public MissingFormatWidthException(String s) { this.s = Objects.requireNonNull(s); }

    public String getFormatSpecifier() { return s; }

    @Override
    public String getMessage() { return s; }
}
