package java.util;

/** A type that prints itself for %s (java.util.Formatter, "Formattable"). */
public interface Formattable {
    void formatTo(Formatter formatter, int flags, int width, int precision);
}
