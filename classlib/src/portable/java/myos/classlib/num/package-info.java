/**
 * The portable numeric core of the class library: conversions between numbers and text
 * and the strict math functions, in plain Java that compiles both against the real JDK
 * (so that it is tested differentially against it on the host, see
 * {@code classlib/src/test}) and against MyOS2026's own class library, whose
 * {@code java.lang.Double}, {@code Float}, {@code Integer}, {@code Long} and
 * {@code StrictMath} delegate here.
 *
 * <p>The code therefore uses only primitives, arrays, {@code String} (construction from
 * {@code char[]}, {@code length}, {@code charAt}), {@code StringBuilder.append} and the
 * two exceptions {@code NumberFormatException} and {@code ArithmeticException}: no
 * {@code BigInteger}, no collections, no formatting.
 *
 * <h2>What is where, and why</h2>
 * <ul>
 * <li>{@link myos.classlib.num.DoubleToDecimal} and {@link myos.classlib.num.FloatToDecimal}
 *     print the shortest decimal that reads back to the same value, as specified since
 *     JDK 19 (JDK 17 sometimes printed one digit too many, or a non-closest one). The
 *     algorithm is Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2021),
 *     the same as JDK 19+ uses, so the digits are identical by construction: Schubfach
 *     computes the decimal of minimal length in the rounding interval, picking the one
 *     closest to the value, and it does so with one table of 617 128-bit powers of ten
 *     and three 128-bit multiplications, no big numbers.</li>
 * <li>{@link myos.classlib.num.FloatingDecimalParser} is {@code Double.parseDouble} and
 *     {@code Float.parseFloat}: the JDK 25 grammar (whitespace, sign, NaN, Infinity,
 *     hexadecimal significands with binary exponents, f/F/d/D suffix) and its messages.
 *     Decimal input is rounded once, directly to the target precision (a float is never
 *     read via a double, which could round twice), in three stages: Clinger's fast path
 *     (W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990) when the
 *     digits and the power of ten are both exact in the format, so one IEEE operation is
 *     correctly rounded; then {@link myos.classlib.num.DecimalFastPath}, which brackets
 *     the value between two 64 x 126-bit products with Schubfach's table of powers of ten
 *     (the idea of Eisel-Lemire, D. Lemire 2021) and accepts the result when both ends
 *     round alike; otherwise exact arithmetic: the digits, cut to the prefix that can still
 *     influence rounding (plus a sticky digit), become a big integer
 *     ({@link myos.classlib.num.BigNat}) that is scaled by a power of ten and divided,
 *     with round-half-even on the remainder.</li>
 * <li>{@link myos.classlib.num.IntegerFormat} holds the int/long radix conversions of
 *     {@code Integer} and {@code Long}, with the JDK's exact exception messages and its
 *     acceptance of every Unicode decimal digit ({@code Character.digit}).</li>
 * <li>{@link myos.classlib.num.FdLibm} is {@code StrictMath}: the algorithms of Sun's
 *     fdlibm 5.3 (K. C. Ng et al., 1993), which JDK 25's {@code StrictMath} runs as a Java
 *     port. Results must be bit-identical to JDK 25, so the code follows fdlibm's
 *     operations in order; IEEE arithmetic in Java (strict since JDK 17) and in the
 *     compiled C ({@code -ffp-contract=off}, SSE2) gives the same bits.</li>
 * </ul>
 */
package myos.classlib.num;
