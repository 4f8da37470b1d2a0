package myos.kernel.mm;

import myos.rt.Mem;
import myos.rt.NoAllocation;

/**
 * Physical memory as the running kernel reaches it: through the direct map at
 * {@link Layout#DIRECT_MAP_BASE} (mapped by the boot tables for the low 4 GiB and by
 * {@link KernelMappings} for all RAM), with the {@code Mem} intrinsics. The one
 * {@link PhysicalMemory} of the real machine; device registers reached this way must have
 * been mapped uncached first ({@link KernelMappings#mapMmio}).
 */
public final class DirectMap implements PhysicalMemory {
    /** One per kernel (Kernel.main makes it); no static instance, so no class initialisation. */
    public DirectMap() {}

    @Override
    @NoAllocation(reason = "memory access")
    public int load8(long pa) {
        return Mem.loadVolatile8(Layout.DIRECT_MAP_BASE + pa) & 0xff;
    }

    @Override
    @NoAllocation(reason = "memory access")
    public int load16(long pa) {
        return Mem.loadVolatile16(Layout.DIRECT_MAP_BASE + pa) & 0xffff;
    }

    @Override
    @NoAllocation(reason = "memory access")
    public int load32(long pa) {
        return Mem.loadVolatile32(Layout.DIRECT_MAP_BASE + pa);
    }

    @Override
    @NoAllocation(reason = "memory access")
    public long load64(long pa) {
        return Mem.loadVolatile64(Layout.DIRECT_MAP_BASE + pa);
    }

    @Override
    @NoAllocation(reason = "memory access")
    public void store8(long pa, int value) {
        Mem.storeVolatile8(Layout.DIRECT_MAP_BASE + pa, (byte) value);
    }

    @Override
    @NoAllocation(reason = "memory access")
    public void store16(long pa, int value) {
        Mem.storeVolatile16(Layout.DIRECT_MAP_BASE + pa, (short) value);
    }

    @Override
    @NoAllocation(reason = "memory access")
    public void store32(long pa, int value) {
        Mem.storeVolatile32(Layout.DIRECT_MAP_BASE + pa, value);
    }

    @Override
    @NoAllocation(reason = "memory access")
    public void store64(long pa, long value) {
        Mem.storeVolatile64(Layout.DIRECT_MAP_BASE + pa, value);
    }

    @Override
    @NoAllocation(reason = "memory access")
    public void zero(long pa, long bytes) {
        Mem.zero(Layout.DIRECT_MAP_BASE + pa, bytes);
    }
}
