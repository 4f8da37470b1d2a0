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

/* Offsets in myos_boot_info (entry64.S), all 64-bit words. */
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
#define BI_SIZE             128

#endif
