/**
 * What the boot loader tells the kernel, read once at boot.
 *
 * <p>Two protocols reach the same 32-bit entry code (kernel/src/main/asm): multiboot2
 * (GRUB, BIOS and UEFI; {@code %eax = 0x36d76289}) and PVH ({@code qemu -kernel};
 * {@code hvm_start_info}). {@link myos.kernel.boot.BootParams} copies their command line,
 * memory map and ACPI root-table addresses into Java objects at once, so the firmware's
 * structures may be overwritten afterwards; the parsers read them only through
 * {@link myos.kernel.mm.PhysicalMemory} and are tested on the host over hand-built
 * structures laid out as the specifications say.
 *
 * <p>{@link myos.kernel.boot.CommandLine} interprets the command line. A bad parameter
 * never stops the boot: it becomes a warning in the kernel log.
 */
package myos.kernel.boot;
