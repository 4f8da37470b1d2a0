/*
 * The QEMU boot floor (issue 4, `./myos bench boot`): the least a kernel can do under
 * `qemu -kernel` — be found through the PVH ELF note, write one line to COM1 and power
 * the machine off. Its boot time is what QEMU + SeaBIOS + the PVH option ROM cost by
 * themselves; the real kernel is measured against it in the same run.
 *
 * It stays in 32-bit protected mode on purpose: the PVH boot ABI (xen
 * docs/misc/pvh.pandoc, "x86/HVM direct boot ABI") enters at a 32-bit physical address
 * with paging off, flat %cs/%ds/%ss, so nothing else is needed to drive port I/O.
 * The ELF is 64-bit like dist/kernel.elf, so QEMU takes the same loader path.
 */
#define COM1        0x3f8
#define LSR_THRE    0x20          /* 16550 Line Status Register: transmit holding register empty */

/* XEN_ELFNOTE_PHYS32_ENTRY (xen/include/public/elfnote.h): the desc is the physical
 * entry address. QEMU (hw/i386/x86.c, read_pvh_start_addr) reads it as a 64-bit value
 * from an ELF64, so it is a .quad, and the note is 4-byte aligned (p_align 4). */
        .section .note.Xen, "a", @note
        .balign 4
        .long 4                   /* namesz: "Xen\0" */
        .long 8                   /* descsz */
        .long 18                  /* XEN_ELFNOTE_PHYS32_ENTRY */
        .asciz "Xen"
        .balign 4
        .quad floor_entry

        .section .text, "ax"
        .code32
        .globl floor_entry
floor_entry:
        cli
        mov     $message, %esi
1:      lodsb
        test    %al, %al
        jz      poweroff
        mov     %al, %bl
        mov     $COM1 + 5, %dx
2:      inb     %dx, %al
        test    $LSR_THRE, %al
        jz      2b
        mov     $COM1, %dx
        mov     %bl, %al
        outb    %al, %dx
        jmp     1b

/* ACPI S5 through PM1a_CNT (ACPI 6.5 §4.8.3.2.1: SLP_TYPx in bits 10-12, SLP_EN bit 13).
 * QEMU's DSDT declares \_S5 with SLP_TYP 0 on pc and q35. The PM1 block is where the
 * firmware programmed it: SeaBIOS puts PIIX4's (pc) at 0xb000 and ICH9's (q35) at 0x600,
 * so PM1a_CNT is 0xb004 or 0x604; the floor tries both rather than parse the FADT (the
 * real kernel does parse it). A write to the unused one hits an unassigned port. */
poweroff:
        mov     $0x2000, %ax
        mov     $0x604, %dx
        outw    %ax, %dx
        mov     $0xb004, %dx
        outw    %ax, %dx
3:      hlt
        jmp     3b

        .section .rodata, "a"
message:
        .asciz  "floor ready\n"
