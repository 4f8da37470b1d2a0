/**
 * The kernel log.
 *
 * <p>{@link myos.kernel.log.Kmsg} is the message ring that {@code dmesg} and the panic
 * report read: fixed size, oldest records dropped, each with a level and a boot-relative
 * time stamp in nanoseconds (from the TSC clock, which counts from reset).
 * {@link myos.kernel.log.Fmt} builds lines in a fixed buffer with integer formatting of
 * its own.
 *
 * <p><b>Invariant.</b> Appending and formatting never allocate and never use floating
 * point, so interrupt handlers and the panic path can log (DESIGN.md §1, "Interrupt
 * handlers neither allocate nor store references"). Appends are serialised by the caller
 * (interrupts off on one CPU today, a spinlock with interrupts off under SMP).
 */
package myos.kernel.log;
