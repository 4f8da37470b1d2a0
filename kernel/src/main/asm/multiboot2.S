/*
 * Multiboot2 header (The Multiboot2 Specification, version 2.0, §3.1). GRUB finds it in
 * the first 32 KiB of the file, 8-byte aligned; kernel.ld puts it first in the image.
 *
 * There is deliberately no multiboot1 header: QEMU's `-kernel` prefers multiboot1 and
 * then refuses a 64-bit ELF; without one it takes the PVH note (pvh.S) instead.
 *
 * Architecture 0 means 32-bit protected mode entry (§3.1.3). The entry-address tag (§3.1.6)
 * names mb2_entry in the low-linked boot section. Without an EFI boot-services tag (§3.1.11),
 * GRUB on UEFI calls ExitBootServices and enters the same 32-bit entry (§3.2), so one
 * entry serves BIOS and UEFI.
 */
#define MB2_HEADER_MAGIC    0xe85250d6
#define MB2_ARCH_I386       0
#define MB2_TAG_END         0
#define MB2_TAG_ENTRY       3

        .section .multiboot2, "a"
        .balign 8
mb2_header:
        .long   MB2_HEADER_MAGIC
        .long   MB2_ARCH_I386
        .long   mb2_header_end - mb2_header
        .long   -(MB2_HEADER_MAGIC + MB2_ARCH_I386 + (mb2_header_end - mb2_header))

        .balign 8
        .short  MB2_TAG_ENTRY
        .short  0                       /* flags: not optional */
        .long   12
        .long   mb2_entry

        .balign 8
        .short  MB2_TAG_END
        .short  0
        .long   8
mb2_header_end:

        .section .note.GNU-stack, "", @progbits
