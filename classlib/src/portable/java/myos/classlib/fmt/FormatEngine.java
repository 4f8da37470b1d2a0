package myos.classlib.fmt;

import java.io.IOException;
import java.util.Formattable;
import java.util.Locale;
import java.util.MissingFormatArgumentException;

/**
 * {@code Formatter.format(Locale, String, Object...)}: the format string is parsed whole
 * first (so a malformed specifier anywhere writes nothing, as in the JDK), then each piece
 * is written to the destination in order, taking its argument by ordinary, explicit
 * ({@code n$}) or relative ({@code <}) index (javadoc of java.util.Formatter, "Argument
 * Index").
 */
public final class FormatEngine {
    private FormatEngine() {}

    /** What the engine needs from the Formatter that owns it. */
    public interface Owner {
        /**
         * {@code java.util.IllegalFormatArgumentIndexException} for index 0 or an index beyond
         * int: its constructor is package-private, only the owner can make one.
         */
        IllegalArgumentException illegalArgumentIndex(int index);

        /** Formattable.formatTo with a Formatter on the same destination and the given locale. */
        void formatTo(Formattable arg, Locale l, int flags, int width, int precision);
    }

    public static void format(Owner owner, Appendable out, Locale l, String format, Object[] args) throws IOException {
        FormatSpec[] specs = parse(owner, format);
        int ordinary = -1, last = -1;
        StringBuilder sb = new StringBuilder();
        for (FormatSpec fs : specs) {
            if (fs.conversion == 0) {       // literal text
                out.append(format, fs.start, fs.end);
                continue;
            }
            char c = fs.conversion;
            if (c == '%' || c == 'n') {
                sb.setLength(0);
                fs.printText(sb);
                out.append(sb);
                continue;
            }
            int at;
            if (fs.index == -1) {           // '<': the previous argument
                at = last;
                if (last < 0 || (args != null && last > args.length - 1))
                    throw new MissingFormatArgumentException(fs.toString());
            } else if (fs.index == 0) {     // ordinary
                ordinary++;
                last = at = ordinary;
                if (args != null && ordinary > args.length - 1)
                    throw new MissingFormatArgumentException(fs.toString());
            } else {                        // explicit n$
                last = at = fs.index - 1;
                if (args != null && last > args.length - 1)
                    throw new MissingFormatArgumentException(fs.toString());
            }
            Object arg = args == null ? null : args[at];
            if (c == 's' && arg instanceof Formattable) {
                owner.formatTo((Formattable) arg, l, fs.formattableFlags(), fs.width, fs.precision);
                continue;
            }
            sb.setLength(0);
            fs.print(sb, arg, l);
            out.append(sb);
        }
    }

    /** Literal pieces (conversion 0) and specifiers, in order (the JDK's Formatter.parse). */
    static FormatSpec[] parse(Owner owner, String s) {
        FormatSpec[] list = new FormatSpec[8];
        int size = 0;
        int i = 0, max = s.length();
        while (i < max) {
            int pct = s.indexOf('%', i);
            FormatSpec fs;
            if (pct < 0 || pct > i) {
                fs = FormatSpec.literal(i, pct < 0 ? max : pct);
                i = fs.end;
            } else {
                fs = FormatSpec.parse(owner, s, pct);
                i = fs.end;
            }
            if (size == list.length) {
                FormatSpec[] bigger = new FormatSpec[size * 2];
                System.arraycopy(list, 0, bigger, 0, size);
                list = bigger;
            }
            list[size++] = fs;
        }
        FormatSpec[] r = new FormatSpec[size];
        System.arraycopy(list, 0, r, 0, size);
        return r;
    }
}
