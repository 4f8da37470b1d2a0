package corpus.lang.exc;

/** Exception-heavy code: a million throws and catches across frames, exceptions as control flow, a result checksum. */
public class ManyExceptions {
    static final class Stop extends RuntimeException {
        final int value;
        Stop(int value) { super(null, null, false, false); this.value = value; }
    }

    static int find(int[] data, int target, int depth) {
        if (depth > 0) return find(data, target, depth - 1);
        for (int i = 0; i < data.length; i++) if (data[i] == target) throw new Stop(i);
        return -1;
    }

    static int parseOr(String s, int dflt) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    public static void main(String[] args) {
        int[] data = new int[64];
        for (int i = 0; i < data.length; i++) data[i] = i * 3;
        long sum = 0;
        for (int k = 0; k < 200_000; k++) {
            try {
                sum += find(data, (k % 64) * 3, k % 10);
            } catch (Stop s) {
                sum += s.value;
            }
        }
        System.out.println("stop sum " + sum);
        long parsed = 0;
        for (int i = 0; i < 100_000; i++) parsed += parseOr((i % 3 == 0) ? "x" + i : Integer.toString(i), -1);
        System.out.println("parsed " + parsed);
        int caught = 0;
        for (int i = 0; i < 300_000; i++) {
            try {
                Object o = (i % 2 == 0) ? "s" : Integer.valueOf(i);
                caught += ((String) o).length();
            } catch (ClassCastException e) {
                caught += 2;
            }
        }
        System.out.println("casts " + caught);
        int npes = 0;
        String[] maybe = {"a", null, "bb"};
        for (int i = 0; i < 300_000; i++) {
            try {
                npes += maybe[i % 3].length();
            } catch (NullPointerException e) {
                npes += 10;
            }
        }
        System.out.println("npes " + npes);
    }
}
