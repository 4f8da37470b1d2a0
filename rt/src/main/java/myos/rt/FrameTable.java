package myos.rt;

/**
 * Names the frames {@link StackWalk} captured, from the frame table the compiler links into
 * the executable (symbol {@code myos_frames}, built by aot's {@code FrameTableBuilder} from
 * the program's DWARF; docs/abi.md "Stack traces"). Only return addresses of call
 * instructions in Java methods have a row, so a captured address either is one exactly or
 * is not a Java frame (a C helper, {@code _start}) and is skipped. A row lists the Java frames
 * live at that call, innermost first: more than one where gcc inlined Java methods into each
 * other, each with its own line (addr2line -i semantics), so inlining never hides a frame.
 *
 * <p>Layout, little-endian, offsets from the table start:
 * <pre>
 *   0  u64 magic "MYOSFRM1"        8  u64 base (site addresses are base + u32)
 *   16 u32 sites   20 u32 blocks   24 u32 index   28 u32 stream   32 u32 methods
 *   36 u32 classes 40 u32 strings  44 u32 width W (2 or 4: bytes of a method/class/string reference)
 *   index:   blocks x { u32 address - base of the block's first site; u32 offset of its first site in stream }
 *   stream:  per site: varint address delta from the previous site of the block (0 for the first),
 *            varint frame count, then per frame, outermost first, varint tag:
 *            tag odd:  method id = tag >> 1, then varint line (0: none)
 *            tag even: the method of the previous site's frame at this depth, line = its
 *                      line + zigzag(tag >> 1) (the previous site of the same block)
 *   methods: { W class; W name string }   classes: { W name string; W source file string }
 *   strings: UTF-8, NUL-terminated ("java.util.HashMap", "lambda$main$0", "HashMap.java");
 *            offset 0 is "": a class whose file is its outer class's simple name + ".java";
 *            a file reference of all ones: the class has no SourceFile ("Unknown Source")
 * </pre>
 * Varints are LEB128 (7 bits a byte, low first). Blocks of {@code BLOCK} sites keep the
 * lookup a binary search plus a short scan while most sites cost a few bytes.
 */
public final class FrameTable {
    public static final long MAGIC = 0x314d5246534f594dL;   // "MYOSFRM1"
    /** Sites per index block (the builder uses the same number). */
    public static final int BLOCK = 32;

    private final long base;
    private final long origin;
    private final int sites, blocks, width;
    private final long index, stream, methods, classes, strings;
    /**
     * Names made so far, by class or method id: each string is made once per run (a race
     * makes it twice, harmlessly). Without them a getStackTrace cost ~40 us of allocation.
     */
    private static String[][] names;
    private final String[] classNames, fileNames, methodNames;
    /** Scratch for the frames of one site: method ids and lines, and the same outermost first. */
    private int[] frameMethods = new int[8], frameLines = new int[8], outerMethods = new int[8], outerLines = new int[8];
    private int frameCount;
    private long cursor;

    private FrameTable(long base) {
        this.base = base;
        origin = Mem.load64(base + 8);
        sites = Mem.load32(base + 16);
        blocks = Mem.load32(base + 20);
        index = base + u32(24);
        stream = base + u32(28);
        methods = base + u32(32);
        classes = base + u32(36);
        strings = base + u32(40);
        width = Mem.load32(base + 44);
        String[][] n = names;
        if (n == null) {
            int classCount = (int) ((strings - classes) / (2 * width));
            n = new String[][] {new String[classCount], new String[classCount], new String[(int) ((classes - methods) / (2 * width))]};
            Mem.storeFence(); // the arrays are complete before another thread can see them
            names = n;
        }
        classNames = n[0];
        fileNames = n[1];
        methodNames = n[2];
    }

    /** The executable's table, or null when it has none. */
    static FrameTable open() {
        long t = Rt.frameTable();
        return t != 0 && Mem.load64(t) == MAGIC ? new FrameTable(t) : null;
    }

    /**
     * The stack trace of {@code thrown} from its raw return addresses: frames that are not
     * Java (no row), the runtime's own frames ({@code myos.rt}: the checks' Throw helpers, the
     * thread entry below main) and the hidden frames of classes the compiler made for
     * invokedynamic ({@code Owner$$Lambda$1}: the JVM hides its lambda proxies likewise) are
     * dropped; then, as HotSpot's java_lang_Throwable::fill_in_stack_trace does, the leading
     * {@code fillInStackTrace} frames and the {@code <init>} frames of the exception's own
     * class and superclasses, so the first frame is where the exception was made.
     */
    public static StackTraceElement[] symbolise(long[] raw, Class<?> thrown) {
        FrameTable t = open();
        if (t == null || raw == null) return new StackTraceElement[0];
        StackTraceElement[] out = new StackTraceElement[raw.length + 4];
        int n = 0;
        boolean leading = true;
        for (int i = 0; i < raw.length && n < StackWalk.MAX_FRAMES; i++) {
            if (!t.find(raw[i])) continue;
            for (int f = 0; f < t.frameCount && n < StackWalk.MAX_FRAMES; f++) {
                int method = t.frameMethods[f];
                int c = t.ref(t.methods + (long) method * 2 * t.width);
                String cls = t.className(c);
                if (cls.startsWith("myos.rt.") || cls.indexOf("$$") >= 0) continue;
                String name = t.methodName(method);
                if (leading && (name.equals("fillInStackTrace") || name.equals("<init>") && isA(thrown, cls))) continue;
                leading = false;
                if (n == out.length) out = grow(out);
                int line = t.frameLines[f];
                out[n++] = new StackTraceElement(cls, name, t.fileName(c), line == 0 ? -1 : line);
            }
        }
        StackTraceElement[] r = new StackTraceElement[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }

    private String className(int c) {
        String s = classNames[c];
        if (s == null) classNames[c] = s = string(ref(classes + (long) c * 2 * width));
        return s;
    }

    /** The class's SourceFile, null when it has none. */
    private String fileName(int c) {
        String s = fileNames[c];
        if (s == null) {
            int file = ref(classes + (long) c * 2 * width + width);
            if (file == (width == 2 ? 0xffff : -1)) return null;
            fileNames[c] = s = file == 0 ? derivedFile(className(c)) : string(file);
        }
        return s;
    }

    private String methodName(int m) {
        String s = methodNames[m];
        if (s == null) methodNames[m] = s = string(ref(methods + (long) m * 2 * width + width));
        return s;
    }

    /** The SourceFile javac writes for a class in its outer class's file: "a.b.C$D" → "C.java". */
    private static String derivedFile(String cls) {
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        int dollar = simple.indexOf('$');
        return (dollar > 0 ? simple.substring(0, dollar) : simple) + ".java";
    }

    /** Whether {@code c} or one of its superclasses is named {@code name}. */
    private static boolean isA(Class<?> c, String name) {
        for (; c != null; c = c.getSuperclass()) if (c.getName().equals(name)) return true;
        return false;
    }

    private static StackTraceElement[] grow(StackTraceElement[] a) {
        StackTraceElement[] b = new StackTraceElement[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    /**
     * Loads the frames of the site whose return address is {@code ret} into the scratch
     * arrays (innermost first); false when there is none. Sites are decoded from the start of
     * their block, since a frame may be stored relative to the previous site's.
     */
    private boolean find(long ret) {
        long off = ret - origin;
        if (off < 0 || off > 0xffffffffL) return false;
        int lo = 0, hi = blocks - 1, b = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (u32(index - base + 8L * mid) <= off) { b = mid; lo = mid + 1; } else hi = mid - 1;
        }
        if (b < 0) return false;
        long addr = u32(index - base + 8L * b);
        cursor = stream + u32(index - base + 8L * b + 4);
        int prevCount = 0;
        for (int s = b * BLOCK, last = Math.min(sites, s + BLOCK); s < last; s++) {
            addr += varint();
            int count = varint();
            if (count > frameMethods.length) {
                frameMethods = java.util.Arrays.copyOf(frameMethods, count);
                frameLines = java.util.Arrays.copyOf(frameLines, count);
                outerMethods = new int[count];
                outerLines = new int[count];
            }
            // Stored outermost first (slot k from the outside is index count-1-k here, and
            // prevCount-1-k for the previous site); tag bit 0: 1 = method id and line
            // follow, 0 = same method as the previous site at this depth, zigzag line delta.
            int[] pm = outerMethods, pl = outerLines;
            for (int k = 0; k < count; k++) {
                int tag = varint();
                if ((tag & 1) != 0) {
                    pm[k] = tag >>> 1;
                    pl[k] = varint();
                } else {
                    int z = tag >>> 1;
                    pm[k] = frameMethods[prevCount - 1 - k];
                    pl[k] = frameLines[prevCount - 1 - k] + ((z >>> 1) ^ -(z & 1));
                }
            }
            for (int k = 0; k < count; k++) {
                frameMethods[count - 1 - k] = pm[k];
                frameLines[count - 1 - k] = pl[k];
            }
            prevCount = count;
            if (addr == off) { frameCount = count; return true; }
            if (addr > off) return false;
        }
        return false;
    }

    private int varint() {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = Mem.load8(cursor++) & 0xff;
            v |= (b & 0x7f) << shift;
            if (b < 0x80) return v;
        }
    }

    private long u32(long offset) {
        return Mem.load32(base + offset) & 0xffffffffL;
    }

    private int ref(long addr) {
        return width == 2 ? Mem.load16(addr) & 0xffff : Mem.load32(addr);
    }

    private String string(int offset) {
        long p = strings + (offset & 0xffffffffL);
        int n = 0;
        while (Mem.load8(p + n) != 0) n++;
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) Mem.load8(p + i);
        return new String(b);
    }
}
