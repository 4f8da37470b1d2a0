package java.util;

/** A Formatter used after close(). */
public class FormatterClosedException extends IllegalStateException {
    public FormatterClosedException() {}
}
