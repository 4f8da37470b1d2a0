package java.util;

/** A precision the conversion does not accept, or one beyond int (reported as Integer.MIN_VALUE). */
public class IllegalFormatPrecisionException extends IllegalFormatException {
    private final int p;

    public IllegalFormatPrecisionException(int p) { this.p = p; }

    public int getPrecision() { return p; }

    @Override
    public String getMessage() { return Integer.toString(p); }
}
