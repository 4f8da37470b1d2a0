package myos.aot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What the binutils say about a linked ELF, for the tables that name Java frames at run
 * time (the kernel's panic table, {@link KernelSymbolTable}; the user programs' frame table,
 * {@link FrameTableBuilder}). The compiler's {@code #line} directives make the DWARF line
 * table point at .java files, and its C names ({@link Names}) spell the Java method, so
 * {@code nm}, {@code objdump} and {@code addr2line} are all that is needed.
 */
final class ElfDebugInfo {
    /** One Java (or C) frame: a method, or a C function name when it is not a Java method. */
    record Frame(String function, String file, int line) {
        boolean isJava() { return function.indexOf('.') > 0 && !function.startsWith("."); }
    }

    private ElfDebugInfo() {}

    /** Function symbols (nm: T/t) by address, demangled. */
    static TreeMap<Long, String> functions(Path elf) throws IOException, InterruptedException {
        TreeMap<Long, String> functions = new TreeMap<>(Long::compareUnsigned);
        for (String l : run(null, "nm", "-n", "--defined-only", elf.toString())) {
            String[] f = l.trim().split("\\s+");
            if (f.length == 3 && (f[1].equals("T") || f[1].equals("t"))) functions.put(Long.parseUnsignedLong(f[0], 16), demangle(f[2]));
        }
        return functions;
    }

    /** The DWARF line table (objdump --dwarf=decodedline): address → {file, line}. */
    static TreeMap<Long, Object[]> lines(Path elf) throws IOException, InterruptedException {
        TreeMap<Long, Object[]> rows = new TreeMap<>(Long::compareUnsigned);
        for (String l : run(null, "objdump", "--dwarf=decodedline", elf.toString())) {
            String[] f = l.trim().split("\\s+");
            if (f.length < 3 || !f[2].startsWith("0x") || !f[1].matches("\\d+")) continue;
            rows.put(Long.parseUnsignedLong(f[2].substring(2), 16), new Object[] {f[0], Integer.parseInt(f[1])});
        }
        return rows;
    }

    /**
     * The return address of every call instruction in the executable code (objdump -d):
     * the address of the instruction after the call. These are the only addresses a
     * frame-pointer walk finds above its own frame. Direct calls of a function named in
     * {@code skipCallees} (a C symbol) are left out; for calls of a gcc split part
     * ({@code <name>.part.N}) {@code splitCallees} gets the demangled {@code <name>}.
     */
    static List<Long> returnAddresses(Path elf, java.util.Set<String> skipCallees, java.util.Map<Long, String> splitCallees)
            throws IOException, InterruptedException {
        List<Long> out = new ArrayList<>();
        boolean afterCall = false;
        String split = null;
        for (String l : run(null, "objdump", "-d", "--no-show-raw-insn", elf.toString())) {
            int colon = l.indexOf(":\t");
            if (colon < 0 || !l.startsWith("  ")) { afterCall = false; continue; }
            long a;
            try {
                a = Long.parseUnsignedLong(l.substring(0, colon).trim(), 16);
            } catch (NumberFormatException e) {
                afterCall = false;
                continue;
            }
            if (afterCall) {
                out.add(a);
                if (split != null) splitCallees.put(a, split);
            }
            String insn = l.substring(colon + 2);
            afterCall = insn.startsWith("call");
            split = null;
            if (afterCall) {
                int lt = insn.lastIndexOf('<'), gt = insn.lastIndexOf('>');
                String callee = lt > 0 && gt > lt ? insn.substring(lt + 1, gt) : "";
                // The wrapper of a synchronized method calls its body (aot: "<name>_locked"):
                // one Java frame, so only the body's sites count.
                if (skipCallees.contains(callee) || callee.endsWith("_locked")) afterCall = false;
                // gcc's partial inlining splits a function into a head and "<name>.part.N";
                // the head (inlined into callers, or left in <name>) calls the part: one
                // Java frame, noted so that the caller's innermost frame can be dropped.
                int part = callee.indexOf(".part.");
                if (part > 0) split = demangle(callee.substring(0, part));
            }
        }
        return out;
    }

    /**
     * The frames live at each address (addr2line -f -i: innermost first; more than one where
     * gcc inlined a function), with C names demangled; addresses without line information
     * give an empty list.
     */
    static List<List<Frame>> frames(Path elf, List<Long> addresses) throws IOException, InterruptedException {
        StringBuilder in = new StringBuilder();
        for (long a : addresses) in.append("0x").append(Long.toHexString(a)).append('\n');
        List<String> out = run(in.toString(), "addr2line", "-e", elf.toString(), "-f", "-i", "-a");
        List<List<Frame>> result = new ArrayList<>();
        List<Frame> cur = null;
        for (int i = 0; i < out.size(); i++) {
            String l = out.get(i);
            if (l.startsWith("0x")) {
                cur = new ArrayList<>();
                result.add(cur);
                continue;
            }
            String where = i + 1 < out.size() ? out.get(++i) : "??:0";
            int d = where.indexOf(" (discriminator");
            if (d >= 0) where = where.substring(0, d);
            int c = where.lastIndexOf(':');
            String file = where.substring(0, c);
            file = file.substring(file.lastIndexOf('/') + 1);
            int line = 0;
            try {
                line = Integer.parseInt(where.substring(c + 1));
            } catch (NumberFormatException e) {
                // "?": no line
            }
            if (!l.equals("??")) cur.add(new Frame(demangle(l), file, line));
        }
        if (result.size() != addresses.size()) throw new IOException("addr2line answered " + result.size() + " of " + addresses.size() + " addresses");
        return result;
    }

    /**
     * Undoes the compiler's C names ({@link Names}: "M_" + owner + "__" + name + "__" +
     * descriptor, JNI-like escapes: "_" for '/', "_1" for '_', "_0xxxx" for others) into
     * "pkg.Class.method" (also from an inline copy, "I" + the name); other symbols stay as they are.
     */
    static String demangle(String sym) {
        if (sym.startsWith("IM_")) return demangle(sym.substring(1));   // an inline copy is its method (Inlining)
        if (!sym.startsWith("M_")) return sym;
        StringBuilder out = new StringBuilder();
        int i = unescape(sym, 2, out);
        if (i < 0) return sym;
        out.append('.');
        if (sym.startsWith("_init___", i)) return out.append("<init>").toString();
        if (sym.startsWith("_clinit___", i)) return out.append("<clinit>").toString();
        StringBuilder m = new StringBuilder();
        if (unescape(sym, i, m) < 0) return sym;
        return out.append(m.toString().replace('.', '/')).toString();
    }

    /** Decodes from {@code i} up to the next "__" separator; returns the index after it, or -1. */
    private static int unescape(String s, int i, StringBuilder out) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '_') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= s.length()) return -1;
            char d = s.charAt(i + 1);
            if (d == '_') return i + 2;
            if (d == '1') { out.append('_'); i += 2; }
            else if (d == '0' && i + 6 <= s.length()) { out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16)); i += 6; }
            else if (d >= '2' && d <= '5') { out.append(";[()".charAt(d - '2')); i += 2; }
            else { out.append('.'); i += 1; }
        }
        return -1;
    }

    /** Runs a tool (stdin from {@code input} when not null); its output lines; a failure is an IOException. */
    static List<String> run(String input, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = new Thread(() -> {
            try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                if (input != null) w.write(input);
            } catch (IOException e) {
                // the tool exited early: its status says why
            }
        });
        feeder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) lines.add(l);
        }
        feeder.join();
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed");
        return lines;
    }
}
