/*
 * PVH direct boot (xen docs/misc/pvh.pandoc): how `qemu -kernel kernel.elf` starts us.
 * QEMU reads the XEN_ELFNOTE_PHYS32_ENTRY note from a PT_NOTE segment, loads the PT_LOAD
 * segments at their physical addresses and, through its pvh.bin option ROM, jumps to the
 * note's address in 32-bit protected mode with paging off, %ebx = physical address of a
 * struct hvm_start_info (xen/include/public/arch-x86/hvm/start_info.h).
 */
#include "layout.h"

#define XEN_ELFNOTE_PHYS32_ENTRY 18     /* xen/include/public/elfnote.h */

/* QEMU (hw/i386/x86.c, read_pvh_start_addr) reads the desc of an ELF64 note as a 64-bit
 * value and pads the name to the PT_NOTE's p_align, so: .quad, 4-byte alignment. */
        .section .note.Xen, "a", @note
        .balign 4
        .long   4                       /* namesz: "Xen\0" */
        .long   8                       /* descsz */
        .long   XEN_ELFNOTE_PHYS32_ENTRY
        .asciz  "Xen"
        .balign 4
        .quad   pvh_entry

        .section .boot.text, "ax"
        .code32
        .globl  pvh_entry
pvh_entry:
        /* Normalise to the multiboot2 convention (%eax magic, %ebx info) and share the
         * rest of the 32-bit path. hvm_start_info.magic at offset 0 is the PVH magic. */
        mov     $PVH_START_MAGIC, %eax
        jmp     boot32

        .section .note.GNU-stack, "", @progbits
