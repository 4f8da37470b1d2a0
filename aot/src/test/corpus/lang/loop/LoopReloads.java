package corpus.lang.loop;

/**
 * Loops whose arrays, lengths and fields change under them through calls, aliases and
 * exceptions. Safepoint polls are no compiler barrier (docs/abi.md "Safepoint polls") and
 * array lengths are read as members of the array (rt.h ALEN), so the native code keeps
 * lengths and fields in registers across loop iterations: every way the value can really
 * change must still be seen.
 */
public class LoopReloads {
    int[] arr = {1, 2, 3, 4, 5, 6, 7, 8};
    int count;
    long total;

    /** A call replaces the array the loop condition reads. */
    void grow() {
        int[] b = new int[arr.length * 2];
        for (int i = 0; i < arr.length; i++) b[i] = arr[i] * 3;
        arr = b;
    }

    int sumGrowing() {
        int s = 0, grown = 0;
        for (int i = 0; i < arr.length; i++) {
            s += arr[i] + i;
            if (i == 5 && grown++ < 3) grow();
        }
        return s ^ arr.length << 16;
    }

    /** A call shrinks the array inside the loop: the old length must not be trusted. */
    int sumShrinking() {
        int s = 0;
        try {
            int n = arr.length;
            for (int i = 0; i < n; i++) {
                s += arr[i];
                if (i == 10) arr = new int[12];
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            s = -s;
            System.out.println("shrunk: " + e.getMessage());
        }
        return s;
    }

    /** A call nulls the field the loop reads. */
    int nulled() {
        int s = 0;
        try {
            for (int i = 0; i < 100; i++) {
                s += arr[i & 7];
                if (i == 42) drop();
            }
        } catch (NullPointerException e) {
            System.out.println("nulled at " + s);
        }
        return s;
    }

    void drop() { arr = null; }

    /** Fields incremented by a call and by the loop itself. */
    void bump(int k) { count += k; total += count; }

    long fields(int n) {
        count = 0;
        total = 0;
        for (int i = 0; i < n; i++) {
            count++;
            if ((i & 3) == 0) bump(i);
            total += count;
        }
        return total * 31 + count;
    }

    /** Two references to one array: a store through one is seen through the other. */
    static int aliased(int[] a, int[] b) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            b[(i + 1) % b.length] = a[i] + 1;
            s = s * 7 + a[(i + 1) % a.length];
        }
        return s;
    }

    /** Shifting an array in place (each store feeds the next load), as Fannkuch does. */
    static String rotate(int[] p, int r) {
        for (int k = 0; k < r; k++) {
            int first = p[0];
            for (int i = 0; i < p.length - 1; i++) p[i] = p[i + 1];
            p[p.length - 1] = first;
        }
        StringBuilder sb = new StringBuilder();
        for (int v : p) sb.append(v).append(' ');
        return sb.toString().trim();
    }

    /** An array of references whose elements are arrays replaced during the loop. */
    static int jagged() {
        int[][] rows = new int[4][];
        for (int i = 0; i < rows.length; i++) rows[i] = new int[i + 1];
        int s = 0;
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                rows[r][c] = r * 10 + c;
                if (c == 0 && r + 1 < rows.length) rows[r + 1] = new int[rows[r + 1].length + 2];
                s += rows[r][c];
            }
            s = s * 3 + rows[r].length;
        }
        return s;
    }

    /** An index that runs off the end of an array whose length the loop never reads. */
    static int runOff(byte[] b) {
        int s = 0;
        try {
            for (int i = 0; ; i += 3) s += b[i];
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ran off: " + e.getMessage() + " after " + s);
        }
        return s;
    }

    /** A negative index reached by a descending loop. */
    static int runUnder(long[] a) {
        long s = 0;
        int i = a.length - 1;
        try {
            while (true) s += a[i--] * i;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ran under: " + e.getMessage() + " after " + s);
        }
        return (int) s;
    }

    public static void main(String[] args) {
        LoopReloads l = new LoopReloads();
        System.out.println("growing " + l.sumGrowing() + " length " + l.arr.length);
        l.arr = new int[40];
        for (int i = 0; i < 40; i++) l.arr[i] = i * i;
        System.out.println("shrinking " + l.sumShrinking() + " length " + l.arr.length);
        l.arr = new int[] {3, 1, 4, 1, 5, 9, 2, 6};
        System.out.println("nulled " + l.nulled());
        System.out.println("fields " + l.fields(1000) + " " + l.count);
        int[] a = {1, 2, 3, 4, 5, 6, 7};
        System.out.println("aliased " + aliased(a, a) + " " + java.util.Arrays.toString(a));
        int[] b = {1, 2, 3, 4, 5, 6, 7};
        System.out.println("separate " + aliased(b, new int[7]) + " " + java.util.Arrays.toString(b));
        System.out.println("rotate " + rotate(new int[] {0, 1, 2, 3, 4, 5}, 4));
        System.out.println("jagged " + jagged());
        System.out.println("runOff " + runOff(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        System.out.println("runUnder " + runUnder(new long[] {5, 6, 7, 8}));
    }
}
