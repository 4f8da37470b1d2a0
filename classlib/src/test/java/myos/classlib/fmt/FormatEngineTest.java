package myos.classlib.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Formattable;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link FormatEngine} against JDK 25's java.util.Formatter: every specifier of a large
 * cross product (conversions x flags x widths x precisions x arguments) and random
 * floating-point values must give the same text, or the same exception type and message.
 * The reference is the running JDK when it is JDK 25 (./myos test runs surefire on
 * JDK25_HOME); on an older JDK, whose Formatter prints other digits (Double.toString
 * changed in JDK 19, Formatter's rounding in 21), the deterministic sets are compared with
 * SHA-256 digests of JDK 25's output (fmt-digests.txt, written by {@link #main}).
 */
@Tag("host")
class FormatEngineTest {
    static final boolean LIVE = Runtime.version().feature() >= 25;

    /** The engine's owner on the host: JDK objects stand in for the class library's. */
    static final class HostOwner implements FormatEngine.Owner {
        final Appendable out;

        HostOwner(Appendable out) {
            this.out = out;
        }

        /** The JDK's own exception, obtained through its public API (its constructor is package-private). */
        @Override
        public IllegalArgumentException illegalArgumentIndex(int index) {
            String spec = index == 0 ? "%0$s" : index == Integer.MIN_VALUE ? "%99999999999$s" : null;
            assertTrue(spec != null, "unexpected illegal index " + index);
            try {
                String.format(spec, "x");
            } catch (IllegalArgumentException e) {
                return e;
            }
            throw new AssertionError("JDK accepted " + spec);
        }

        @Override
        public void formatTo(Formattable arg, Locale l, int flags, int width, int precision) {
            arg.formatTo(new Formatter(out, l), flags, width, precision);
        }
    }

    static String mine(Locale l, String fmt, Object... args) {
        StringBuilder sb = new StringBuilder();
        try {
            FormatEngine.format(new HostOwner(sb), sb, l, fmt, args);
            return "[" + sb + "]";
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (RuntimeException e) {
            return "[" + sb + "] " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static String jdk(Locale l, String fmt, Object... args) {
        StringBuilder sb = new StringBuilder();
        try {
            new Formatter(sb, l).format(l, fmt, args);
            return "[" + sb + "]";
        } catch (RuntimeException e) {
            return "[" + sb + "] " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /**
     * One case of a deterministic set: checked against the running JDK 25 at once, or
     * rendered as a line "set outcome" for the digests when jdk/rendering is set.
     */
    static final class Cases {
        final String set;
        final Boolean render;         // null: compare live; true/false: render the JDK's/ours
        final List<String> lines = new ArrayList<>();
        int compared;

        Cases(String set, Boolean render) {
            this.set = set;
            this.render = render;
        }

        void same(Locale l, String fmt, Object... args) {
            compared++;
            if (render != null) {
                lines.add(set + " " + fmt + " " + l + " " + (render ? jdk(l, fmt, args) : mine(l, fmt, args)));
                return;
            }
            String expected = jdk(l, fmt, args);
            String actual = mine(l, fmt, args);
            if (!expected.equals(actual)) {
                StringBuilder a = new StringBuilder();
                if (args != null) for (Object o : args) a.append(o == null ? "null" : o.getClass().getSimpleName() + " " + o).append("; ");
                assertEquals(expected, actual, "format \"" + fmt + "\" locale " + l + " args " + a);
            }
        }
    }

    /** Runs a deterministic set live on JDK 25, else against the committed digests. */
    static Cases run(String set, java.util.function.Consumer<Cases> body) {
        if (LIVE) {
            Cases c = new Cases(set, null);
            body.accept(c);
            return c;
        }
        Cases ours = new Cases(set, false);
        body.accept(ours);
        String expected = null;
        for (String line : loadDigests()) if (line.startsWith(set + " ")) expected = line;
        assertTrue(expected != null, "no digest for " + set);
        assertEquals(expected, digest(set, ours.lines), set + ": differs from JDK 25 (run the test on JDK 25 to see where)");
        return ours;
    }

    static String digest(String set, List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String line : lines) md.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : md.digest()) hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            return set + " " + lines.size() + " " + hex;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> loadDigests() {
        try (InputStream in = FormatEngineTest.class.getResourceAsStream("fmt-digests.txt")) {
            assertTrue(in != null, "missing fmt-digests.txt");
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Map<String, java.util.function.Consumer<Cases>> SETS = new LinkedHashMap<>();
    static {
        SETS.put("crossProduct", FormatEngineTest::crossProduct);
        SETS.put("syntaxAndIndexes", FormatEngineTest::syntaxAndIndexes);
        SETS.put("locales", FormatEngineTest::locales);
        SETS.put("formattable", FormatEngineTest::formattable);
    }

    /** Writes fmt-digests.txt with the running JDK, which must be JDK 25: main(directory). */
    public static void main(String[] args) throws IOException {
        if (!LIVE) throw new IllegalStateException("run with JDK 25");
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, java.util.function.Consumer<Cases>> e : SETS.entrySet()) {
            Cases c = new Cases(e.getKey(), true);
            e.getValue().accept(c);
            sb.append(digest(e.getKey(), c.lines)).append('\n');
        }
        Files.writeString(Path.of(args[0]).resolve("fmt-digests.txt"), sb.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void deterministicSets() {
        for (Map.Entry<String, java.util.function.Consumer<Cases>> e : SETS.entrySet()) run(e.getKey(), e.getValue());
    }

    /** On JDK 25: the committed digests are what JDK 25 says (they are not stale). */
    @Test
    void digestsAreCurrent() {
        Assumptions.assumeTrue(LIVE, "needs JDK 25 as the running JVM");
        List<String> committed = loadDigests();
        int i = 0;
        for (Map.Entry<String, java.util.function.Consumer<Cases>> e : SETS.entrySet()) {
            Cases c = new Cases(e.getKey(), true);
            e.getValue().accept(c);
            assertEquals(committed.get(i++), digest(e.getKey(), c.lines));
        }
    }

    static final String[] FLAGS = {"", "-", "#", "+", " ", "0", ",", "(", "<", "+,", "-#", "0,", "(,", "+0", " 0",
        "-,", "#0", "(0", "+(", " (", "-0", "+ ", "--", ",(0", "-+,", "#-", "0#"};
    static final String[] WIDTHS = {"", "1", "7", "25"};
    static final String[] PRECISIONS = {"", ".0", ".1", ".3", ".12", ".17"};
    static final String CONVERSIONS = "bBhHsScCdoxXeEfgGaA%n";

    static Object[] values() {
        return new Object[] {null, 0, -1, 7, Integer.MIN_VALUE, Integer.MAX_VALUE, 0L, -42L, Long.MIN_VALUE,
            Long.MAX_VALUE, (short) -300, (short) 12345, (byte) -1, (byte) 127, 'x', '\u00df', 0.0, -0.0, 1.0, -1.5,
            0.15, 1.005, 123456.789, -9.87654321e-7, 1e-320, Double.MIN_VALUE, Double.MAX_VALUE, 9.5, 0.95,
            Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.1f, -3.4028235e38f, 1.4e-45f,
            Float.NaN, "", "abc", "Stra\u00dfe", true, false, "i", "0x1p3"};
    }

    static void crossProduct(Cases t) {
        Object[] values = values();
        for (char c : CONVERSIONS.toCharArray())
            for (String f : FLAGS)
                for (String w : WIDTHS)
                    for (String p : PRECISIONS) {
                        String fmt = "%" + f + w + p + c;
                        for (Object v : values) t.same(null, fmt, v);
                        t.same(Locale.US, "<" + fmt + ">", values[4]);
                    }
        assertTrue(t.compared > 100_000, "compared " + t.compared);
    }

    static void syntaxAndIndexes(Cases t) {
        String[] formats = {"", "plain", "%", "abc%", "%%", "%n", "%-", "%5", "%5.2", "%1$", "%<", "%<5", "%.f",
            "%1.", "%q", "%Ld", "%ld", "%0$d", "%99999999999$d", "%99999999999d", "%.99999999999f", "%2147483647$s",
            "%2147483648$s", "%t", "%tq", "%Tq", "%<d", "%<s %s", "%s %<s", "%2$s %1$s %<s %s %s",
            "%3$s %s %s %<s", "%2$<s", "%-<5S", "%<-5S", "%s %s %s", "%1$s %1$s", "%d %d", "a %s b %d c", "%s%n%s",
            "%-5%|", "%5%|", "%tY", "%TB", "%-5tY", "%-tY", "%#tY", "%.2tY", "%5tq", "%tH %<tM", "%0tY", "%,tY", "%.2%", "%-%", "%-n", "%5n", "%.2n", "%0%", "%+%", "%,s"};
        Object[][] argLists = {{}, {1}, {1, "two"}, {"a", "b", "c"}, null};
        for (String fmt : formats) for (Object[] args : argLists) t.same(null, fmt, args);
    }

    static void locales(Cases t) {
        Locale[] ls = {null, Locale.ROOT, Locale.US, Locale.ENGLISH, Locale.UK, Locale.CANADA, new Locale("en", "IN")};
        for (Locale l : ls) {
            t.same(l, "%,.2f %,d %e %S %g %(,.1f %,010d", 1234567.891, -12345678, 1.5, "i", 0.000123, -1234.56, 1234);
            t.same(l, "%,f %,g %,.0f %,d", 1e21, 1e21, 999.5, Long.MIN_VALUE);
        }
    }

    /** Rounding HALF_UP from the shortest decimal, over random doubles of all magnitudes. */
    @Test
    void randomDoubles() {
        Assumptions.assumeTrue(LIVE, "fresh random inputs need JDK 25 as the running JVM");
        long seed = System.nanoTime();
        SplittableRandom r = new SplittableRandom(seed);
        String[] convs = {"e", "f", "g", "a", "E", "G", "A"};
        for (int i = 0; i < 60_000; i++) {
            double v;
            switch (i % 4) {
                case 0: v = Double.longBitsToDouble(r.nextLong()); break;
                case 1: v = r.nextDouble() * Math.pow(10, r.nextInt(-8, 12)); break;
                case 2: v = Math.round(r.nextDouble() * 1e6) / Math.pow(10, r.nextInt(1, 7)) + 0.5 * Math.pow(10, -r.nextInt(1, 8)); break;
                default: v = r.nextInt(-100000, 100000) / 1000.0; break;
            }
            String c = convs[r.nextInt(convs.length)];
            String p = r.nextInt(4) == 0 ? "" : "." + r.nextInt(0, 20);
            String fl = FLAGS[r.nextInt(FLAGS.length)];
            String fmt = "%" + fl + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(1, 30))) + p + c;
            String expected = jdk(null, fmt, v), actual = mine(null, fmt, v);
            assertEquals(expected, actual, "seed " + seed + ": \"" + fmt + "\" of " + v);
            String ef = jdk(null, "%.3f|%s", (float) v, (float) v), af = mine(null, "%.3f|%s", (float) v, (float) v);
            assertEquals(ef, af, "seed " + seed + ": float " + (float) v);
        }
    }

    @Test
    void randomIntegers() {
        Assumptions.assumeTrue(LIVE, "fresh random inputs need JDK 25 as the running JVM");
        long seed = System.nanoTime();
        SplittableRandom r = new SplittableRandom(seed);
        String[] convs = {"d", "o", "x", "X", "c", "s", "h", "b"};
        for (int i = 0; i < 30_000; i++) {
            Object v;
            switch (i % 4) {
                case 0: v = r.nextInt(); break;
                case 1: v = r.nextLong(); break;
                case 2: v = (short) r.nextInt(); break;
                default: v = (byte) r.nextInt(); break;
            }
            String fmt = "%" + FLAGS[r.nextInt(FLAGS.length)] + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(1, 30)))
                    + convs[r.nextInt(convs.length)];
            assertEquals(jdk(null, fmt, v), mine(null, fmt, v), "seed " + seed + ": \"" + fmt + "\" of " + v);
        }
    }

    /** Formattable gets the flags, width and precision, and writes to the same destination. */
    static void formattable(Cases t) {
        Formattable f = (formatter, flags, width, precision) ->
            formatter.format("<%d %d %d %s>", flags, width, precision, formatter.locale());
        for (String fmt : new String[] {"a%sb", "%-10s", "%S", "%#s", "%-#12.3S", "%.5s", "x%2$sy%1$s"})
            for (Locale l : new Locale[] {null, Locale.US}) t.same(l, fmt, f, "z");
    }
}
