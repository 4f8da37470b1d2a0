package myos.kernel.mm;

import java.util.HashMap;
import java.util.Map;

/** Sparse simulated physical memory for host tests: 4 KiB pages created zeroed on first touch. */
public final class SimulatedMemory implements PhysicalMemory {
    private final Map<Long, byte[]> pages = new HashMap<>();
    private final long limit;

    /** Addresses at or above {@code limit} do not exist: touching them fails the test. */
    public SimulatedMemory(long limit) {
        this.limit = limit;
    }

    public int touchedPages() {
        return pages.size();
    }

    private byte[] page(long pa) {
        if (pa < 0 || pa >= limit) throw new AssertionError("access outside simulated RAM: 0x" + Long.toHexString(pa));
        return pages.computeIfAbsent(pa >>> 12, k -> new byte[4096]);
    }

    @Override
    public void store8(long pa, int v) {
        page(pa)[(int) (pa & 4095)] = (byte) v;
    }

    @Override
    public void store16(long pa, int v) {
        store8(pa, v);
        store8(pa + 1, v >>> 8);
    }

    @Override
    public void store32(long pa, int v) {
        store16(pa, v);
        store16(pa + 2, v >>> 16);
    }

    @Override
    public void store64(long pa, long v) {
        store32(pa, (int) v);
        store32(pa + 4, (int) (v >>> 32));
    }

    public void storeBytes(long pa, byte[] b) {
        for (int i = 0; i < b.length; i++) store8(pa + i, b[i]);
    }

    @Override
    public int load8(long pa) {
        return page(pa)[(int) (pa & 4095)] & 0xff;
    }

    @Override
    public int load16(long pa) {
        return load8(pa) | load8(pa + 1) << 8;
    }

    @Override
    public int load32(long pa) {
        return load16(pa) | load16(pa + 2) << 16;
    }

    @Override
    public long load64(long pa) {
        return (load32(pa) & 0xffffffffL) | (long) load32(pa + 4) << 32;
    }

    @Override
    public void zero(long pa, long bytes) {
        for (long i = 0; i < bytes; i++) store8(pa + i, 0);
    }
}
