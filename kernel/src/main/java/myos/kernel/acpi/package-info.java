/**
 * The few ACPI tables the kernel reads (ACPI 6.5 §5.2): the FADT and the DSDT's \_S5
 * object for poweroff, and the MADT for the interrupt controllers. No AML interpreter:
 * the \_S5 package is found by its byte pattern, which is what QEMU's and most
 * firmware's DSDTs allow. Portable code over {@link myos.kernel.mm.PhysicalMemory},
 * read once at boot (allocation is fine); tested on the host over hand-built tables.
 */
package myos.kernel.acpi;
