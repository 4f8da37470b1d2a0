package myos.kernel.mm;

/**
 * The kernel's virtual address layout and the boot-info block written by the assembly
 * entry. The numbers are the same as kernel/src/main/asm/layout.h; change them together.
 */
public final class Layout {
    private Layout() {}

    public static final long PAGE_SIZE = 4096;
    public static final int PAGE_SHIFT = 12;
    public static final long LARGE_PAGE_SIZE = 2L << 20;

    /** The image is linked at -2 GiB (PML4 511, PDPT 510) for -mcmodel=kernel. */
    public static final long KERNEL_VMA = 0xffffffff80000000L;
    /** Physical memory is mapped 1:1 from here (PML4 slot 256). */
    public static final long DIRECT_MAP_BASE = 0xffff800000000000L;
    /** Lowest user-space address that is never mapped (null-pointer page). */
    public static final long USER_LOW = 0x10000L;
    /** End of the lower canonical half: user space is [USER_LOW, USER_END). */
    public static final long USER_END = 0x0000800000000000L;

    /** Physical address of the boot-info block (layout.h BOOT_INFO_PHYS). */
    public static final long BOOT_INFO_PHYS = 0x100040L;
    /** The boot-info block through the direct map (mapped by the boot tables and by ours). */
    public static final long BOOT_INFO = DIRECT_MAP_BASE + BOOT_INFO_PHYS;
    /** The kernel heap's region, PML4 slot 384: owned by the runtime's PageSource. */
    public static final long HEAP_BASE = 0xffffc00000000000L;
    public static final int HEAP_PML4_SLOT = 384;

    // Offsets in myos_boot_info (layout.h BI_*), 64-bit words.
    public static final int BI_MAGIC = 0;
    public static final int BI_INFO = 8;
    public static final int BI_TSC_ENTRY = 16;
    public static final int BI_KERNEL_VMA = 24;
    public static final int BI_DIRECT_MAP = 32;
    public static final int BI_IMAGE_START = 40;
    public static final int BI_TEXT_START = 48;
    public static final int BI_TEXT_END = 56;
    public static final int BI_RODATA_START = 64;
    public static final int BI_RODATA_END = 72;
    public static final int BI_DATA_START = 80;
    public static final int BI_IMAGE_END = 88;
    public static final int BI_STACK_LOW = 96;
    public static final int BI_STACK_HIGH = 104;
    public static final int BI_THREAD_BLOCK = 112;
    public static final int BI_BOOT_TABLES = 120;
    public static final int BI_CONSOLE_PORT = 128;
    public static final int BI_TSC_HZ = 136;
    public static final int BI_WALL_EPOCH_NS = 144;
    public static final int BI_PM1A_CNT = 152;
    public static final int BI_PM1A_S5 = 160;
    public static final int BI_PM1B_CNT = 168;
    public static final int BI_PM1B_S5 = 176;
    public static final int BI_POOL_LOCK = 184;
    public static final int BI_POOL_HEAD = 192;
    public static final int BI_POOL_FRAMES = 200;
    public static final int BI_HEAP_ARENA = 208;
    public static final int BI_HEAP_ARENA_END = 216;
    public static final int BI_ISR_STUBS = 224;
    public static final int BI_SYSCALL_ENTRY = 232;
    public static final int BI_ENTER_FRAME = 240;
    public static final int BI_SWITCH = 248;
    public static final int BI_SYMBOLS = 256;
    public static final int BI_TASK_FIRST_USER = 264;
    public static final int BI_IDLE = 272;
    public static final int BI_POOL_RANGE = 280;
    public static final int BI_POOL_RANGE_END = 288;
    public static final int BI_TASK_FIRST_KERNEL = 296;
    /** Kernel words in a thread block's frame, beyond the runtime's 512 bytes: the task's index. */
    public static final int TB_TASK_INDEX = 512;
    /** The task's x87/SSE state (FXSAVE64 area, 512 bytes), saved and restored by myos_switch. */
    public static final int TB_FXSAVE = 1024;
    /** Kernel stacks with guard pages: PML4 slot 448, 4 KiB mappings (KernelStacks). */
    public static final long KERNEL_STACKS = 0xffffe00000000000L;
    /** Thread-block words owned by the kernel's entry code (cpu/frame.h, docs/abi.md). */
    public static final int TB_KERNEL_RSP = 496;
    public static final int TB_USER_RSP = 504;

    /** Physical address of a kernel-image virtual address. */
    public static long imagePhys(long va) {
        return va - KERNEL_VMA;
    }

    public static long directMap(long pa) {
        return DIRECT_MAP_BASE + pa;
    }

    public static long pageDown(long a) {
        return a & -PAGE_SIZE;
    }

    public static long pageUp(long a) {
        return (a + PAGE_SIZE - 1) & -PAGE_SIZE;
    }
}
