package myos.aot;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An interned pool of NUL-terminated UTF-8 strings for a generated assembly table; a string's handle is its byte offset. */
final class AsmStrings {
    private final Map<String, Integer> offsets = new LinkedHashMap<>();
    private final StringBuilder asm = new StringBuilder();
    private int size;

    int intern(String s) {
        return offsets.computeIfAbsent(s, k -> {
            int off = size;
            size += k.getBytes(StandardCharsets.UTF_8).length + 1;
            asm.append("        .asciz \"").append(escape(k)).append("\"\n");
            return off;
        });
    }

    int size() { return size; }

    /** The .asciz directives, in offset order. */
    String assembly() { return asm.toString(); }

    /** GNU as string escapes; bytes outside printable ASCII as octal, so any UTF-8 survives. */
    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c == '\\' || c == '"') b.append('\\').append((char) c);
            else if (c >= 0x20 && c < 0x7f) b.append((char) c);
            else b.append(String.format("\\%03o", c));
        }
        return b.toString();
    }
}
