package myos.rt;

/**
 * The size classes of small objects: 16 to 64 bytes in steps of 8, then four classes per
 * power of two up to {@link #MAX_SMALL} (80, 96, 112, 128, 160, ... 2048). The worst-case
 * internal fragmentation is therefore below 25%, and a class's slot size is computed, not
 * looked up, so the allocator needs no table in the heap (and the runtime uses no class
 * of the library that has a static initialiser).
 */
final class SizeClasses {
    private SizeClasses() {}

    static final int MAX_SMALL = 2048;
    static final int COUNT = 27;

    /** The class of an object of {@code size} bytes (16 ≤ size ≤ MAX_SMALL, multiple of 8). */
    @NoAllocation(reason = "allocator")
    static int classOf(int size) {
        if (size <= 64) return (size >> 3) - 2;
        int log = 6;
        while ((size - 1) >> (log + 1) != 0) log++; // floor(log2(size - 1)), 6..10
        return 7 + (log - 6) * 4 + ((size - 1 - (1 << log)) >> (log - 2));
    }

    /** The slot size of class {@code c}. */
    @NoAllocation(reason = "allocator")
    static int sizeOf(int c) {
        if (c <= 6) return 16 + 8 * c;
        int k = c - 7;
        int log = 6 + (k >> 2);
        return (1 << log) + ((k & 3) + 1) * (1 << (log - 2));
    }
}
