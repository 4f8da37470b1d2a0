package myos.aot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the frame table of a linux-user executable ({@code myos_frames}, read by
 * myos.rt.FrameTable, whose javadoc gives the layout) from the first of the two links: a
 * row for the return address of every call instruction inside a Java method, listing the
 * Java frames live there, innermost first, as addr2line -i reports them (gcc inlines Java
 * methods of one translation unit into each other; DWARF's inlined-subroutine entries give
 * each inlined method and the line of its call in the outer one). The row is looked up at
 * the return address but describes the call instruction (the address before it), so a call
 * that ends a function (a noreturn call) is not taken for the next function.
 *
 * <p>Compact because it ships in every executable: rows only for call sites (nothing else
 * can be a caller's frame, and not those whose callee can never throw), LEB128 varints, site
 * addresses as deltas in blocks of FrameTable.BLOCK, a frame in the same method as the
 * previous site's as a line delta, methods numbered most frequent first (one-byte ids),
 * strings shared, a source file stored only when it is not the class's own name.
 */
final class FrameTableBuilder {
    static final int BLOCK = 32;
    static final long MAGIC = 0x314d5246534f594dL;   // "MYOSFRM1"

    private record Site(long address, List<ElfDebugInfo.Frame> frames) {}

    private final List<Site> sites = new ArrayList<>();
    private final Map<String, Integer> methodUse = new HashMap<>();
    /** Every class with a frame (the value is unused: files come from {@link #sourceFiles}). */
    private final Map<String, String> classFiles = new LinkedHashMap<>();
    /**
     * Binary class name → its SourceFile attribute (null when it has none), from the
     * compiler: the file names DWARF 5 gives through addr2line 2.40 are not reliable.
     */
    private Map<String, String> sourceFiles = Map.of();

    /**
     * Reads the executable's call sites and their frames, leaving out calls of the C
     * functions in {@code cannotThrow}: methods the compiler proved never allocate
     * ({@code @NoAllocation} and what it reaches, where throwing is compiled as fatal), so no
     * exception can be made while they are active and their callers' frames can never be
     * in a trace (Safepoint.poll alone is a fifth of all call sites).
     */
    static FrameTableBuilder of(Path elf, java.util.Set<String> cannotThrow, Map<String, String> sourceFiles) throws Exception {
        FrameTableBuilder b = new FrameTableBuilder();
        b.sourceFiles = sourceFiles;
        Map<Long, String> split = new HashMap<>();
        List<Long> rets = ElfDebugInfo.returnAddresses(elf, cannotThrow, split);
        List<Long> calls = new ArrayList<>(rets.size());
        for (long r : rets) calls.add(r - 1);
        List<List<ElfDebugInfo.Frame>> frames = ElfDebugInfo.frames(elf, calls);
        for (int i = 0; i < rets.size(); i++) {
            List<ElfDebugInfo.Frame> java = new ArrayList<>();
            // A frame "at" its method's declaration line is gcc's artifact of inlining a
            // recursive method into itself (MethodCompiler.DECL_LINE), not a Java frame.
            for (ElfDebugInfo.Frame f : frames.get(i)) if (f.isJava() && f.line() != MethodCompiler.DECL_LINE) java.add(f);
            List<ElfDebugInfo.Frame> all = frames.get(i);
            // Only sites inside a Java method: the outermost frame is the real function.
            if (all.isEmpty() || !all.get(all.size() - 1).isJava()) continue;
            // A call of the split-off part of the innermost method is that method's own frame
            // continuing in the part, which has its own row: drop the duplicate.
            String part = split.get(rets.get(i));
            if (part != null && !java.isEmpty() && java.get(0).function().equals(part)) java.remove(0);
            b.sites.add(new Site(rets.get(i), java));
            for (ElfDebugInfo.Frame f : java) {
                b.methodUse.merge(f.function(), 1, Integer::sum);
                b.classFiles.putIfAbsent(className(f.function()), f.file());
            }
        }
        b.sites.sort((x, y) -> Long.compareUnsigned(x.address, y.address));
        return b;
    }

    int siteCount() { return sites.size(); }

    /** The frame's Java line; 0 when it has none (MethodCompiler.NO_LINE, or none in DWARF). */
    private static int lineOf(ElfDebugInfo.Frame f) {
        return f.line() <= 0 || f.line() == MethodCompiler.NO_LINE ? 0 : f.line();
    }

    /** For the {@code FrameTable} reader: a class reference of all ones is "no source file". */
    private static String className(String function) { return function.substring(0, function.lastIndexOf('.')); }

    /** What javac writes as SourceFile for a class declared in the file of its (outer) class: "a.b.C$D" → "C.java". */
    static String derivedFile(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int dollar = simple.indexOf('$');
        return (dollar > 0 ? simple.substring(0, dollar) : simple) + ".java";
    }

    private static String methodName(String function) { return function.substring(function.lastIndexOf('.') + 1); }

    /** The table as GNU as source defining {@code myos_frames} in .rodata. */
    String assembly() {
        List<String> methods = new ArrayList<>(methodUse.keySet());
        methods.sort((a, b) -> methodUse.get(b) - methodUse.get(a) != 0 ? methodUse.get(b) - methodUse.get(a) : a.compareTo(b));
        Map<String, Integer> methodId = new HashMap<>();
        for (String m : methods) methodId.put(m, methodId.size());
        Map<String, Integer> classId = new HashMap<>();
        for (String c : classFiles.keySet()) classId.put(c, classId.size());
        AsmStrings strings = new AsmStrings();
        strings.intern("");   // offset 0: a class whose file is its outer class's simple name + ".java"
        int[] classRefs = new int[classId.size() * 2];
        for (Map.Entry<String, String> c : classFiles.entrySet()) {
            int id = classId.get(c.getKey());
            classRefs[2 * id] = strings.intern(c.getKey());
            String file = sourceFiles.get(c.getKey());
            classRefs[2 * id + 1] = file == null ? -1 : file.equals(derivedFile(c.getKey())) ? 0 : strings.intern(file);
        }
        int[] methodRefs = new int[methods.size() * 2];
        for (String m : methods) {
            methodRefs[2 * methodId.get(m)] = classId.get(className(m));
            methodRefs[2 * methodId.get(m) + 1] = strings.intern(methodName(m));
        }
        int width = strings.size() < 0xffff && classId.size() < 0xffff ? 2 : 4;

        long base = sites.isEmpty() ? 0 : sites.get(0).address;
        ByteList index = new ByteList(), stream = new ByteList();
        long prev = 0;
        List<ElfDebugInfo.Frame> prevFrames = List.of();
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            if (i % BLOCK == 0) {
                index.u32(s.address - base);
                index.u32(stream.size());
                prev = s.address;
                prevFrames = List.of();
            }
            stream.varint(s.address - prev);
            prev = s.address;
            stream.varint(s.frames.size());
            // Outermost first; a frame in the same method as the previous site's frame at the
            // same depth (from the outside) is only a line delta: one byte, usually.
            int n = s.frames.size();
            for (int k = 0; k < n; k++) {
                ElfDebugInfo.Frame f = s.frames.get(n - 1 - k);
                int line = lineOf(f);
                ElfDebugInfo.Frame p = k < prevFrames.size() ? prevFrames.get(prevFrames.size() - 1 - k) : null;
                if (p != null && p.function().equals(f.function())) {
                    long d = line - lineOf(p);
                    stream.varint(((d << 1) ^ (d >> 63)) << 1);
                } else {
                    stream.varint(((long) methodId.get(f.function()) << 1) | 1);
                    stream.varint(line);
                }
            }
            prevFrames = s.frames;
        }
        ByteList refs = new ByteList();
        for (int r : methodRefs) refs.ref(r, width);
        int methodsSize = refs.size();
        for (int r : classRefs) refs.ref(r, width);

        int header = 48;
        int indexOff = header, streamOff = indexOff + index.size(), methodsOff = streamOff + stream.size();
        int classesOff = methodsOff + methodsSize, stringsOff = methodsOff + refs.size();
        StringBuilder b = new StringBuilder();
        b.append("/* Generated by myos.aot.FrameTableBuilder from the first link: do not edit. */\n");
        b.append("        .section .rodata.myos_frames, \"a\"\n        .balign 8\n        .globl myos_frames\nmyos_frames:\n");
        b.append("        .quad 0x").append(Long.toHexString(MAGIC)).append(", 0x").append(Long.toHexString(base)).append('\n');
        b.append("        .long ").append(sites.size()).append(", ").append((sites.size() + BLOCK - 1) / BLOCK).append(", ")
            .append(indexOff).append(", ").append(streamOff).append('\n');
        b.append("        .long ").append(methodsOff).append(", ").append(classesOff).append(", ").append(stringsOff)
            .append(", ").append(width).append('\n');
        index.appendAsm(b);
        stream.appendAsm(b);
        refs.appendAsm(b);
        b.append(strings.assembly());
        b.append("        .section .note.GNU-stack, \"\", @progbits\n");
        return b.toString();
    }

    /** Bytes of the table as they are built. */
    private static final class ByteList {
        private byte[] a = new byte[256];
        private int n;

        int size() { return n; }

        void add(int x) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = (byte) x;
        }

        void u32(long v) { for (int i = 0; i < 4; i++) add((int) (v >>> (8 * i))); }

        void ref(int v, int width) { for (int i = 0; i < width; i++) add(v >>> (8 * i)); }

        void varint(long v) {
            if (v < 0) throw new IllegalArgumentException("negative varint " + v);
            while (v >= 0x80) { add((int) (v & 0x7f) | 0x80); v >>>= 7; }
            add((int) v);
        }

        void appendAsm(StringBuilder b) {
            for (int i = 0; i < n; i += 32) {
                b.append("        .byte ");
                for (int j = i; j < Math.min(n, i + 32); j++) b.append(j == i ? "" : ",").append(a[j] & 0xff);
                b.append('\n');
            }
        }
    }
}
