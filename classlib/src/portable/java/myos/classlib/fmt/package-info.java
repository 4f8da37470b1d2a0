/**
 * The engine of {@code java.util.Formatter} (JDK 25 behaviour): format-string parsing, the
 * checks with the JDK's exception types and messages, and the printing of every conversion
 * except date/time. It is plain Java that compiles against the host JDK and against
 * MyOS2026's class library, so {@code classlib/src/test} compares it with JDK 25's own
 * {@code Formatter} on the host; {@code java.util.Formatter} of the class library is a thin
 * shell over {@link myos.classlib.fmt.FormatEngine}.
 *
 * <p>Floating-point conversions start from the shortest decimal that reads back to the
 * value ({@link myos.classlib.num.DoubleToDecimal}, as {@code Double.toString}) and round it
 * HALF_UP in decimal, which is what JDK 21+ does (its {@code FormattedFPDecimal}): so
 * {@code %.1f} of 0.15 is "0.2" and {@code %.2f} of 1.005 is "1.01", although neither
 * binary value is at or above the decimal midpoint.
 */
package myos.classlib.fmt;
