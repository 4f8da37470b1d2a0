package java.util;

/** An unknown flag. */
public class UnknownFormatFlagsException extends IllegalFormatException {
    private final String flags;

    public UnknownFormatFlagsException(String f) { this.flags = Objects.requireNonNull(f); }

    public String getFlags() { return flags; }

    @Override
    public String getMessage() { return "Flags = " + flags; }
}
