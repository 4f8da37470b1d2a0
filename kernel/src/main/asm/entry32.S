/*
 * The 32-bit half of the boot path, shared by multiboot2 (mb2_entry) and PVH (pvh_entry).
 * Both protocols enter here in 32-bit protected mode with paging off, flat segments and
 * interrupts off, %eax = protocol magic, %ebx = physical address of the boot information
 * (multiboot2 spec §3.2; xen pvh.pandoc). We are linked at our physical address (the
 * `.boot` output section of kernel.ld), so absolute addresses here are physical.
 *
 * Work done, none of it growing with the size of RAM:
 *  1. remember magic, info and the TSC at entry (the TSC counts from VM reset, so it is
 *     the "time since reset" of the boot log);
 *  2. check that the CPU has long mode (CPUID 80000001h:EDX.LM[29], SDM Vol. 2A CPUID);
 *  3. build boot page tables with 2 MiB pages: identity 0..4 GiB (this code keeps running
 *     from its physical address until the far jump), the same 4 GiB again at
 *     DIRECT_MAP_BASE, and physical 0..1 GiB at KERNEL_VMA for the linked image;
 *  4. enter IA-32e mode the way SDM Vol. 3A §10.8.5 prescribes: CR4.PAE, CR3, EFER.LME
 *     (+NXE when CPUID says NX), then CR0.PG; a far jump to a 64-bit code segment.
 * The Java kernel later replaces these tables with 4 KiB-granular ones (myos.kernel.mm).
 */
#include "layout.h"

#define CR0_PG          (1 << 31)
#define CR0_WP          (1 << 16)
#define CR4_PAE         (1 << 5)
#define MSR_EFER        0xc0000080
#define EFER_LME        (1 << 8)
#define EFER_NXE        (1 << 11)
#define CPUID_EXT_LM    (1 << 29)
#define CPUID_EXT_NX    (1 << 20)
#define PTE_P           0x1
#define PTE_RW          0x2
#define PTE_PS          0x80          /* 2 MiB page in a PD entry (SDM Vol. 3A Table 4-17) */
#define PAGE            4096
#define BOOT_PDS        4             /* 4 page directories x 1 GiB = the low 4 GiB */
#define COM1            0x3f8

        .section .boot.text, "ax"
        .code32
        .globl  mb2_entry
mb2_entry:
        /* multiboot2: %eax = MB2_BOOTLOADER_MAGIC, %ebx = MBI. Same shape as PVH. */
        .globl  boot32
boot32:
        cli
        cld
        mov     %eax, %edi
        mov     %ebx, %esi
        rdtsc
        mov     %eax, boot_tsc
        mov     %edx, boot_tsc + 4
        mov     %edi, boot_magic
        mov     %esi, boot_info_phys
        mov     $(boot_stack_top - KERNEL_VMA), %esp

        /* 2. long mode present? */
        mov     $0x80000000, %eax
        cpuid
        cmp     $0x80000001, %eax
        jb      no_long_mode
        mov     $0x80000001, %eax
        cpuid
        test    $CPUID_EXT_LM, %edx
        jz      no_long_mode
        mov     %edx, %ebp                  /* keep the NX bit for EFER below */

        /* 3. page tables: zero PML4 + the two PDPTs (contiguous in .boot.bss) */
        mov     $boot_pml4, %edi
        mov     $(3 * PAGE / 4), %ecx
        xor     %eax, %eax
        rep stosl

        movl    $(boot_pdpt_low + PTE_P + PTE_RW), boot_pml4 + 0 * 8
        movl    $(boot_pdpt_low + PTE_P + PTE_RW), boot_pml4 + 256 * 8
        movl    $(boot_pdpt_high + PTE_P + PTE_RW), boot_pml4 + 511 * 8
        movl    $(boot_pd + PTE_P + PTE_RW), boot_pdpt_high + 510 * 8

        /* PDPT_low[i] -> PD i, for i < BOOT_PDS */
        mov     $boot_pdpt_low, %edi
        mov     $(boot_pd + PTE_P + PTE_RW), %eax
        mov     $BOOT_PDS, %ecx
1:      mov     %eax, (%edi)
        movl    $0, 4(%edi)
        add     $PAGE, %eax
        add     $8, %edi
        loop    1b

        /* PD entries: entry i maps physical i * 2 MiB (64-bit value in %edx:%eax) */
        mov     $boot_pd, %edi
        mov     $(PTE_P + PTE_RW + PTE_PS), %eax
        xor     %edx, %edx
        mov     $(BOOT_PDS * 512), %ecx
2:      mov     %eax, (%edi)
        mov     %edx, 4(%edi)
        add     $0x200000, %eax
        adc     $0, %edx
        add     $8, %edi
        loop    2b

        /* 4. IA-32e mode (SDM Vol. 3A §10.8.5) */
        mov     %cr4, %eax
        or      $CR4_PAE, %eax
        mov     %eax, %cr4
        mov     $boot_pml4, %eax
        mov     %eax, %cr3
        mov     $MSR_EFER, %ecx
        rdmsr
        or      $EFER_LME, %eax
        test    $CPUID_EXT_NX, %ebp
        jz      3f
        or      $EFER_NXE, %eax
3:      wrmsr
        mov     %cr0, %eax
        or      $(CR0_PG | CR0_WP), %eax
        mov     %eax, %cr0
        lgdt    boot_gdt_ptr32
        ljmp    $0x08, $long_mode_low

/* Without long mode there is nothing we can run: say so on COM1 and stop. */
no_long_mode:
        mov     $no_lm_message, %esi
4:      lodsb
        test    %al, %al
        jz      5f
        mov     %al, %bl
        mov     $COM1 + 5, %dx
6:      inb     %dx, %al
        test    $0x20, %al                  /* LSR.THRE */
        jz      6b
        mov     $COM1, %dx
        mov     %bl, %al
        outb    %al, %dx
        jmp     4b
5:      hlt
        jmp     5b

        .code64
long_mode_low:
        /* Still executing at the physical address (identity map); continue in the
         * linked higher half. */
        movabs  $entry64, %rax
        jmp     *%rax

        .section .boot.data, "aw"
        .balign 16
/* Boot GDT: null, 64-bit ring-0 code (0x08), ring-0 data (0x10). SDM Vol. 3A §3.4.5,
 * §5.2.1 (L bit for 64-bit code). The Java kernel loads its own GDT with TSS and user
 * segments (myos.kernel.arch.x86_64.Gdt). */
        .globl  boot_gdt
boot_gdt:
        .quad   0
        .quad   0x00af9a000000ffff
        .quad   0x00cf92000000ffff
boot_gdt_end:
boot_gdt_ptr32:
        .short  boot_gdt_end - boot_gdt - 1
        .long   boot_gdt
        .globl  boot_magic, boot_info_phys, boot_tsc
        .balign 8
boot_magic:     .quad 0
boot_info_phys: .quad 0
boot_tsc:       .quad 0
no_lm_message:  .asciz "MyOS2026: this CPU has no long mode (x86-64); halting\n"

        .section .boot.bss, "aw", @nobits
        .balign PAGE
        .globl  boot_pml4
boot_pml4:      .skip PAGE
boot_pdpt_low:  .skip PAGE
boot_pdpt_high: .skip PAGE
boot_pd:        .skip BOOT_PDS * PAGE

        .section .note.GNU-stack, "", @progbits
