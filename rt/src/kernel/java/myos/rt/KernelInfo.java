package myos.rt;

/**
 * The kernel's boot-info block as the runtime sees it (kernel target only). The assembly
 * entry fills it (kernel/src/main/asm/layout.h, the BI_* offsets, same numbers here) at a
 * fixed physical address, read through the direct map. The kernel publishes what the
 * runtime's {@link Os} needs there (console port, TSC frequency, wall-clock base, ACPI
 * poweroff registers) and feeds the heap's frame pool, because the runtime is compiled
 * before, and without, the kernel's classes (docs/abi.md, "Kernel target").
 */
final class KernelInfo {
    private KernelInfo() {}

    static final long DIRECT_MAP_BASE = 0xffff800000000000L;
    static final long KERNEL_VMA = 0xffffffff80000000L;
    /** DIRECT_MAP_BASE + BOOT_INFO_PHYS. */
    static final long ADDRESS = DIRECT_MAP_BASE + 0x100040L;

    static final int MAGIC = 0, INFO = 8, TSC_ENTRY = 16;
    static final int STACK_LOW = 96, STACK_HIGH = 104, THREAD_BLOCK = 112;
    static final int CONSOLE_PORT = 128, TSC_HZ = 136, WALL_EPOCH_NS = 144;
    static final int PM1A_CNT = 152, PM1A_S5 = 160, PM1B_CNT = 168, PM1B_S5 = 176;
    static final int POOL_LOCK = 184, POOL_HEAD = 192, POOL_FRAMES = 200;
    static final int HEAP_ARENA = 208, HEAP_ARENA_END = 216;
    static final int POOL_RANGE = 280, POOL_RANGE_END = 288;

    static final int MB2_BOOTLOADER_MAGIC = 0x36d76289;
    static final int PVH_START_MAGIC = 0x336ec578;

    @NoAllocation(reason = "read before the heap exists")
    static long get(int offset) {
        return Mem.loadVolatile64(ADDRESS + offset);
    }

    /**
     * Physical address of the kernel command line (a NUL-terminated string), or 0:
     * multiboot2 tag type 1 (spec §3.6.3) or hvm_start_info.cmdline_paddr (offset 24).
     */
    @NoAllocation(reason = "read before the heap exists")
    static long commandLine() {
        long info = get(INFO);
        int magic = (int) get(MAGIC);
        if (magic == PVH_START_MAGIC) return Mem.loadVolatile64(DIRECT_MAP_BASE + info + 24);
        if (magic != MB2_BOOTLOADER_MAGIC) return 0;
        long mbi = DIRECT_MAP_BASE + info;
        long end = mbi + (Mem.loadVolatile32(mbi) & 0xffffffffL);
        for (long tag = mbi + 8; tag + 8 <= end; ) {
            int type = Mem.loadVolatile32(tag);
            long size = Mem.loadVolatile32(tag + 4) & 0xffffffffL;
            if (type == 0 || size < 8) return 0;
            if (type == 1) return tag + 8 - DIRECT_MAP_BASE;
            tag = (tag + size + 7) & ~7L;
        }
        return 0;
    }
}
