package myos.aot;

import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * The allocation fast path of {@code new} and {@code newarray}/{@code anewarray} (docs/abi.md
 * "Allocation fast path"): generated code calls rt_impl.c's {@code rt_new_object} (size class
 * known at build time) or {@code rt_new_array} (computed from the length), which take a slot
 * from the thread's cache in C (a bump or a pop) and call {@code Heap.allocObject}/{@code allocArray} only when
 * that list is empty or the runtime disabled the fast path (stress or verification mode).
 * This class reads the runtime's layout constants (myos.rt.Tb, myos.rt.SizeClasses,
 * myos.rt.ChunkTable) from
 * their class files, so the thread-block offsets are not written down twice, and decides per
 * class whether the fast path applies. User-mode executables only: the kernel keeps the calls
 * (its allocation path was neither measured nor reviewed for this).
 */
final class InlineAlloc {
    /** Null when the fast path is off for this build. */
    private final String defines;
    private final int maxSmall;

    private InlineAlloc(String defines, int maxSmall) {
        this.defines = defines;
        this.maxSmall = maxSmall;
    }

    static InlineAlloc of(World w, boolean kernel) {
        if (kernel) return new InlineAlloc(null, 0);
        ClassInfo heap = loaded(w, "myos/rt/Heap");
        if (heap == null) return new InlineAlloc(null, 0);
        FieldInfo flag = heap.fields.get("inlineAllocation");
        Integer cache = constant(w, "myos/rt/Tb", "CACHE");
        Integer allocated = constant(w, "myos/rt/Tb", "ALLOCATED");
        Integer maxSmall = constant(w, "myos/rt/SizeClasses", "MAX_SMALL");
        Integer count = constant(w, "myos/rt/SizeClasses", "COUNT");
        Integer chunkShift = constant(w, "myos/rt/ChunkTable", "CHUNK_SHIFT");
        if (flag == null || !flag.isStatic() || cache == null || allocated == null || maxSmall == null
            || count == null || chunkShift == null || classOf(maxSmall) != count - 1) {
            return new InlineAlloc(null, 0);
        }
        // myos.rt.ThreadCache.fits: where a bump range ends in a chunk (its last whole slot), per size class.
        long chunk = 1L << chunkShift;
        StringBuilder limits = new StringBuilder("{");
        for (int c = 0; c < count; c++) {
            long size = sizeOf(c);
            limits.append(c == 0 ? "" : ", ").append(chunk / size * size);
        }
        limits.append('}');
        String d = "#define RT_INLINE_ALLOC 1\n"
            + "#define RT_INLINE_ALLOC_FLAG " + flag.staticName() + "\n"
            + "#define RT_TB_CACHE " + cache + "\n"
            + "#define RT_TB_ALLOCATED " + allocated + "\n"
            + "#define RT_MAX_SMALL " + maxSmall + "\n"
            + "#define RT_CHUNK_MASK " + (chunk - 1) + "u\n"
            + "#define RT_BUMP_LIMITS " + limits + "\n";
        return new InlineAlloc(d, maxSmall);
    }

    /** A class the program already has (loading one here would add it to the build). */
    private static ClassInfo loaded(World w, String name) {
        for (ClassInfo c : w.all()) if (c.name.equals(name)) return c;
        return null;
    }

    /** A static final int's ConstantValue, read without adding the class to the program. */
    static Integer constant(World w, String cls, String name) {
        ClassNode n = w.path.find(cls);
        if (n == null) return null;
        for (FieldNode f : n.fields) if (f.name.equals(name) && f.value instanceof Integer i) return i;
        return null;
    }

    /** The lines decls.h needs before it includes rt.h. */
    String defines() { return defines == null ? "#define RT_INLINE_ALLOC 0\n" : defines; }

    /** The C expression allocating an instance of {@code c} through rt_new_object, or null. */
    String fastNew(Layout layout, ClassInfo c, String clsExpr) {
        if (defines == null) return null;
        layout.fields(c);
        int size = Math.max(16, c.instanceSize);
        if (size > maxSmall || (size & 7) != 0) return null;
        int sc = classOf(size);
        return "rt_new_object(" + clsExpr + ", " + sc + ", " + sizeOf(sc) + ")";
    }

    /**
     * The C expression allocating an array of type {@code desc} (length checked non-negative)
     * through rt_impl.c's rt_new_array (a bump or a pop, else Heap.allocArray), or null.
     */
    String fastNewArray(String desc, String clsExpr, String length) {
        if (defines == null) return null;
        int shift = switch (desc.charAt(1)) {
            case 'Z', 'B' -> 0;
            case 'C', 'S' -> 1;
            case 'I', 'F' -> 2;
            default -> 3; // J, D, references
        };
        return "rt_new_array(" + clsExpr + ", " + length + ", " + shift + ")";
    }

    /*
     * myos.rt.SizeClasses.classOf/sizeOf, the same arithmetic (16..64 bytes in steps of 8,
     * then four classes per power of two); of() checks that MAX_SMALL falls in the last class.
     */
    static int classOf(int size) {
        if (size <= 64) return (size >> 3) - 2;
        int log = 6;
        while ((size - 1) >> (log + 1) != 0) log++;
        return 7 + (log - 6) * 4 + ((size - 1 - (1 << log)) >> (log - 2));
    }

    static int sizeOf(int c) {
        if (c <= 6) return 16 + 8 * c;
        int k = c - 7;
        int log = 6 + (k >> 2);
        return (1 << log) + ((k & 3) + 1) * (1 << (log - 2));
    }
}
