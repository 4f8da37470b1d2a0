package java.util;

/** An argument whose type the conversion cannot print. */
public class IllegalFormatConversionException extends IllegalFormatException {
    private final char c;
    private final Class<?> arg;

    public IllegalFormatConversionException(char c, Class<?> arg) {
        this.c = c;
        this.arg = Objects.requireNonNull(arg);
    }

    public char getConversion() { return c; }

    public Class<?> getArgumentClass() { return arg; }

    @Override
    public String getMessage() { return c + " != " + arg.getName(); }
}
