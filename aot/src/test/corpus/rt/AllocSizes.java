package corpus.rt;

/**
 * The allocation fast path (docs/abi.md "Allocation fast path"): objects and arrays of every
 * element type at lengths across the size-class boundaries (16..64 bytes in steps of 8, then
 * four classes per power of two, the last at 2048 bytes, larger ones from page runs), each
 * checked to be zeroed with the right length (JLS §4.12.5, §15.10.2) even when its slot
 * held a dirty object a moment ago; some are kept alive across collections and checked at
 * the end; three threads do the same at once, each on its own thread cache.
 */
public class AllocSizes {
    static final class Small { int a; }
    static final class Pair { long a; Object b; }
    static final class Six { long a, b, c, d, e, f; }
    static final class Wide {
        long f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16;
        Object r;
    }

    static int errors;

    static synchronized void error(String what) {
        if (errors++ < 10) System.out.println("error: " + what);
    }

    /** One round over all lengths; returns a checksum of what it wrote and kept. */
    static long round(int seed, Object[] keep) {
        long sum = 0;
        int k = 0;
        for (int n = 0; n <= 2100; n += n < 300 ? 1 : 7) {
            byte[] b = new byte[n];
            boolean[] z = new boolean[n];
            char[] c = new char[n >> 1];
            short[] s = new short[n >> 1];
            int[] i = new int[n >> 2];
            float[] f = new float[n >> 2];
            long[] l = new long[n >> 3];
            double[] d = new double[n >> 3];
            Object[] o = new Object[n >> 3];
            if (b.length != n || z.length != n || c.length != n >> 1 || s.length != n >> 1 || i.length != n >> 2
                || f.length != n >> 2 || l.length != n >> 3 || d.length != n >> 3 || o.length != n >> 3) {
                error("length at " + n);
            }
            for (int x = 0; x < n; x++) if (b[x] != 0 || z[x]) error("byte/boolean not zero at " + n + "[" + x + "]");
            for (int x = 0; x < c.length; x++) if (c[x] != 0 || s[x] != 0) error("char/short not zero at " + n + "[" + x + "]");
            for (int x = 0; x < i.length; x++) if (i[x] != 0 || f[x] != 0f) error("int/float not zero at " + n + "[" + x + "]");
            for (int x = 0; x < l.length; x++) if (l[x] != 0 || d[x] != 0d || o[x] != null) error("long/double/ref not zero at " + n + "[" + x + "]");
            // dirty every slot, so that the next round's allocations reuse garbage
            java.util.Arrays.fill(b, (byte) -1);
            java.util.Arrays.fill(z, true);
            java.util.Arrays.fill(c, '\uffff');
            java.util.Arrays.fill(s, (short) -1);
            java.util.Arrays.fill(i, -1);
            java.util.Arrays.fill(f, Float.NaN);
            java.util.Arrays.fill(l, -1L);
            java.util.Arrays.fill(d, -0.0);
            java.util.Arrays.fill(o, keep);
            Small sm = new Small();
            Pair p = new Pair();
            Six six = new Six();
            Wide w = new Wide();
            if (sm.a != 0 || p.a != 0 || p.b != null || six.a + six.b + six.c + six.d + six.e + six.f != 0
                || w.f0 + w.f8 + w.f16 != 0 || w.r != null) {
                error("object not zero at " + n);
            }
            sm.a = -1; p.a = -1; p.b = p; six.f = -1; w.f16 = -1; w.r = w;
            if (n % 37 == seed % 37) {
                int v = seed * 31 + n;
                i = new int[n >> 2];
                for (int x = 0; x < i.length; x++) i[x] = v + x;
                keep[k++ % keep.length] = i;
                Pair q = new Pair();
                q.a = v;
                q.b = new long[] {v, -v};
                keep[k++ % keep.length] = q;
            }
            sum += b.length + c.length + i.length + l.length + o.length;
        }
        return sum;
    }

    static long check(Object[] keep) {
        long sum = 0;
        for (Object x : keep) {
            if (x instanceof int[] a) {
                for (int j = 1; j < a.length; j++) if (a[j] != a[0] + j) error("kept int[] changed");
                sum += a.length == 0 ? 1 : a[0] + a.length;
            } else if (x instanceof Pair q) {
                long[] v = (long[]) q.b;
                if (v.length != 2 || v[0] != q.a || v[1] != -q.a) error("kept Pair changed");
                sum += q.a;
            }
        }
        return sum;
    }

    static long work(int seed) {
        Object[] keep = new Object[64];
        long sum = 0;
        for (int r = 0; r < 4; r++) sum += round(seed + r, keep);
        return sum * 31 + check(keep);
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("main " + work(1));
        long[] results = new long[3];
        Thread[] ts = new Thread[3];
        for (int t = 0; t < ts.length; t++) {
            int id = t;
            ts[t] = new Thread(() -> results[id] = work(100 + id));
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        for (int t = 0; t < ts.length; t++) System.out.println("thread " + t + " " + results[t]);
        System.out.println("errors " + errors);
    }
}
