package corpus.util;

import java.io.*;
import java.util.*;

/**
 * java.util.Formatter (javadoc "Format String Syntax"): every conversion with flags, width,
 * precision and argument indexes; the exceptions with their messages; Formatter,
 * Formattable, String.format/formatted and PrintStream/PrintWriter.printf. @gcstress
 */
public class FormatterOps {
    static void t(String fmt, Object... args) {
        try {
            System.out.println("[" + fmt + "] -> [" + String.format(fmt, args) + "]");
        } catch (RuntimeException e) {
            System.out.println("[" + fmt + "] " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /** A Formattable that shows what it receives. */
    record Point(int x, int y) implements Formattable {
        @Override
        public void formatTo(Formatter f, int flags, int width, int precision) {
            String s = "(" + x + "," + y + ")";
            if ((flags & FormattableFlags.UPPERCASE) != 0) s = "P" + s;
            if ((flags & FormattableFlags.ALTERNATE) != 0) s = "#" + s;
            if (precision >= 0 && precision < s.length()) s = s.substring(0, precision);
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            f.format(left ? "%-" + Math.max(1, width) + "s" : "%" + Math.max(1, width) + "s", s);
        }
    }

    static void errors() {
        t("%"); t("%q", 1); t("%d"); t("%2$d", 1); t("%0$d", 1); t("%99999999999$d", 1); t("%99999999999d", 1);
        t("%.99999999999f", 1.0); t("%-d", 1); t("%05s", "x"); t("%#d", 1); t("%,x", 1); t("%+ d", 1); t("%-05d", 1);
        t("%--5d", 1); t("%.2d", 1); t("%.2c", 'c'); t("%c", 0x110000); t("%c", "s"); t("%d", "s"); t("%f", 1);
        t("%5n"); t("%-n"); t("%.2n"); t("%.2%"); t("%-%"); t("%-5%"); t("%#s", "x"); t("%#b", true); t("%<d", 1);
        t("%<s %s", 1); t("%s %<s", 1); t("%.f", 1.0); t("%1.", 1); t("%t", 1); t("%tY", 1); t("%,e", 1.0); t("%#g", 1.0);
        t("%(a", 1.0); t("%+x", 1); t("%(o", -1); t("% x", 1); t("%0d", 1); t("%-c"); t("%-c", 'x'); t("%#c", 'x');
        t("%,c", 'x'); t("%+s", 1); t("%.3a", 1.0); t("%,(a", 1.0); t("%hx", 1); t("%e", (Object) null); t("%d", (Object) null);
        t("%c", (byte) -1); t("%c", (short) 65); t("%c", -1); t("%S", (Object) null); t("%3$s %s %s %<s", "a", "b", "c");
        t("%s", (Object[]) null); t("%s %s", (Object[]) null); t("%1$s", (Object[]) null); t("%<s", (Object[]) null);
        t("%0-5d", 1); t("%#x", 1); t("%#o", 8); t("% d", 5); t("%(d", -5); t("%,10.2f", -1234567.891); t("%(,.3e", -0.000123);
        t("%-#10x|", 255); t("%010x", -1); t("%010d", -1); t("%(010d", -1); t("%+010.2f", 3.14159); t("% 010.2f", 3.14159);
        t("%z"); t("abc%"); t("%-"); t("%5"); t("%5.2"); t("%1$"); t("%<"); t("%<5"); t("%Ld", 1); t("%ld", 1);
    }

    static void conversions() {
        t("%-S"); t("%S"); t("%+ E", 1.0); t("%-05X", 1); t("%#B", true); t("%-E", 1.0); t("%-%"); t("%-5%"); t("%<-5S", 1);
        t("%-<5S", 1); t("%2$<s", 1,2); t("%-H"); t("%X", 1.5); t("%tq", 1L); t("%Tq", 1L); t("%t");
        t("%.1a", 1.0); t("%.1a", -1.96875); t("%.2A", 0x1.fffp1023); t("%.1a", Double.MIN_VALUE); t("%.1a", 0.0); t("%a", -0.0);
        t("%012a", 1.0); t("%+012.3a", 1.0); t("%a", 1.0f); t("%.0a", 1.5); t("%.13a", 1.5); t("%a", Double.NaN); t("%012a", Double.NEGATIVE_INFINITY);
        t("%-5c|", 'x'); t("%C", 'x'); t("%c", 0x1F600); t("%b %B", "x", null); t("%.2b", true); t("%h %H", "hi", "hi");
        t("%,d", Long.MIN_VALUE); t("%,(d", Integer.MIN_VALUE); t("%x %X", (byte) -1, (short) -2); t("%o", Long.MIN_VALUE);
        t("%08.3e", -1.5); t("%(e", -1.5); t("%e", 1e-320); t("%g", 1e-5); t("%g", 0.0001); t("%g", 123456.0); t("%g", 1234567.0);
        t("%.0g", 5.5); t("%G", 1e100); t("%,g", 1234567.0); t("%,.3f", 0.0); t("%f", Double.MAX_VALUE); t("%.3e", Double.MIN_VALUE);
        t("%.1f", 0.15); t("%.2f", 1.005); t("%.0f", 0.5); t("%.0f", 1.5); t("%.0f", 2.5); t("%.1f", 0.05); t("%.1f", 0.95); t("%.3f", 1e-10);
        t("%.17f", 0.1); t("%.20e", 0.1); t("%.1f", 0.1f); t("%s", 0.1f); t("%10.4s|", "abcdefg"); t("%-10s|", "ab"); t("%S", "straße");
        t("%e", 0.0); t("%#.0e", 1.0); t("%#.0f", 1.0); t("%#.0g", 1.0); t("%.0e", 9.5); t("%.0e", 0.95); t("%,f", 1234.5); t("%(,.2f", -1234.5);
    }

    static void api() throws IOException {
        StringBuilder sb = new StringBuilder("pre:");
        Formatter f = new Formatter(sb);
        f.format("%d-%s", 1, "a").format("|%05.1f", 2.25);
        System.out.println(f + " " + (f.out() == sb) + " " + f.locale() + " " + f.ioException());
        f.format(Locale.ROOT, " %,d", 1234567);
        System.out.println(sb);
        f.close();
        f.close();
        try {
            f.format("x");
        } catch (FormatterClosedException e) {
            System.out.println("closed: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            f.toString();
        } catch (FormatterClosedException e) {
            System.out.println("closed toString");
        }
        Formatter g = new Formatter();
        System.out.println(g.format("%s %S %-8s| %8.3S| %#s", new Point(1, 2), new Point(3, 4), new Point(5, 6), new Point(7, 8), new Point(9, 0)));
        Formatter h = new Formatter(Locale.US);
        System.out.println(h.format("%,.3f", 9876543.21).toString() + " " + h.locale());
        Formatter n = new Formatter((Locale) null);
        System.out.println(n.format("%,d %e", 1000000, 12.5) + " " + n.locale());
        System.out.println(String.format(Locale.ROOT, "%,d|%s", 12345, Locale.ROOT) + String.format((Locale) null, "%.2f", 0.125));
        System.out.println("%s+%s=%d".formatted(2, 3, 5) + " " + "%08.3f".formatted(-3.14159));
        // a missing argument fails after the text before it was written
        try {
            System.out.printf("partial %d %s then %d%n", 1, "two");
        } catch (MissingFormatArgumentException e) {
            System.out.println("| " + e.getMessage());
        }
        try {
            System.out.printf("nothing %d %q%n", 1);
        } catch (UnknownFormatConversionException e) {
            System.out.println("| " + e.getMessage());
        }
        System.out.printf("%s %d %.3e %c%n", "printf", 42, 6.02214076e23, 'Z');
        System.out.format(Locale.UK, "%s%n", "format(Locale)");
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.printf("%5s|%-5s|%x", "ab", "cd", 255).format(Locale.US, "|%,d", 1234567).printf(Locale.ROOT, "|%b", (Object) null);
        try {
            pw.printf("|%s %s", "only");
        } catch (MissingFormatArgumentException e) {
            pw.print("|caught");
        }
        pw.flush();
        System.out.println(sw);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bo, true);
        ps.printf("%s=%d;", "k", 7).printf(Locale.US, "%.1f", 0.25);
        System.out.println(bo.toString());
        System.out.println(Locale.US + " " + Locale.UK + " " + Locale.ENGLISH + " [" + Locale.ROOT + "] " + Locale.getDefault()
                + " " + Locale.getDefault(Locale.Category.FORMAT) + " " + new Locale("EN", "us") + " " + new Locale("", "FR")
                + " " + new Locale("en", "", "POSIX") + " " + Locale.US.toLanguageTag() + " " + Locale.ROOT.toLanguageTag()
                + " " + Locale.US.equals(new Locale("en", "US")) + " " + Locale.US.getCountry() + Locale.US.getLanguage());
        System.out.println("Title".toUpperCase(Locale.ROOT) + "Title".toLowerCase(Locale.US) + "i".toUpperCase(Locale.ENGLISH));
        IllegalFormatException[] es = {new DuplicateFormatFlagsException("-"), new FormatFlagsConversionMismatchException("#", 'd'),
            new IllegalFormatCodePointException(-5), new IllegalFormatConversionException('d', String.class),
            new IllegalFormatFlagsException("+ "), new IllegalFormatPrecisionException(3), new IllegalFormatWidthException(4),
            new MissingFormatArgumentException("%s"), new MissingFormatWidthException("%-d"),
            new UnknownFormatConversionException("q"), new UnknownFormatFlagsException("~")};
        for (IllegalFormatException e : es) System.out.println(e);
        // byte-stream destinations: buffered until flush/close
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Formatter fb = new Formatter(bytes);
        fb.format("%s|%5.2f|%c", "caf\u00e9", Math.E, 0x1F600);
        System.out.println(bytes.size());
        fb.flush();
        System.out.println(bytes.size() + " " + bytes.toString("UTF-8"));
        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        try (Formatter fl = new Formatter(latin, "ISO-8859-1", Locale.UK)) {
            fl.format("%S %,d", "caf\u00e9", 1234567);
        }
        System.out.println(latin.size() + " " + latin.toString("ISO-8859-1"));
        try {
            new Formatter(latin, "no-such-charset");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UnsupportedEncodingException " + e.getMessage());
        }
    }

    public static void main(String[] a) throws IOException {
        errors();
        conversions();
        api();
    }
}
