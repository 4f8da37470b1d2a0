package myos.kernel.mm;

/**
 * The firmware's physical memory map as the boot protocol reported it (multiboot2 memory
 * map tag, or the PVH memmap table). Both use the E820 type numbers (ACPI 6.5 §15,
 * "System Address Map Interfaces"; multiboot2 spec §3.6.8). Kept raw for the boot log and
 * later /proc/iomem; {@link #usable} derives the RAM the frame allocator may hand out.
 */
public final class MemoryMap {
    public static final int TYPE_RAM = 1;
    public static final int TYPE_RESERVED = 2;
    public static final int TYPE_ACPI_RECLAIMABLE = 3;
    public static final int TYPE_ACPI_NVS = 4;
    public static final int TYPE_BAD = 5;

    private long[] bases = new long[32];
    private long[] lengths = new long[32];
    private int[] types = new int[32];
    private int count;

    public void add(long base, long length, int type) {
        if (count == bases.length) {
            long[] b = new long[count * 2];
            long[] l = new long[count * 2];
            int[] t = new int[count * 2];
            System.arraycopy(bases, 0, b, 0, count);
            System.arraycopy(lengths, 0, l, 0, count);
            System.arraycopy(types, 0, t, 0, count);
            bases = b;
            lengths = l;
            types = t;
        }
        bases[count] = base;
        lengths[count] = length;
        types[count] = type;
        count++;
    }

    public int count() {
        return count;
    }

    public long base(int i) {
        return bases[i];
    }

    public long length(int i) {
        return lengths[i];
    }

    public int type(int i) {
        return types[i];
    }

    /** Highest address covered by any RAM entry (bounds the direct map). */
    public long ramEnd() {
        long end = 0;
        for (int i = 0; i < count; i++) {
            if (types[i] == TYPE_RAM) end = Math.max(end, bases[i] + lengths[i]);
        }
        return end;
    }

    /**
     * RAM the kernel may allocate: every RAM entry, minus every entry of another type
     * (firmware maps may overlap; the stricter type wins), shrunk to whole pages.
     * The caller removes what it occupies itself (image, boot data, the first MiB).
     */
    public RangeSet usable() {
        RangeSet set = new RangeSet();
        for (int i = 0; i < count; i++) {
            if (types[i] == TYPE_RAM && lengths[i] > 0) set.add(bases[i], bases[i] + lengths[i]);
        }
        for (int i = 0; i < count; i++) {
            if (types[i] != TYPE_RAM && lengths[i] > 0) set.remove(bases[i], bases[i] + lengths[i]);
        }
        set.alignInward(Layout.PAGE_SIZE);
        return set;
    }
}
