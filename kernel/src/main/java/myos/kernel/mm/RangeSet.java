package myos.kernel.mm;

/**
 * A set of physical addresses as sorted, disjoint, non-adjacent half-open ranges
 * {@code [start, end)}. The memory map is turned into one of these (usable RAM minus
 * everything reserved) before the frame allocator takes it over. Boot-time only: the
 * arrays grow, so it allocates; the handful of firmware ranges keeps every operation
 * cheap (O(n) per add/remove, n is tens at most).
 */
public final class RangeSet {
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int count;

    public int count() {
        return count;
    }

    public long start(int i) {
        return starts[i];
    }

    public long end(int i) {
        return ends[i];
    }

    /** Total bytes covered. */
    public long size() {
        long s = 0;
        for (int i = 0; i < count; i++) s += ends[i] - starts[i];
        return s;
    }

    public boolean contains(long a) {
        for (int i = 0; i < count; i++) {
            if (a >= starts[i] && a < ends[i]) return true;
        }
        return false;
    }

    /** Adds [start, end), merging with overlapping or touching ranges. */
    public void add(long start, long end) {
        if (end <= start) return;
        int i = 0;
        while (i < count && ends[i] < start) i++;           // ranges entirely before
        int j = i;
        while (j < count && starts[j] <= end) {              // ranges overlapping or touching
            start = Math.min(start, starts[j]);
            end = Math.max(end, ends[j]);
            j++;
        }
        replace(i, j, 1);
        starts[i] = start;
        ends[i] = end;
    }

    /** Removes [start, end), splitting a range that strictly contains it. */
    public void remove(long start, long end) {
        if (end <= start) return;
        for (int i = 0; i < count; i++) {
            long s = starts[i], e = ends[i];
            if (e <= start || s >= end) continue;
            if (s < start && e > end) {                      // split in two
                replace(i, i + 1, 2);
                ends[i] = start;
                starts[i + 1] = end;
                ends[i + 1] = e;
                return;
            }
            if (s < start) {
                ends[i] = start;
            } else if (e > end) {
                starts[i] = end;
            } else {
                replace(i, i + 1, 0);
                i--;
            }
        }
    }

    /** Shrinks every range to whole pages of {@code align} bytes, dropping empty ones. */
    public void alignInward(long align) {
        for (int i = 0; i < count; i++) {
            long s = (starts[i] + align - 1) & -align;
            long e = ends[i] & -align;
            if (e <= s) {
                replace(i, i + 1, 0);
                i--;
            } else {
                starts[i] = s;
                ends[i] = e;
            }
        }
    }

    /** Replaces entries [from, to) by {@code n} uninitialised slots. */
    private void replace(int from, int to, int n) {
        int newCount = count - (to - from) + n;
        if (newCount > starts.length) {
            int cap = Math.max(newCount, starts.length * 2);
            long[] s = new long[cap];
            long[] e = new long[cap];
            System.arraycopy(starts, 0, s, 0, count);
            System.arraycopy(ends, 0, e, 0, count);
            starts = s;
            ends = e;
        }
        System.arraycopy(starts, to, starts, from + n, count - to);
        System.arraycopy(ends, to, ends, from + n, count - to);
        count = newCount;
    }
}
