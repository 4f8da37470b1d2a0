package java.util;

/** A width the conversion does not accept, or one beyond int (reported as Integer.MIN_VALUE). */
public class IllegalFormatWidthException extends IllegalFormatException {
    private final int w;

    public IllegalFormatWidthException(int w) { this.w = w; }

    public int getWidth() { return w; }

    @Override
    public String getMessage() { return Integer.toString(w); }
}
