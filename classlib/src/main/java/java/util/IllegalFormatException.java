package java.util;

/** Unchecked exception thrown when a format string has illegal syntax or a specifier that does not fit its argument (java.util.Formatter). */
public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException() {}
}
