package myos.classlib.num;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reference results. The reference is JDK 25: when the tests run on JDK 25 or later
 * (./myos test points surefire at JDK25_HOME) expected lines come from the running JDK;
 * otherwise (JDK 17 prints other digits in Double.toString) from golden files generated
 * with JDK 25 by {@link #main}:
 * <pre>
 *   /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp classlib/target/classes:classlib/target/test-classes:$JUNIT \
 *       myos.classlib.num.Golden classlib/src/test/resources/myos/classlib/num
 * </pre>
 * Each case set renders its inputs to lines "input -> output" with either the JDK
 * (argument true) or our implementation (false).
 */
public final class Golden {
    /** Whether the running JDK is the reference itself. */
    public static final boolean LIVE = Runtime.version().feature() >= 25;

    /** The golden case sets: file name -> renderer. */
    static final String[] NAMES = {"tostring.txt", "parse.txt", "integer.txt", "fdlibm.txt"};

    static Function<Boolean, List<String>> renderer(String name) {
        switch (name) {
            case "tostring.txt": return ToDecimalTest::golden;
            case "parse.txt": return ParserTest::golden;
            case "integer.txt": return IntegerFormatTest::golden;
            case "fdlibm.txt": return FdLibmTest::golden;
            default: throw new IllegalArgumentException(name);
        }
    }

    /** The bulk case sets, checked through per-key digests (file digests.txt). */
    static final String[] BULK = {"tostring", "parse", "integer", "fdlibm"};

    static Function<Boolean, List<String>> bulk(String name) {
        switch (name) {
            case "tostring": return ToDecimalTest::bulk;
            case "parse": return ParserTest::bulk;
            case "integer": return IntegerFormatTest::bulk;
            case "fdlibm": return FdLibmTest::bulk;
            default: throw new IllegalArgumentException(name);
        }
    }

    /**
     * Large deterministic case sets: on JDK 25 compared line by line with the running JDK;
     * otherwise through SHA-256 digests of the lines grouped by their first word (e.g. the
     * function name), so that the golden file stays small.
     */
    static void checkBulk(String name) {
        List<String> actual = bulk(name).apply(false);
        if (LIVE) {
            compare(name + " (bulk)", bulk(name).apply(true), actual);
            return;
        }
        List<String> expected = new ArrayList<>();
        for (String line : load("digests.txt")) {
            if (line.startsWith(name + " ")) {
                expected.add(line);
            }
        }
        if (expected.isEmpty()) {
            throw new IllegalStateException("no digests for " + name);
        }
        compare(name + " (bulk digests; run on JDK 25 for the differing inputs)", expected,
                digests(name, actual));
    }

    /** "set key count sha256" per first word of the lines, in order of appearance. */
    static List<String> digests(String set, List<String> lines) {
        java.util.LinkedHashMap<String, java.security.MessageDigest> md = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String line : lines) {
            String key = line.substring(0, Math.max(line.indexOf(' '), 0));
            md.computeIfAbsent(key, k -> {
                try {
                    return java.security.MessageDigest.getInstance("SHA-256");
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }).update((line + "\n").getBytes(StandardCharsets.UTF_8));
            counts.merge(key, 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        md.forEach((k, d) -> out.add(set + " " + k + " " + counts.get(k) + " "
                + java.util.HexFormat.of().formatHex(d.digest())));
        return out;
    }

    /** Compares our lines with JDK 25's (live or golden) for the named case set. */
    static void check(String name) {
        List<String> actual = renderer(name).apply(false);
        List<String> expected = LIVE ? renderer(name).apply(true) : load(name);
        compare(name, expected, actual);
    }

    /** On JDK 25: the committed golden file is what JDK 25 says (it is not stale). */
    static void checkFile(String name) {
        if (LIVE) {
            compare(name + " (golden file vs running JDK)", renderer(name).apply(true), load(name));
        }
    }

    static void compare(String what, List<String> expected, List<String> actual) {
        StringBuilder diffs = new StringBuilder();
        int bad = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<missing>";
            String a = i < actual.size() ? actual.get(i) : "<missing>";
            if (!e.equals(a) && bad++ < 20) {
                diffs.append("\n  line ").append(i + 1).append(": expected ").append(e)
                        .append("\n  ").append(" ".repeat(String.valueOf(i + 1).length() + 5))
                        .append("  but got ").append(a);
            }
        }
        if (bad > 0) {
            fail(what + ": " + bad + " of " + expected.size() + " lines differ" + diffs);
        }
    }

    static List<String> load(String name) {
        try (InputStream in = Golden.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);    // after the last newline
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the golden files with the running JDK (which must be JDK 25). */
    public static void main(String[] args) throws IOException {
        if (!LIVE) {
            throw new IllegalStateException("run with JDK 25");
        }
        Path dir = Path.of(args[0]);
        for (String name : NAMES) {
            StringBuilder sb = new StringBuilder();
            for (String line : renderer(name).apply(true)) {
                sb.append(line).append('\n');
            }
            Files.writeString(dir.resolve(name), sb.toString(), StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder();
        for (String name : BULK) {
            for (String line : digests(name, bulk(name).apply(true))) {
                sb.append(line).append('\n');
            }
        }
        Files.writeString(dir.resolve("digests.txt"), sb.toString(), StandardCharsets.UTF_8);
    }

    /** Escapes an input for a one-line rendering. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || c == '\\') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Runs a conversion, rendering its result or the exception it throws. */
    static String outcome(java.util.function.Supplier<Object> f) {
        try {
            return String.valueOf(f.get());
        } catch (NullPointerException e) {
            return "NullPointerException";     // helpful NPE messages are not required
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + quote(e.getMessage());
        }
    }

    private Golden() {}
}
