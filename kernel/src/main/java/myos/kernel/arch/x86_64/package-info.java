/**
 * The x86-64 machine: descriptor tables, interrupt controllers, timers, the serial port and
 * the CPU's protection features.
 *
 * <p><b>What it does.</b> {@link myos.kernel.arch.x86_64.CpuTables} builds the GDT (laid out
 * for SYSCALL/SYSRET), the TSS with IST stacks for #DF, #PF, NMI and #MC, and the IDT whose
 * 256 gates point at the assembly stubs (kernel/src/main/asm/cpu/trap.S);
 * {@link myos.kernel.arch.x86_64.Lapic} and {@link myos.kernel.arch.x86_64.IoApic} replace
 * the legacy 8259s (remapped and masked by {@link myos.kernel.arch.x86_64.Pic8259});
 * {@link myos.kernel.arch.x86_64.Pit} is only the reference clock for calibration;
 * {@link myos.kernel.arch.x86_64.Cmos} gives wall-clock time;
 * {@link myos.kernel.arch.x86_64.Uart16550} is the console.
 *
 * <p><b>Why this way.</b> Devices are driven through two small interfaces, port I/O
 * ({@link myos.kernel.arch.x86_64.PortIo}) and physical memory
 * ({@link myos.kernel.mm.PhysicalMemory}, the direct map for MMIO), so that their register
 * protocols are tested on the host against device models. Descriptor encodings are pure
 * functions ({@link myos.kernel.arch.x86_64.Descriptors}) checked against known values.
 *
 * <p><b>Invariants.</b> Everything the CPU reads (tables, IST stacks) lives in frames, never
 * in the garbage-collected heap. Interrupt handlers run with interrupts off, on the
 * interrupted stack or an IST stack, and never allocate. The kernel's segment selectors
 * equal the boot GDT's, so reloading the GDT needs no segment reload.
 *
 * <p><b>Locking.</b> One CPU: "interrupts off" protects the LAPIC and the scheduler. The
 * other CPUs stay parked in the firmware (no INIT-SIPI yet).
 */
package myos.kernel.arch.x86_64;
