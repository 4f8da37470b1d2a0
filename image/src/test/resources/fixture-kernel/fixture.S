/*
 * TEST FIXTURE ONLY — not the MyOS2026 kernel. A stand-in used by the image tests when
 * dist/kernel.elf has not been built yet, to prove the boot path GRUB (BIOS or UEFI) →
 * multiboot2 → kernel, and QEMU's -kernel path through the PVH note. It prints which
 * protocol started it ("booted by multiboot2" when EAX holds the multiboot2 boot loader
 * magic, §3.3; else "booted by PVH", whose ABI passes no magic) and "kernel ready" on COM1,
 * then powers the machine off, like the real kernel's first and last steps.
 *
 * Both entries arrive in 32-bit protected mode with paging off (Multiboot2 spec §3.3,
 * "I386 machine state"; Xen PVH boot ABI), so one entry point serves both.
 */
#define MB2_MAGIC     0xE85250D6
#define MB2_ARCH_I386 0
#define MB2_BOOTLOADER_MAGIC 0x36d76289
#define COM1          0x3f8
#define LSR_THRE      0x20          /* 16550 line status: transmit holding register empty */
#define XEN_ELFNOTE_PHYS32_ENTRY 18

    .section .multiboot2, "a"
    .balign 8
mb2_start:
    .long MB2_MAGIC
    .long MB2_ARCH_I386
    .long mb2_end - mb2_start
    .long -(MB2_MAGIC + MB2_ARCH_I386 + (mb2_end - mb2_start))
    .short 0, 0                       /* end tag */
    .long 8
mb2_end:

    .section .note.Xen, "a", @note
    .balign 4
    .long 4                           /* namesz: "Xen\0" */
    .long 8                           /* descsz: a 64-bit ELF carries the entry as a quad */
    .long XEN_ELFNOTE_PHYS32_ENTRY
    .asciz "Xen"
    .balign 4
    .quad _start

    .text
    .code32
    .globl _start
_start:
    cli
    mov  $by_pvh, %esi
    cmp  $MB2_BOOTLOADER_MAGIC, %eax
    jne  0f
    mov  $by_mb2, %esi
0:  mov  $6f, %edi
    jmp  puts
6:  mov  $message, %esi
    mov  $3f, %edi
    jmp  puts

/* Writes the NUL-terminated string at %esi to COM1, polling the line status, then jumps to
   %edi: no stack exists yet (multiboot2 §3.3 and the PVH ABI leave ESP undefined). */
puts:
1:  movb (%esi), %al
    test %al, %al
    jz   5f
2:  mov  $COM1 + 5, %dx
    inb  %dx, %al
    test $LSR_THRE, %al
    jz   2b
    movb (%esi), %al
    mov  $COM1, %dx
    outb %al, %dx
    inc  %esi
    jmp  1b
5:  jmp  *%edi

3:  /* ACPI soft-off: SLP_EN with SLP_TYP 0, which QEMU's DSDT declares as S5. The PM1a
       control block is at 0xb004 on pc (PIIX4, PM base 0xb000 set by SeaBIOS) and at 0x604
       on q35 (ICH9, PM base 0x600); writing the other machine's port is harmless. */
    mov  $0x2000, %ax
    mov  $0xb004, %dx
    outw %ax, %dx
    mov  $0x604, %dx
    outw %ax, %dx
4:  hlt
    jmp  4b

    .section .rodata
by_mb2:
    .asciz "booted by multiboot2\r\n"
by_pvh:
    .asciz "booted by PVH\r\n"
message:
    .asciz "kernel ready\r\n"
