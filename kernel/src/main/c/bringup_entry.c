/*
 * TEMPORARY BRING-UP PATH — not the kernel. Linked into dist/kernel.elf only until the
 * compiler's `kernel` target can build the Java kernel (issue 3); then
 * tools/build.d/20-kernel.sh links the compiled myos.rt.Start.kernelMain instead and this
 * file is deleted. It proves the assembly entry (multiboot2 and PVH, long mode, higher
 * half, stack, %gs) by printing the boot banner on COM1 and powering off, which is all
 * the image build and the boot benchmark need from the kernel until then.
 */
#include <stdint.h>

#define COM1 0x3f8
#define MB2_BOOTLOADER_MAGIC 0x36d76289u
#define PVH_START_MAGIC 0x336ec578u

static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" :: "a"(v), "Nd"(port)); }
static inline void outw(uint16_t port, uint16_t v) { __asm__ volatile("outw %0, %1" :: "a"(v), "Nd"(port)); }
static inline uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }

static void putc_(char c) {
    while (!(inb(COM1 + 5) & 0x20)) { }
    outb(COM1, (uint8_t)c);
}

static void puts_(const char *s) {
    for (; *s; s++) {
        if (*s == '\n') putc_('\r');
        putc_(*s);
    }
}

void myos_kernel_entry(uint64_t magic, uint64_t info) {
    (void)info;
    puts_("MyOS2026 v0.1.0 (bring-up entry, Java kernel not linked yet)\n");
    if (magic == MB2_BOOTLOADER_MAGIC) puts_("booted by multiboot2\n");
    else if (magic == PVH_START_MAGIC) puts_("booted by PVH\n");
    else puts_("booted by an unknown protocol\n");
    puts_("kernel ready\n");
    /* ACPI S5 through PM1a_CNT where SeaBIOS/OVMF put it on QEMU's pc (0xb004) and q35
     * (0x604); the Java kernel reads the port from the FADT instead. */
    outw(0x604, 0x2000);
    outw(0xb004, 0x2000);
    for (;;) __asm__ volatile("cli; hlt");
}
