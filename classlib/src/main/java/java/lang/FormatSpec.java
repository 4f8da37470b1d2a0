package java.lang;

/**
 * One parsed format specifier %[index$][flags][width][.precision]conversion, with the
 * checks and the printing of java.util.Formatter (JDK 25, US locale). See StringFormatter.
 */
final class FormatSpec {
    static final int LEFT = 1, ALT = 2, PLUS = 4, SPACE = 8, ZERO = 16, GROUP = 32, PAREN = 64, PREVIOUS = 128, UPPER = 256;
    private static final String FLAG_CHARS = "-#+ 0,(<";

    int index;          // 0 ordinary, -1 previous ('<'), n > 0 explicit
    int flags;
    int width = -1;
    int precision = -1;
    char conversion;    // lower case; UPPER flag for the upper-case variants
    int end;            // index after the specifier in the format string

    private FormatSpec() {}

    // ---- errors: java.util.IllegalFormatException subclasses are not in this library, so the
    // JDK's messages are thrown as IllegalArgumentException (the JDK types all extend it).

    static IllegalArgumentException unknownConversion(String s) {
        return new IllegalArgumentException("Conversion = '" + s + "'");
    }

    static IllegalArgumentException missingArgument(FormatSpec fs) {
        return new IllegalArgumentException("Format specifier '" + fs + "'");
    }

    private IllegalArgumentException mismatch(int flag) {
        return new IllegalArgumentException("Conversion = " + conversion + ", Flags = " + flagString(flag));
    }

    private IllegalArgumentException badConversion(Object arg) {
        return new IllegalArgumentException(conversion + " != " + arg.getClass().getName());
    }

    private static boolean isConversion(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    private static boolean isValidConversion(char c) {
        return "bBhHsScCdoxXeEfgGaAtT%n".indexOf(c) >= 0;
    }

    /** Parses the specifier whose '%' is at pct (the JDK's FormatSpecifierParser). */
    static FormatSpec parse(String s, int pct) {
        int max = s.length();
        int i = pct + 1;
        if (i >= max) throw unknownConversion("%");
        FormatSpec fs = new FormatSpec();
        char first = s.charAt(i);
        if (isValidConversion(first) && first != 't' && first != 'T') {
            fs.setConversion(first);
            fs.end = i + 1;
            fs.check();
            return fs;
        }
        int off = i;
        int j = off;
        while (j < max && isDigit(s.charAt(j))) j++;
        if (j > off && j < max && s.charAt(j) == '$') {
            fs.index = parseNumber(s, off, j, true);
            off = j + 1;
        }
        j = off;
        while (j < max && FLAG_CHARS.indexOf(s.charAt(j)) >= 0) {
            int f = 1 << FLAG_CHARS.indexOf(s.charAt(j));
            if ((fs.flags & f) != 0) throw new IllegalArgumentException("Flags = '" + s.charAt(j) + "'");
            fs.flags |= f;
            j++;
        }
        if ((fs.flags & PREVIOUS) != 0) fs.index = -1;
        off = j;
        while (j < max && isDigit(s.charAt(j))) j++;
        if (j > off) fs.width = parseNumber(s, off, j, false);
        off = j;
        if (off < max && s.charAt(off) == '.') {
            j = ++off;
            while (j < max && isDigit(s.charAt(j))) j++;
            if (j == off) throw unknownConversion(String.valueOf(first));
            fs.precision = parseNumber(s, off, j, false);
            off = j;
        }
        if (off >= max || !isConversion(s.charAt(off))) throw unknownConversion(String.valueOf(first));
        char c = s.charAt(off);
        if ((c == 't' || c == 'T') && off + 1 < max && isConversion(s.charAt(off + 1)))
            throw new UnsupportedOperationException("date/time format conversions (%" + c + s.charAt(off + 1)
                    + ") are not supported by the MyOS class library");
        if (!isValidConversion(c) || c == 't' || c == 'T') throw unknownConversion(String.valueOf(c));
        fs.setConversion(c);
        fs.end = off + 1;
        fs.check();
        return fs;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int parseNumber(String s, int from, int to, boolean isIndex) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) {
                if (isIndex) throw new IllegalArgumentException("Illegal format argument index = " + Integer.MIN_VALUE);
                throw new IllegalArgumentException(Integer.toString(Integer.MIN_VALUE));
            }
        }
        if (isIndex && v == 0) throw new IllegalArgumentException("Illegal format argument index = 0");
        return (int) v;
    }

    private void setConversion(char c) {
        if (Character.isUpperCase(c)) {
            flags |= UPPER;
            c = Character.toLowerCase(c);
        }
        conversion = c;
    }

    // ---- checks (Formatter.FormatSpecifier.check*) ----

    private void check() {
        switch (conversion) {
            case 'b': case 'h': case 's':
                if ((conversion == 'b' || conversion == 'h') && (flags & ALT) != 0) throw mismatch(ALT);
                if (width == -1 && (flags & LEFT) != 0) throw missingWidth();
                checkBadFlags(PLUS | SPACE | ZERO | GROUP | PAREN);
                break;
            case 'c':
                if (precision != -1) throw new IllegalArgumentException(Integer.toString(precision));
                checkBadFlags(ALT | PLUS | SPACE | ZERO | GROUP | PAREN);
                if (width == -1 && (flags & LEFT) != 0) throw missingWidth();
                break;
            case 'd': case 'o': case 'x':
                checkNumeric();
                if (precision != -1) throw new IllegalArgumentException(Integer.toString(precision));
                if (conversion == 'd') checkBadFlags(ALT);
                else checkBadFlags(GROUP);
                break;
            case 'e': case 'f': case 'g': case 'a':
                checkNumeric();
                if (conversion == 'a') checkBadFlags(PAREN | GROUP);
                else if (conversion == 'e') checkBadFlags(GROUP);
                else if (conversion == 'g') checkBadFlags(ALT);
                break;
            case '%':
                if (precision != -1) throw new IllegalArgumentException(Integer.toString(precision));
                if ((flags & ~(LEFT | UPPER)) != 0 && (flags & ~(LEFT | UPPER)) != PREVIOUS)
                    throw new IllegalArgumentException("Flags = '" + flagString(flags & ~LEFT) + "'");
                if (width == -1 && (flags & LEFT) != 0) throw missingWidth();
                break;
            case 'n':
                if (width != -1) throw new IllegalArgumentException(Integer.toString(width));
                if (flags != 0) throw new IllegalArgumentException("Flags = '" + flagString(flags) + "'");
                if (precision != -1) throw new IllegalArgumentException(Integer.toString(precision));
                break;
            default:
                throw unknownConversion(String.valueOf(conversion));
        }
    }

    private void checkNumeric() {
        if ((flags & (LEFT | ZERO)) != 0 && width == -1) throw missingWidth();
        if ((flags & PLUS) != 0 && (flags & SPACE) != 0 || (flags & LEFT) != 0 && (flags & ZERO) != 0)
            throw new IllegalArgumentException("Flags = '" + flagString(flags) + "'");
    }

    void checkBadFlags(int bad) {
        for (int f = 1; f <= PREVIOUS; f <<= 1) if ((flags & bad & f) != 0) throw mismatch(f);
    }

    private IllegalArgumentException missingWidth() {
        return new IllegalArgumentException(toString());
    }

    private static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FLAG_CHARS.length(); k++) if ((f & (1 << k)) != 0) sb.append(FLAG_CHARS.charAt(k));
        return sb.toString();
    }

    /** The JDK's FormatSpecifier.toString (flags come before the index there too). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("%");
        sb.append(flagString(flags));
        if (index > 0) sb.append(index).append('$');
        if (width != -1) sb.append(width);
        if (precision != -1) sb.append('.').append(precision);
        sb.append((flags & UPPER) != 0 ? Character.toUpperCase(conversion) : conversion);
        return sb.toString();
    }

    // ---- printing ----

    void printText(StringBuilder out) {
        if (conversion == 'n') out.append('\n');
        else justify(out, "%");
    }

    void print(StringBuilder out, Object arg) {
        switch (conversion) {
            case 'b':
                printString(out, arg == null ? "false" : (arg instanceof Boolean ? arg.toString() : "true"));
                break;
            case 'h':
                printString(out, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                break;
            case 's':
                if ((flags & ALT) != 0) throw mismatch(ALT); // '#' needs a Formattable
                printString(out, String.valueOf(arg));
                break;
            case 'c':
                printChar(out, arg);
                break;
            case 'd': case 'o': case 'x':
                if (arg == null) printString(out, "null");
                else if (arg instanceof Integer) printInteger(out, ((Integer) arg).intValue(), 32);
                else if (arg instanceof Long) printInteger(out, ((Long) arg).longValue(), 64);
                else if (arg instanceof Short) printInteger(out, ((Short) arg).shortValue(), 16);
                else if (arg instanceof Byte) printInteger(out, ((Byte) arg).byteValue(), 8);
                else throw badConversion(arg);
                break;
            default: // e f g a
                if (arg == null) printString(out, "null");
                else if (arg instanceof Double) FormatFloat.print(this, out, ((Double) arg).doubleValue());
                else if (arg instanceof Float) FormatFloat.print(this, out, ((Float) arg).floatValue());
                else throw badConversion(arg);
        }
    }

    private void printString(StringBuilder out, String s) {
        if (precision != -1 && precision < s.length()) s = s.substring(0, precision);
        if ((flags & UPPER) != 0) s = s.toUpperCase();
        justify(out, s);
    }

    void justify(StringBuilder out, CharSequence s) {
        int pad = width - s.length();
        if (pad > 0 && (flags & LEFT) == 0) for (int k = 0; k < pad; k++) out.append(' ');
        out.append(s);
        if (pad > 0 && (flags & LEFT) != 0) for (int k = 0; k < pad; k++) out.append(' ');
    }

    private void printChar(StringBuilder out, Object arg) {
        if (arg == null) {
            printString(out, "null");
            return;
        }
        int cp;
        if (arg instanceof Character) cp = ((Character) arg).charValue();
        else if (arg instanceof Byte) cp = ((Byte) arg).byteValue();
        else if (arg instanceof Short) cp = ((Short) arg).shortValue();
        else if (arg instanceof Integer) cp = ((Integer) arg).intValue();
        else throw badConversion(arg);
        if (!Character.isValidCodePoint(cp))
            throw new IllegalArgumentException("Code point = 0x" + Integer.toHexString(cp));
        printString(out, Character.toString(cp));
    }

    private void printInteger(StringBuilder out, long value, int bits) {
        StringBuilder sb = new StringBuilder();
        if (conversion == 'd') {
            boolean neg = value < 0;
            String v = Long.toString(value);
            leadingSign(sb, neg);
            magnitude(sb, v, neg ? 1 : 0, adjustWidth(width, neg));
            if (neg && (flags & PAREN) != 0) sb.append(')');
        } else {
            checkBadFlags(PAREN | SPACE | PLUS); // allowed for BigInteger only
            if (bits < 64 && value < 0) value += 1L << bits;
            String s;
            if (bits == 32 && conversion == 'x') s = Integer.toHexString((int) value);
            else if (bits == 32) s = Integer.toOctalString((int) value);
            else s = conversion == 'x' ? Long.toHexString(value) : Long.toOctalString(value);
            boolean alt = (flags & ALT) != 0;
            String prefix = !alt ? "" : conversion == 'o' ? "0" : ((flags & UPPER) != 0 ? "0X" : "0x");
            sb.append(prefix);
            if ((flags & ZERO) != 0) for (int k = prefix.length() + s.length(); k < width; k++) sb.append('0');
            sb.append((flags & UPPER) != 0 ? s.toUpperCase() : s);
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

    /** Digits from value[offset..] with grouping and zero padding (Formatter.localizedMagnitude). */
    void magnitude(StringBuilder sb, CharSequence value, int offset, int w) {
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
        if (w != -1 && (flags & ZERO) != 0) for (int k = sb.length(); k < w; k++) sb.insert(begin, '0');
    }
}
