package java.util;

/** A flag given twice in a format specifier. */
public class DuplicateFormatFlagsException extends IllegalFormatException {
    private final String flags;

    public DuplicateFormatFlagsException(String f) {
        this.flags = Objects.requireNonNull(f);
    }

    public String getFlags() { return flags; }

    @Override
    public String getMessage() { return "Flags = '" + flags + "'"; }
}
