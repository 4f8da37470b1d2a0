package java.util;

/** The flags passed to Formattable.formatTo; the values are those of the JDK. */
public class FormattableFlags {
    private FormattableFlags() {}

    public static final int LEFT_JUSTIFY = 1 << 0;  // '-'
    public static final int UPPERCASE = 1 << 1;     // 'S'
    public static final int ALTERNATE = 1 << 2;     // '#'
}
