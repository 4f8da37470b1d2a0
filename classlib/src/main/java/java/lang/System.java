package java.lang;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import myos.rt.Cards;
import myos.rt.Heap;
import myos.rt.Mem;
import myos.rt.Os;

/**
 * Standard streams, time, environment, properties, exit and arraycopy. Everything that
 * touches the OS goes through myos.rt.Os (docs/abi.md). Nothing here captures state at
 * build time: the environment, the properties and the clock are read when first asked.
 */
public final class System {
    private System() {}

    // Not final (unlike the JDK's declaration) so that setIn/setOut/setErr can assign them
    // in plain Java; compiled user code reads them with getstatic either way.
    public static InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
    public static PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192), true);
    public static PrintStream err = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 8192), true);

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    public static long currentTimeMillis() {
        return Os.currentTimeMillis();
    }

    public static long nanoTime() {
        return Os.nanoTime();
    }

    public static int identityHashCode(Object x) {
        return Object.identityHash(x);
    }

    public static String lineSeparator() {
        return "\n";
    }

    /** Runs the shutdown hooks, flushes System.out/err, ends the process (see Runtime.exit). */
    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Heap.collect();
    }

    /** No class has a finalizer in this runtime (Class.F_HAS_FINALIZER is never set). */
    public static void runFinalization() {}

    // ---- arraycopy ----

    /**
     * The JVM's arraycopy with HotSpot's checks, in HotSpot's order and with its messages:
     * null, not-an-array, element type mismatch, negative index/length, range; reference
     * arrays whose element types are not statically compatible are checked element by
     * element and the elements before a failing one are copied, as HotSpot does.
     * The copy itself is Mem.copy (memmove semantics, so overlapping ranges work). Copied
     * references get the write barrier the compiler gives aastore: the destination's cards
     * are dirtied after the stores (myos.rt.Cards, docs/abi.md "Write barrier").
     */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) throw new NullPointerException();
        Class<?> sc = src.getClass(), dc = dest.getClass();
        if (sc == dc && (sc.flags & Class.F_ARRAY) != 0) {
            // Fast path: same array class, so no type check; only the ranges.
            long sa = Mem.addressOf(src), da = Mem.addressOf(dest);
            int srcLen = Mem.loadVolatile32(sa + 16), destLen = Mem.loadVolatile32(da + 16);
            if ((srcPos | destPos | length) >= 0 && srcPos <= srcLen - length && destPos <= destLen - length) {
                long size = sc.elementSize;
                Mem.copy(da + 24 + destPos * size, sa + 24 + srcPos * size, length * size);
                if ((sc.flags & Class.F_REF_ARRAY) != 0) Cards.dirty(da + 24 + destPos * size, length * size);
                return;
            }
        }
        if (!sc.isArray()) throw new ArrayStoreException("arraycopy: source type " + sc.getName() + " is not an array");
        Class<?> sComp = sc.getComponentType(), dComp = dc.isArray() ? dc.getComponentType() : null;
        if (sComp.isPrimitive()) {
            if (dComp == null) throw new ArrayStoreException("arraycopy: destination type " + dc.getName() + " is not an array");
            if (sComp != dComp)
                throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + sComp.getName() + "[] into "
                        + (dComp.isPrimitive() ? dComp.getName() + "[]" : "object array[]"));
        } else {
            if (dComp == null) throw new ArrayStoreException("arraycopy: destination type " + dc.getName() + " is not an array");
            if (dComp.isPrimitive())
                throw new ArrayStoreException("arraycopy: type mismatch: can not copy object array[] into " + dComp.getName() + "[]");
        }
        int srcLen = Mem.loadVolatile32(Mem.addressOf(src) + 16), destLen = Mem.loadVolatile32(Mem.addressOf(dest) + 16);
        if (srcPos < 0 || destPos < 0 || length < 0) {
            String msg;
            if (srcPos < 0) msg = "arraycopy: source index " + srcPos + " out of bounds for " + typeName(sComp, srcLen);
            else if (destPos < 0) msg = "arraycopy: destination index " + destPos + " out of bounds for " + typeName(dComp, destLen);
            else msg = "arraycopy: length " + length + " is negative";
            throw new ArrayIndexOutOfBoundsException(msg);
        }
        long srcEnd = (long) srcPos + length, destEnd = (long) destPos + length;
        if (srcEnd > srcLen)
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + srcEnd + " out of bounds for " + typeName(sComp, srcLen));
        if (destEnd > destLen)
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + destEnd + " out of bounds for " + typeName(dComp, destLen));
        if (length == 0) return;
        long size = sc.elementSize();
        long s = Mem.addressOf(src) + 24 + srcPos * size, d = Mem.addressOf(dest) + 24 + destPos * size;
        if (sComp.isPrimitive() || dComp.isAssignableFrom(sComp)) {
            Mem.copy(d, s, length * size);
            if (!sComp.isPrimitive()) Cards.dirty(d, length * size);
            return;
        }
        // Element-wise store check (src and dest are different arrays here: the same array
        // always has assignable element types).
        for (int i = 0; i < length; i++) {
            long ref = Mem.loadVolatile64(s + 8L * i);
            if (ref != 0 && !dComp.isInstance(Mem.objectAt(ref))) {
                throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                        + sComp.getName() + "[] to the type of the destination array, " + dComp.getName());
            }
            Mem.storeVolatile64(d + 8L * i, ref);
            Cards.dirty(d + 8L * i, 8); // each: isInstance may reach a safepoint before the next
        }
    }

    /** HotSpot's names in arraycopy messages: "int[5]" or "object array[5]". */
    private static String typeName(Class<?> comp, int length) {
        return (comp.isPrimitive() ? comp.getName() : "object array") + "[" + length + "]";
    }

    // ---- environment ----

    /** The value of name in the environment read at first use (see SystemEnv), or null. */
    public static String getenv(String name) {
        if (name == null) throw new NullPointerException();
        return SystemEnv.get().get(name);
    }

    /** The whole environment, unmodifiable, in the JDK's iteration order (see SystemEnv). */
    public static java.util.Map<String, String> getenv() {
        return SystemEnv.get();
    }

    // ---- properties ----

    public static String getProperty(String key) {
        checkKey(key);
        return SystemProps.get(key);
    }

    public static String getProperty(String key, String def) {
        checkKey(key);
        String v = SystemProps.get(key);
        return v == null ? def : v;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) throw new NullPointerException();
        return SystemProps.set(key, value);
    }

    public static String clearProperty(String key) {
        checkKey(key);
        return SystemProps.set(key, null);
    }

    private static void checkKey(String key) {
        if (key == null) throw new NullPointerException("key can't be null");
        if (key.isEmpty()) throw new IllegalArgumentException("key can't be empty");
    }
}
