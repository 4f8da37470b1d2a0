package java.lang;

/** Thrown when an exhaustive switch over patterns or enums matches nothing at run time. */
public final class MatchException extends RuntimeException {
    public MatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
