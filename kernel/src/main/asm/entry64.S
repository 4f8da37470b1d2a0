/*
 * The 64-bit half of the boot path, running at the linked higher-half address. Sets up
 * what compiled Java needs before its first instruction (docs/abi.md, "Threads: the
 * thread block"): a zeroed .bss, a stack, %gs pointing at the boot thread's block, and
 * the boot-info block (myos_boot_info, layout in layout.h) that tells the Java kernel
 * where its image, stack and the firmware's boot information are. Then it calls
 * myos_kernel_entry(magic, info) with the System V calling convention.
 */
#include "layout.h"

#define MSR_GS_BASE     0xc0000101      /* IA32_GS_BASE, SDM Vol. 4 Table 2-2 */
#define TB_SELF         0               /* docs/abi.md thread-block offsets */
#define TB_STACK_LOW    24
#define TB_STACK_HIGH   32
#define TB_SIZE         512

        .section .text, "ax"
        .code64
        .globl  entry64
entry64:
        mov     $0x10, %eax
        mov     %eax, %ds
        mov     %eax, %es
        mov     %eax, %ss
        xor     %eax, %eax
        mov     %eax, %fs
        mov     %eax, %gs
        lgdt    boot_gdt_ptr64

        /* .bss is zeroed by GRUB and QEMU already (p_memsz > p_filesz), but the
         * multiboot2 spec does not promise it for every loader; it is small (no heap
         * lives there), so clearing it is cheap and independent of RAM size. */
        mov     $__bss_start, %rdi
        mov     $__bss_end, %rcx
        sub     %rdi, %rcx
        shr     $3, %rcx
        xor     %eax, %eax
        rep stosq

        mov     $boot_stack_top, %rsp
        xor     %ebp, %ebp                  /* ends frame-pointer backtraces */

        /* The boot thread's block, at %gs (the kernel's thread register). Loading %gs
         * above cleared GS_BASE, so write the MSR only now. */
        mov     $boot_thread_block, %rax
        mov     %rax, TB_SELF(%rax)
        movq    $boot_stack_bottom, TB_STACK_LOW(%rax)
        movq    $boot_stack_top, TB_STACK_HIGH(%rax)
        mov     %rax, %rdx
        shr     $32, %rdx
        mov     $MSR_GS_BASE, %ecx
        wrmsr

        /* Boot facts recorded by entry32.S, read through the image's higher-half alias. */
        mov     boot_magic + KERNEL_VMA, %rdi
        mov     boot_info_phys + KERNEL_VMA, %rsi
        mov     boot_tsc + KERNEL_VMA, %rax
        mov     %rdi, myos_boot_info + KERNEL_VMA + BI_MAGIC
        mov     %rsi, myos_boot_info + KERNEL_VMA + BI_INFO
        mov     %rax, myos_boot_info + KERNEL_VMA + BI_TSC_ENTRY
        /* Third argument: the block's direct-map address, what Start.kernelMain(bootInfo)
         * receives (docs/abi.md, "Kernel target"). */
        movabs  $(DIRECT_MAP_BASE + BOOT_INFO_PHYS), %rdx
        call    myos_kernel_entry

        /* myos_kernel_entry does not return; if it does, stop this CPU for good. */
halt:   cli
        hlt
        jmp     halt

        .section .rodata, "a"
        .balign 16
boot_gdt_ptr64:
        .short  3 * 8 - 1
        .quad   boot_gdt + KERNEL_VMA

        /* At BOOT_INFO_PHYS (kernel.ld asserts it): low-linked, so the symbol is physical. */
        .section .bootinfo, "aw"
        .globl  myos_boot_info
myos_boot_info:
        .quad   0                           /* BI_MAGIC: filled at entry */
        .quad   0                           /* BI_INFO */
        .quad   0                           /* BI_TSC_ENTRY */
        .quad   KERNEL_VMA                  /* BI_KERNEL_VMA */
        .quad   DIRECT_MAP_BASE             /* BI_DIRECT_MAP */
        .quad   __image_start               /* BI_IMAGE_START */
        .quad   __text_start                /* BI_TEXT_START */
        .quad   __text_end                  /* BI_TEXT_END */
        .quad   __rodata_start              /* BI_RODATA_START */
        .quad   __rodata_end                /* BI_RODATA_END */
        .quad   __data_start                /* BI_DATA_START */
        .quad   __image_end                 /* BI_IMAGE_END */
        .quad   boot_stack_bottom           /* BI_STACK_LOW */
        .quad   boot_stack_top              /* BI_STACK_HIGH */
        .quad   boot_thread_block           /* BI_THREAD_BLOCK */
        .quad   boot_pml4                   /* BI_BOOT_TABLES (physical) */
        .quad   0x3f8                       /* BI_CONSOLE_PORT: COM1 until the kernel says otherwise */
        .fill   (BI_HEAP_ARENA - BI_TSC_HZ) / 8, 8, 0
        .quad   heap_arena                  /* BI_HEAP_ARENA */
        .quad   heap_arena + HEAP_ARENA_SIZE /* BI_HEAP_ARENA_END */
        .quad   isr_stubs                   /* BI_ISR_STUBS (weak: 0 if cpu/ is not linked) */
        .quad   myos_syscall_entry          /* BI_SYSCALL_ENTRY */
        .quad   myos_enter_frame            /* BI_ENTER_FRAME */
        .quad   myos_switch                 /* BI_SWITCH */
        .weak   isr_stubs, myos_syscall_entry, myos_enter_frame, myos_switch
        .quad   myos_symbols                /* BI_SYMBOLS (weak: the build adds it with the Java kernel) */
        .weak   myos_symbols
        .quad   myos_task_first_user        /* BI_TASK_FIRST_USER */
        .weak   myos_task_first_user
        .quad   myos_idle                   /* BI_IDLE */
        .weak   myos_idle
        .quad   0, 0                        /* BI_POOL_RANGE, BI_POOL_RANGE_END */
        .quad   myos_task_first_kernel      /* BI_TASK_FIRST_KERNEL */
        .weak   myos_task_first_kernel
        .fill   (BI_SIZE - BI_TASK_FIRST_KERNEL - 8) / 8, 8, 0

        .section .bss, "aw", @nobits
        .balign 4096
        .globl  boot_stack_guard, boot_stack_bottom, boot_stack_top, boot_thread_block
boot_stack_guard:                           /* unmapped once the Java page tables load */
        .skip   4096
boot_stack_bottom:
        .skip   BOOT_STACK_SIZE
boot_stack_top:
        .balign 4096
boot_thread_block:                          /* a whole page, like every task's (Layout.TB_*) */
        .skip   4096

/* Seed frames for the heap's frame pool: the runtime's PageSource starts with these
 * (Start.kernelMain runs before the frame allocator exists). Not cleared by the loop above:
 * it lies beyond __bss_end, and the runtime zeroes every frame it commits anyway. */
        .section .heap_arena, "aw", @nobits
        .balign 4096
heap_arena:
        .skip   HEAP_ARENA_SIZE

        .section .note.GNU-stack, "", @progbits
