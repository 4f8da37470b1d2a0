/*
 * Address-space constants shared by the assembly entry and kernel.ld. The Java side has
 * the same numbers in myos.kernel.mm.Layout; the boot-info block below is read there by
 * myos.kernel.boot.BootInfo. Change them together.
 */
#ifndef MYOS_LAYOUT_H
#define MYOS_LAYOUT_H

/* The kernel image is linked at -2 GiB (PML4 slot 511, PDPT slot 510) so that
 * -mcmodel=kernel code can use sign-extended 32-bit absolute addresses, and loaded at
 * 1 MiB physical: VMA = LMA + KERNEL_VMA. */
#define KERNEL_VMA          0xffffffff80000000
#define KERNEL_LMA          0x100000

/* Higher-half direct map of physical memory: PML4 slot 256, the bottom of the canonical
 * upper half (Intel SDM Vol. 3A §4.5, 48-bit linear addresses). */
#define DIRECT_MAP_BASE     0xffff800000000000

/* Boot magic values that say which protocol handed over the machine. */
#define MB2_BOOTLOADER_MAGIC 0x36d76289   /* multiboot2 spec §3.3, %eax at entry */
#define PVH_START_MAGIC      0x336ec578   /* hvm_start_info.magic (xen start_info.h) */

/* Boot stack of the first kernel thread, with one unmapped guard page below it once the
 * Java page tables replace the boot ones. */
#define BOOT_STACK_SIZE     0x10000

/* The boot-info block (entry64.S, myos_boot_info) sits at a fixed physical address right
 * after the multiboot2 header, so the Java kernel and the kernel flavour of the runtime
 * (rt/src/kernel) both find it at DIRECT_MAP_BASE + BOOT_INFO_PHYS without a symbol.
 * It is also how they talk to each other: the kernel publishes the console port, TSC
 * frequency, wall-clock base and ACPI poweroff registers there for myos.rt.Os, and feeds
 * the heap's frame pool (docs/abi.md, "Kernel target"). */
#define BOOT_INFO_PHYS      (KERNEL_LMA + 0x40)

/* The garbage-collected kernel heap lives in PML4 slot 384 (0xffffc00000000000); the
 * runtime's PageSource owns that subtree and every kernel PML4 shares the entry. */
#define HEAP_BASE           0xffffc00000000000
/* Frames inside the image that seed the heap's frame pool before the frame allocator runs. */
#define HEAP_ARENA_SIZE     0x400000

/* Offsets in myos_boot_info, all 64-bit words. */
#define BI_MAGIC            0     /* MB2_BOOTLOADER_MAGIC or PVH_START_MAGIC */
#define BI_INFO             8     /* physical address of the MBI / hvm_start_info */
#define BI_TSC_ENTRY        16    /* rdtsc at the first instruction of the 32-bit entry */
#define BI_KERNEL_VMA       24    /* KERNEL_VMA */
#define BI_DIRECT_MAP       32    /* DIRECT_MAP_BASE (boot tables map 0..4 GiB there) */
#define BI_IMAGE_START      40    /* virtual start of the image (the boot section's alias) */
#define BI_TEXT_START       48    /* virtual bounds, page-aligned: text [start,end) RX */
#define BI_TEXT_END         56
#define BI_RODATA_START     64    /* rodata R */
#define BI_RODATA_END       72
#define BI_DATA_START       80    /* data + bss RW, NX */
#define BI_IMAGE_END        88    /* end of bss = end of the image */
#define BI_STACK_LOW        96    /* boot stack [low, high); guard page is [low-4096, low) */
#define BI_STACK_HIGH       104
#define BI_THREAD_BLOCK     112   /* the boot thread's block (%gs base) */
#define BI_BOOT_TABLES      120   /* physical address of the boot PML4 */
/* Published by the kernel for the runtime (0 = not yet known): */
#define BI_CONSOLE_PORT     128   /* 16550 I/O base for System.out/err (entry: COM1) */
#define BI_TSC_HZ           136   /* calibrated TSC frequency */
#define BI_WALL_EPOCH_NS    144   /* Unix time in ns when the TSC read 0 */
#define BI_PM1A_CNT         152   /* ACPI PM1a_CNT port, and the value that enters S5 */
#define BI_PM1A_S5          160
#define BI_PM1B_CNT         168
#define BI_PM1B_S5          176
/* The heap's frame pool, shared by the runtime's PageSource and the kernel: */
#define BI_POOL_LOCK        184   /* int spin lock (cas 0 -> 1) */
#define BI_POOL_HEAD        192   /* physical address of the first free frame; its first word links on */
#define BI_POOL_FRAMES      200   /* frames in the pool */
#define BI_HEAP_ARENA       208   /* virtual [start, end) of the image's seed frames */
#define BI_HEAP_ARENA_END   216
/* Entry points in cpu/*.S (0 while only the bring-up entry is linked): */
#define BI_ISR_STUBS        224   /* isr_stubs: the stub of vector v is at isr_stubs + 16 * v */
#define BI_SYSCALL_ENTRY    232   /* myos_syscall_entry, for IA32_LSTAR */
#define BI_ENTER_FRAME      240   /* myos_enter_frame(frame) */
#define BI_SWITCH           248   /* myos_switch(save_sp, new_sp, new_thread_block) */
#define BI_SYMBOLS          256   /* myos_symbols: the Java symbol table (myos.kernel.panic.SymbolTable), or 0 */
#define BI_TASK_FIRST_USER  264   /* myos_task_first_user (cpu/switch.S) */
#define BI_IDLE             272   /* myos_idle (cpu/switch.S) */
#define BI_POOL_RANGE       280   /* heap pool, second source: contiguous frames [RANGE, RANGE_END) */
#define BI_POOL_RANGE_END   288   /*   handed out by bump once the list is empty */
#define BI_TASK_FIRST_KERNEL 296  /* myos_task_first_kernel (cpu/switch.S) */
#define BI_SIZE             320

#endif
