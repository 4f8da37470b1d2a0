package java.util;

/** An illegal combination of flags. */
public class IllegalFormatFlagsException extends IllegalFormatException {
    private final String flags;

    public IllegalFormatFlagsException(String f) { this.flags = Objects.requireNonNull(f); }

    public String getFlags() { return flags; }

    @Override
    public String getMessage() { return "Flags = '" + flags + "'"; }
}
