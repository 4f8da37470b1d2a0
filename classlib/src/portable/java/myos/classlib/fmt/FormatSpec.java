package myos.classlib.fmt;

import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.IllegalFormatWidthException;
import java.util.Locale;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;

/**
 * One piece of a format string: literal text, or a specifier
 * {@code %[argument_index$][flags][width][.precision]conversion} with the checks and the
 * printing of java.util.Formatter (javadoc "Format String Syntax"; JDK 25 messages).
 */
final class FormatSpec {
    // Bit values of the JDK's Formatter.Flags; the first three are java.util.FormattableFlags.
    static final int LEFT = 1, UPPER = 2, ALT = 4, PLUS = 8, SPACE = 16, ZERO = 32, GROUP = 64, PAREN = 128, PREVIOUS = 256;
    /** Flag characters in bit order ('^' is UPPER: it is never written, only reported). */
    private static final String FLAG_CHARS = "-^#+ 0,(<";

    int index;          // 0 ordinary, -1 previous ('<'), n > 0 explicit
    int flags;
    int width = -1;
    int precision = -1;
    char conversion;    // lower case (UPPER flag for the upper-case variants); 0 for literal text
    char dateTime;      // the suffix of %t / %T
    int start, end;     // literal: the text; specifier: end is the index after it

    private FormatSpec() {}

    static FormatSpec literal(int start, int end) {
        FormatSpec fs = new FormatSpec();
        fs.start = start;
        fs.end = end;
        return fs;
    }

    private static boolean isConversion(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    private static boolean isValidConversion(char c) {
        return "bBhHsScCdoxXeEfgGaAtT%n".indexOf(c) >= 0;
    }

    /** Date/time suffixes of %t (javadoc "Date/Time Conversions"). */
    private static boolean isDateTime(char c) {
        return "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc".indexOf(c) >= 0;
    }

    private static int flagBit(char c) {
        int k = FLAG_CHARS.indexOf(c);
        return k <= 0 ? (k == 0 ? LEFT : 0) : (k == 1 ? 0 : 1 << k);
    }

    /** Parses the specifier whose '%' is at pct (the JDK's FormatSpecifierParser). */
    static FormatSpec parse(FormatEngine.Owner owner, String s, int pct) {
        int max = s.length();
        int i = pct + 1;
        if (i >= max) throw new UnknownFormatConversionException("%");
        FormatSpec fs = new FormatSpec();
        char first = s.charAt(i);
        if (isValidConversion(first) && first != 't' && first != 'T') {   // the common "%d"
            fs.setConversion(first);
            fs.end = i + 1;
            fs.check();
            return fs;
        }
        int off = i;
        int j = off;
        while (j < max && isDigit(s.charAt(j))) j++;
        if (j > off && j < max && s.charAt(j) == '$') {
            fs.index = parseIndex(owner, s, off, j);
            off = j + 1;
        }
        j = off;
        int f;
        while (j < max && (f = flagBit(s.charAt(j))) != 0) {
            if ((fs.flags & f) != 0) throw new DuplicateFormatFlagsException(String.valueOf(s.charAt(j)));
            fs.flags |= f;
            j++;
        }
        if ((fs.flags & PREVIOUS) != 0) fs.index = -1;
        off = j;
        while (j < max && isDigit(s.charAt(j))) j++;
        if (j > off) {
            fs.width = parseNumber(s, off, j);
            if (fs.width < 0) throw new IllegalFormatWidthException(fs.width);
        }
        off = j;
        if (off < max && s.charAt(off) == '.') {
            j = ++off;
            while (j < max && isDigit(s.charAt(j))) j++;
            if (j == off) throw new UnknownFormatConversionException(String.valueOf(first));
            fs.precision = parseNumber(s, off, j);
            if (fs.precision < 0) throw new IllegalFormatPrecisionException(fs.precision);
            off = j;
        }
        if (off >= max || !isConversion(s.charAt(off))) throw new UnknownFormatConversionException(String.valueOf(first));
        char c = s.charAt(off);
        if (c == 't' || c == 'T') {
            if (off + 1 >= max || !isConversion(s.charAt(off + 1))) throw new UnknownFormatConversionException(String.valueOf(c));
            char t = s.charAt(off + 1);
            if (c == 'T') fs.flags |= UPPER;
            fs.conversion = 't';
            fs.dateTime = t;
            fs.end = off + 2;
            fs.check();
            return fs;
        }
        if (!isValidConversion(c)) throw new UnknownFormatConversionException(String.valueOf(c));
        fs.setConversion(c);
        fs.end = off + 1;
        fs.check();
        return fs;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A width or precision; Integer.MIN_VALUE when it does not fit an int (as the JDK reports it). */
    private static int parseNumber(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) return Integer.MIN_VALUE;
        }
        return (int) v;
    }

    private static int parseIndex(FormatEngine.Owner owner, String s, int from, int to) {
        int v = parseNumber(s, from, to);
        if (v <= 0) throw owner.illegalArgumentIndex(v);
        return v;
    }

    private void setConversion(char c) {
        if (c >= 'A' && c <= 'Z') {
            flags |= UPPER;
            c = (char) (c + ('a' - 'A'));
        }
        conversion = c;
    }

    // ---- checks at parse time (Formatter.FormatSpecifier.check*) ----

    private void check() {
        switch (conversion) {
            case 'b': case 'h': case 's':
                if ((conversion == 'b' || conversion == 'h') && (flags & ALT) != 0) throw mismatch(ALT);
                if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
                checkBadFlags(PLUS | SPACE | ZERO | GROUP | PAREN);
                break;
            case 'c':
                if (precision != -1) throw new IllegalFormatPrecisionException(precision);
                checkBadFlags(ALT | PLUS | SPACE | ZERO | GROUP | PAREN);
                if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
                break;
            case 'd': case 'o': case 'x':
                checkNumeric();
                if (precision != -1) throw new IllegalFormatPrecisionException(precision);
                checkBadFlags(conversion == 'd' ? ALT : GROUP);
                break;
            case 'e': case 'f': case 'g': case 'a':
                checkNumeric();
                if (conversion == 'a') checkBadFlags(PAREN | GROUP);
                else if (conversion == 'e') checkBadFlags(GROUP);
                else if (conversion == 'g') checkBadFlags(ALT);
                break;
            case '%':
                if (precision != -1) throw new IllegalFormatPrecisionException(precision);
                if ((flags & ~LEFT) != 0) throw new IllegalFormatFlagsException(flagString(flags));
                if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
                break;
            case 't':
                if (precision != -1) throw new IllegalFormatPrecisionException(precision);
                if (!isDateTime(dateTime)) throw new UnknownFormatConversionException("t" + dateTime);
                checkBadFlags(ALT | PLUS | SPACE | ZERO | GROUP | PAREN);
                if (width == -1 && (flags & LEFT) != 0) throw new MissingFormatWidthException(toString());
                break;
            default: // 'n'
                if (precision != -1) throw new IllegalFormatPrecisionException(precision);
                if (width != -1) throw new IllegalFormatWidthException(width);
                if (flags != 0) throw new IllegalFormatFlagsException(flagString(flags));
        }
    }

    private void checkNumeric() {
        if (width != -1 && width < 0) throw new IllegalFormatWidthException(width);
        if (precision != -1 && precision < 0) throw new IllegalFormatPrecisionException(precision);
        if ((flags & (LEFT | ZERO)) != 0 && width == -1) throw new MissingFormatWidthException(toString());
        if ((flags & PLUS) != 0 && (flags & SPACE) != 0 || (flags & LEFT) != 0 && (flags & ZERO) != 0)
            throw new IllegalFormatFlagsException(flagString(flags));
    }

    /** The JDK reports every offending flag at once. */
    private void checkBadFlags(int bad) {
        if ((flags & bad) != 0) throw mismatch(flags & bad);
    }

    private FormatFlagsConversionMismatchException mismatch(int f) {
        return new FormatFlagsConversionMismatchException(flagString(f), conversion == 't' ? dateTime : conversion);
    }

    private static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FLAG_CHARS.length(); k++) if ((f & (1 << k)) != 0) sb.append(FLAG_CHARS.charAt(k));
        return sb.toString();
    }

    /** The flags a Formattable receives (FormattableFlags LEFT_JUSTIFY, UPPERCASE, ALTERNATE). */
    int formattableFlags() {
        return flags & (LEFT | UPPER | ALT);
    }

    /** The JDK's FormatSpecifier.toString: flags (without '^') before the index. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("%");
        sb.append(flagString(flags & ~UPPER));
        if (index > 0) sb.append(index).append('$');
        if (width != -1) sb.append(width);
        if (precision != -1) sb.append('.').append(precision);
        sb.append((flags & UPPER) != 0 ? (char) (conversion - ('a' - 'A')) : conversion);
        if (conversion == 't') sb.append(dateTime);
        return sb.toString();
    }

    // ---- printing ----

    void printText(StringBuilder out) {
        if (conversion == 'n') out.append(System.lineSeparator());
        else justify(out, "%");
    }

    void print(StringBuilder out, Object arg, Locale l) {
        switch (conversion) {
            case 'b':
                printString(out, arg == null ? "false" : (arg instanceof Boolean ? arg.toString() : "true"), l);
                break;
            case 'h':
                printString(out, arg == null ? "null" : Integer.toHexString(arg.hashCode()), l);
                break;
            case 's':
                if ((flags & ALT) != 0) throw mismatch(ALT); // '#' is for Formattable arguments only
                printString(out, String.valueOf(arg), l);
                break;
            case 'c':
                printChar(out, arg, l);
                break;
            case 't':
                // The JDK prints Long (epoch milliseconds), Date, Calendar and TemporalAccessor
                // arguments; this library has no time zones or calendars to do that with.
                if (arg == null) printString(out, "null", l);
                else if (arg instanceof Long) throw new UnsupportedOperationException("date/time conversion " + this
                        + " is not supported by the MyOS2026 class library");
                else throw new IllegalFormatConversionException(dateTime, arg.getClass());
                break;
            case 'd': case 'o': case 'x':
                if (arg == null) printString(out, "null", l);
                else if (arg instanceof Integer) printInteger(out, ((Integer) arg).intValue(), 32, l);
                else if (arg instanceof Long) printInteger(out, ((Long) arg).longValue(), 64, l);
                else if (arg instanceof Short) printInteger(out, ((Short) arg).shortValue(), 16, l);
                else if (arg instanceof Byte) printInteger(out, ((Byte) arg).byteValue(), 8, l);
                else throw badConversion(arg);
                break;
            default: // e f g a; a float is widened to double, as the JDK does
                if (arg == null) printString(out, "null", l);
                else if (arg instanceof Double) FormatFloat.print(this, out, ((Double) arg).doubleValue(), l);
                else if (arg instanceof Float) FormatFloat.print(this, out, ((Float) arg).floatValue(), l);
                else throw badConversion(arg);
        }
    }

    private IllegalFormatConversionException badConversion(Object arg) {
        return new IllegalFormatConversionException(conversion, arg.getClass());
    }

    private void printString(StringBuilder out, String s, Locale l) {
        if (precision != -1 && precision < s.length()) s = s.substring(0, precision);
        if ((flags & UPPER) != 0) s = LocaleRules.toUpperCase(s, l);
        justify(out, s);
    }

    void justify(StringBuilder out, CharSequence s) {
        int pad = width - s.length();
        if (pad > 0 && (flags & LEFT) == 0) for (int k = 0; k < pad; k++) out.append(' ');
        out.append(s);
        if (pad > 0 && (flags & LEFT) != 0) for (int k = 0; k < pad; k++) out.append(' ');
    }

    private void printChar(StringBuilder out, Object arg, Locale l) {
        if (arg == null) {
            printString(out, "null", l);
            return;
        }
        int cp;
        if (arg instanceof Character) cp = ((Character) arg).charValue();
        else if (arg instanceof Byte) cp = ((Byte) arg).byteValue();
        else if (arg instanceof Short) cp = ((Short) arg).shortValue();
        else if (arg instanceof Integer) cp = ((Integer) arg).intValue();
        else throw badConversion(arg);
        if (!Character.isValidCodePoint(cp)) throw new IllegalFormatCodePointException(cp);
        printString(out, new String(Character.toChars(cp)), l);
    }

    private void printInteger(StringBuilder out, long value, int bits, Locale l) {
        StringBuilder sb = new StringBuilder();
        if (conversion == 'd') {
            boolean neg = value < 0;
            leadingSign(sb, neg);
            magnitude(sb, Long.toString(value), neg ? 1 : 0, adjustWidth(width, neg), l);
            if (neg && (flags & PAREN) != 0) sb.append(')');
        } else {
            checkBadFlags(PAREN | SPACE | PLUS); // allowed for BigInteger only
            if (bits < 64 && value < 0) value += 1L << bits;
            String s = conversion == 'x' ? Long.toHexString(value) : Long.toOctalString(value);
            boolean alt = (flags & ALT) != 0;
            String prefix = !alt ? "" : conversion == 'o' ? "0" : ((flags & UPPER) != 0 ? "0X" : "0x");
            sb.append(prefix);
            if ((flags & ZERO) != 0) for (int k = prefix.length() + s.length(); k < width; k++) sb.append('0');
            sb.append((flags & UPPER) != 0 ? LocaleRules.toUpperCase(s, null) : s);
        }
        justify(out, sb);
    }

    void leadingSign(StringBuilder sb, boolean neg) {
        if (!neg) {
            if ((flags & PLUS) != 0) sb.append('+');
            else if ((flags & SPACE) != 0) sb.append(' ');
        } else {
            sb.append((flags & PAREN) != 0 ? '(' : '-');
        }
    }

    int adjustWidth(int w, boolean neg) {
        return (w != -1 && neg && (flags & PAREN) != 0) ? w - 1 : w;
    }

    /**
     * Digits from value[offset..] with the locale's zero digit, decimal separator and
     * grouping, then zero padding to w (Formatter.localizedMagnitude).
     */
    void magnitude(StringBuilder sb, CharSequence value, int offset, int w, Locale l) {
        LocaleRules.check(l);
        int begin = sb.length();
        int len = value.length();
        int dot = len;
        for (int j = offset; j < len; j++) if (value.charAt(j) == '.') { dot = j; break; }
        boolean group = (flags & GROUP) != 0;
        for (int j = offset; j < len; j++) {
            if (j == dot) {
                sb.append('.');
                group = false;
                continue;
            }
            sb.append(value.charAt(j));
            if (group && j != dot - 1 && ((dot - j) % 3 == 1)) sb.append(',');
        }
        if (w != -1 && (flags & ZERO) != 0) {
            int pad = w - sb.length();   // a sign already in sb counts toward the width
            if (pad > 0) {
                char[] zeros = new char[pad];
                for (int k = 0; k < pad; k++) zeros[k] = '0';
                sb.insert(begin, zeros);
            }
        }
    }
}
