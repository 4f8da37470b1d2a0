package java.lang;

/**
 * The java.util.Formatter engine behind String.format, String.formatted and
 * PrintStream.printf, for the US/ROOT locale: conversions b h s c d o x e f g a % n
 * (upper-case variants too), argument indexes (n$ and <), flags - # + space 0 , ( with
 * width and precision, and the JDK's checks. Floating-point values are rounded HALF_UP
 * from their shortest decimal representation, as JDK 21+ does (FormattedFPDecimal).
 * Date/time (%t) and BigInteger/BigDecimal/Formattable arguments are not supported.
 * Errors are the JDK's messages; they are thrown as IllegalArgumentException because
 * the java.util.IllegalFormatException subclasses are not in this library (see FormatSpec.fail*).
 */
final class StringFormatter {
    private final StringBuilder out = new StringBuilder();

    StringFormatter format(String format, Object[] args) {
        int n = format.length();
        int ordinary = -1, last = -1;
        int i = 0;
        while (i < n) {
            int pct = format.indexOf('%', i);
            if (pct < 0) {
                out.append(format, i, n);
                break;
            }
            out.append(format, i, pct);
            FormatSpec fs = FormatSpec.parse(format, pct);
            i = fs.end;
            char c = fs.conversion;
            if (c == '%' || c == 'n') {
                fs.printText(out);
                continue;
            }
            Object arg;
            if (fs.index == -1) {          // '<': the previous argument
                if (last < 0) throw FormatSpec.missingArgument(fs);
                arg = args == null ? null : args[last];
            } else if (fs.index == 0) {    // ordinary
                ordinary++;
                last = ordinary;
                if (args != null && ordinary > args.length - 1) throw FormatSpec.missingArgument(fs);
                arg = args == null ? null : args[ordinary];
            } else {                       // explicit n$
                last = fs.index - 1;
                if (args != null && last > args.length - 1) throw FormatSpec.missingArgument(fs);
                arg = args == null ? null : args[last];
            }
            fs.print(out, arg);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
