/**
 * The MyOS2026 kernel (DESIGN.md §2). Hardware code lives under {@code arch} and
 * {@code drivers}; everything else is portable and unit-tested on the host JVM.
 *
 * <p><b>Boot.</b> kernel/src/main/asm enters long mode from multiboot2 or PVH and calls the
 * runtime's {@code Start.kernelMain}, which starts the garbage-collected heap on seed frames
 * in the image and calls {@link myos.kernel.Kernel#main}: the boot sequence, each stage
 * logged with its time since reset, then {@code kernel ready} and ACPI poweroff.
 *
 * <p><b>The glue in this package</b> ties the subsystems to the machine: {@link
 * myos.kernel.Traps} (the Java side of every interrupt, exception and system call),
 * {@link myos.kernel.Panic} (always from a trap frame, so there are registers and a
 * backtrace), {@link myos.kernel.Tasks} and {@link myos.kernel.KernelThreads} (tasks and the
 * runtime's threads on the scheduler), {@link myos.kernel.SystemCalls} (the SYSCALL door),
 * {@link myos.kernel.Console}, {@link myos.kernel.Power}.
 *
 * <p><b>Rules.</b> No class initialisation on trap, panic, scheduler or system-call paths
 * (the compiler's @NoAllocation check enforces it): the objects they use are made in
 * {@code Kernel.main} and kept in the few static fields that are the machine itself.
 */
package myos.kernel;
