package myos.kernel;

import myos.kernel.acpi.AcpiTables;
import myos.kernel.acpi.Fadt;
import myos.kernel.acpi.Madt;
import myos.kernel.arch.x86_64.Cmos;
import myos.kernel.arch.x86_64.CpuFeatures;
import myos.kernel.arch.x86_64.CpuPorts;
import myos.kernel.arch.x86_64.CpuTables;
import myos.kernel.arch.x86_64.Descriptors;
import myos.kernel.arch.x86_64.IoApic;
import myos.kernel.arch.x86_64.Lapic;
import myos.kernel.arch.x86_64.Pic8259;
import myos.kernel.arch.x86_64.Pit;
import myos.kernel.arch.x86_64.TrapFrame;
import myos.kernel.arch.x86_64.Uart16550;
import myos.kernel.boot.BootParams;
import myos.kernel.boot.CommandLine;
import myos.kernel.log.Fmt;
import myos.kernel.log.Kmsg;
import myos.kernel.mm.DirectMap;
import myos.kernel.mm.FrameAllocator;
import myos.kernel.mm.HeapPool;
import myos.kernel.mm.ImageLayout;
import myos.kernel.mm.KernelMappings;
import myos.kernel.mm.KernelStacks;
import myos.kernel.mm.Layout;
import myos.kernel.mm.MemoryMap;
import myos.kernel.mm.PageTable;
import myos.kernel.mm.RangeSet;
import myos.kernel.sched.Scheduler;
import myos.kernel.sched.Task;
import myos.kernel.time.Calibration;
import myos.kernel.time.TscClock;
import myos.rt.Cpu;
import myos.rt.Mem;
import myos.rt.NoAllocation;

/**
 * The kernel's Java main: the boot sequence of issue 4, each stage logged with its time
 * since reset, then {@code kernel ready} and ACPI poweroff. Start.kernelMain (the runtime)
 * has already set up the garbage-collected heap on the image's seed frames.
 *
 * <p>The fields are the few singletons that are the machine itself (DESIGN.md §7).
 */
public final class Kernel {
    public static final String VERSION = "MyOS2026 v0.1.0";
    static final int TICK_HZ = 100;
    static final int SLICE_TICKS = 2;
    static final int KMSG_BYTES = 1 << 16;
    /** The heap gets at most this share of the free frames (the rest stays for page tables, DMA, stacks). */
    static final int HEAP_SHARE_PERCENT = 50;

    static DirectMap mem;
    static Console console;
    static Lapic lapic;
    static TscClock clock;
    static Scheduler scheduler;
    static Tasks tasks;
    static SystemCalls systemCalls;
    static long ticks;

    private Kernel() {}

    public static void main(String[] args) {
        long javaMainTsc = Cpu.rdtsc();
        long bi = Layout.BOOT_INFO;
        DirectMap mem = new DirectMap();
        Kernel.mem = mem;
        BootParams boot = BootParams.parse(mem, (int) Mem.loadVolatile64(bi + Layout.BI_MAGIC), Mem.loadVolatile64(bi + Layout.BI_INFO));
        CommandLine cmdline = new CommandLine(boot.cmdline);
        CpuPorts ports = CpuPorts.INSTANCE;
        // ACPI is read while the boot tables still map the low 4 GiB (its tables are not RAM).
        AcpiTables acpi = new AcpiTables(mem, boot.acpiRsdt, boot.acpiXsdt);
        Madt madt = Madt.read(acpi);
        Fadt fadt = Fadt.read(acpi);
        lapic = new Lapic(mem, madt.lapicAddress);            // reached through the boot direct map for now
        lapic.enable(Traps.SPURIOUS_VECTOR, Traps.ERROR_VECTOR);
        long lapicHz = calibrate(ports);
        if (clock != null) Mem.storeVolatile64(bi + Layout.BI_TSC_HZ, clock.hz());

        Uart16550 uart = new Uart16550(ports, Uart16550.portOf(cmdline.serialPort()));
        uart.init(cmdline.baud());
        Mem.storeVolatile64(bi + Layout.BI_CONSOLE_PORT, uart.present() ? uart.base() : 0);
        console = new Console(uart, new Kmsg(KMSG_BYTES), cmdline.loglevel());
        console.setClock(clock);
        console.info(VERSION);
        if (clock != null) {
            // Where boot time goes before the first line: firmware + loader (until the 32-bit
            // entry), then the assembly and the runtime's start-up (until Kernel.main).
            console.log(Kmsg.INFO, console.line().str("entered the kernel at ")
                .dec(clock.nanos(Mem.loadVolatile64(bi + Layout.BI_TSC_ENTRY)) / 1000).str(" us, Kernel.main at ")
                .dec(clock.nanos(javaMainTsc) / 1000).str(" us since reset"));
        }
        Fmt booted = console.line().str("booted by ").str(boot.protocol);
        if (boot.loaderName.length > 0) booted.str(" (").bytes(boot.loaderName, 0, boot.loaderName.length).str(")");
        console.log(Kmsg.INFO, booted.str(", command line: ").bytes(boot.cmdline, 0, boot.cmdline.length));
        if (!cmdline.warnings().isEmpty()) console.log(Kmsg.WARNING, console.line().str(cmdline.warnings()));
        console.info("[1] UART ok");
        if (!Power.prepare(ports, fadt)) console.log(Kmsg.WARNING, console.line().str("no ACPI S5: poweroff will halt"));

        CpuFeatures cpu = CpuFeatures.detect();
        FrameAllocator frames = memory(boot.memoryMap, cpu, madt);
        donateToHeap(frames);
        Panic.init(mem);

        CpuTables tables = CpuTables.build(mem, frames, Mem.loadVolatile64(bi + Layout.BI_ISR_STUBS));
        tables.load();
        long cr4 = cpu.enableProtection();
        Pic8259.disable(ports);
        new IoApic(mem, madt.ioapicAddress, madt.ioapicGsiBase).maskAll();
        console.log(Kmsg.INFO, console.line().str("[3] interrupts ok (NX ").str(cpu.nx ? "on" : "absent")
            .str(", SMEP ").str(onOff(cr4, CpuFeatures.CR4_SMEP)).str(", SMAP ").str(onOff(cr4, CpuFeatures.CR4_SMAP))
            .str(", UMIP ").str(onOff(cr4, CpuFeatures.CR4_UMIP)).ch(')'));

        KernelStacks stacks = new KernelStacks(kernelTables, frames, cpu.nx);
        tasks = new Tasks(frames, stacks, tables);
        Task bootTask = tasks.adoptCurrent("boot");
        scheduler = new Scheduler(bootTask, tasks.idle(), SLICE_TICKS);
        KernelThreads.init();
        lapic.startPeriodic(Traps.TIMER_VECTOR, Calibration.lapicInitialCount(lapicHz, TICK_HZ));
        Cpu.sti();
        wallClock(ports);
        console.log(Kmsg.INFO, console.line().str("[4] timer ok (TSC ").dec(clock == null ? 0 : clock.hz() / 1_000_000)
            .str(" MHz, LAPIC timer ").dec(lapicHz / 1_000_000).str(" MHz, ").dec(TICK_HZ).str(" Hz tick)"));

        Runtime rt = Runtime.getRuntime();
        console.log(Kmsg.INFO, console.line().str("[5] heap ok (").dec(rt.totalMemory() >> 10).str(" KiB reserved, ")
            .dec(rt.freeMemory() >> 10).str(" KiB free, max ").dec(rt.maxMemory() >> 20).str(" MiB)"));

        systemCalls = new SystemCalls(frames, kernelTables, cpu.nx);
        systemCalls.enable(Descriptors.STAR);
        console.info("[6] syscall ok");
        DebugTests.run(cmdline);
        console.info("kernel ready");
        Power.off();
    }

    static PageTable kernelTables;

    /** Stage 2: frames, the kernel's own page tables, CR3. */
    private static FrameAllocator memory(MemoryMap map, CpuFeatures cpu, Madt madt) {
        long bi = Layout.BOOT_INFO;
        RangeSet usable = map.usable();
        usable.remove(0, 1L << 20);                                   // BIOS data, EBDA, ROMs, AP trampoline later
        usable.remove(Layout.imagePhys(Mem.loadVolatile64(bi + Layout.BI_IMAGE_START)), Layout.imagePhys(Mem.loadVolatile64(bi + Layout.BI_IMAGE_END)));
        FrameAllocator frames = new FrameAllocator(mem, usable);
        RangeSet ram = new RangeSet();
        for (int i = 0; i < map.count(); i++) {
            if (map.type(i) == MemoryMap.TYPE_RAM) ram.add(map.base(i), map.base(i) + map.length(i));
        }
        ram.alignInward(Layout.PAGE_SIZE);
        ImageLayout img = new ImageLayout(Mem.loadVolatile64(bi + Layout.BI_TEXT_START), Mem.loadVolatile64(bi + Layout.BI_TEXT_END),
            Mem.loadVolatile64(bi + Layout.BI_RODATA_START), Mem.loadVolatile64(bi + Layout.BI_RODATA_END),
            Mem.loadVolatile64(bi + Layout.BI_DATA_START), Mem.loadVolatile64(bi + Layout.BI_IMAGE_END),
            Mem.loadVolatile64(bi + Layout.BI_STACK_LOW) - Layout.PAGE_SIZE);
        PageTable pt = KernelMappings.build(mem, frames, img, ram, cpu.nx);
        KernelMappings.mapMmio(pt, madt.lapicAddress, Layout.PAGE_SIZE, cpu.nx);
        KernelMappings.mapMmio(pt, madt.ioapicAddress, Layout.PAGE_SIZE, cpu.nx);
        long bootPml4 = Mem.loadVolatile64(bi + Layout.BI_BOOT_TABLES);
        pt.setTopLevel(Layout.HEAP_PML4_SLOT, mem.load64(bootPml4 + 8L * Layout.HEAP_PML4_SLOT));
        Cpu.writeCr3(pt.root());
        kernelTables = pt;
        console.log(Kmsg.INFO, console.line().str("[2] mm ok (").dec(frames.totalFrames() >> 8).str(" MiB usable)"));
        return frames;
    }

    /** Gives the garbage-collected heap its share of memory (docs/abi.md, the frame pool). */
    private static void donateToHeap(FrameAllocator frames) {
        long maxPages = Runtime.getRuntime().maxMemory() / Layout.PAGE_SIZE;
        long share = frames.freeFrames() * HEAP_SHARE_PERCENT / 100;
        new HeapPool(mem, Layout.BOOT_INFO_PHYS).grantRange(frames, Math.min(maxPages, share));
    }

    /**
     * Measures the TSC and the LAPIC timer against the PIT: {@link Calibration#WINDOWS}
     * one-shots of {@link Calibration#WINDOW_PIT_TICKS} on channel 2, both counters read
     * around each; the window with the fewest TSC ticks is the one observed with the least
     * delay. Sets {@link #clock}; returns the LAPIC timer's frequency (0 if the PIT never fired).
     */
    private static long calibrate(CpuPorts ports) {
        Pit pit = new Pit(ports);
        lapic.startCountdown(-1);
        long bestTsc = Long.MAX_VALUE, bestLapic = 0;
        for (int w = 0; w < Calibration.WINDOWS; w++) {
            pit.prepare();
            long c0 = lapic.currentCount();
            long t0 = Cpu.rdtsc();
            pit.startOneShot(Calibration.WINDOW_PIT_TICKS);
            if (!pit.waitExpired()) return 0;
            long t1 = Cpu.rdtsc();
            long c1 = lapic.currentCount();
            if (t1 - t0 < bestTsc) {
                bestTsc = t1 - t0;
                bestLapic = c0 - c1;
            }
        }
        long tscHz = Calibration.hz(bestTsc, Calibration.WINDOW_PIT_TICKS);
        clock = tscHz > 0 ? new TscClock(tscHz) : null;
        return Calibration.hz(bestLapic, Calibration.WINDOW_PIT_TICKS);
    }

    /** Publishes Unix time at TSC 0, so the runtime's currentTimeMillis works. */
    private static void wallClock(CpuPorts ports) {
        long epoch = new Cmos(ports).epochSeconds();
        if (epoch < 0 || clock == null) return;
        Mem.storeVolatile64(Layout.BOOT_INFO + Layout.BI_WALL_EPOCH_NS, epoch * 1_000_000_000L - console.now());
    }

    private static String onOff(long cr4, long bit) {
        return (cr4 & bit) != 0 ? "on" : "absent";
    }

    /** The timer interrupt: acknowledge, then let the scheduler preempt. */
    @NoAllocation(reason = "timer interrupt")
    static void timerInterrupt() {
        ticks++;
        lapic.eoi();
        Scheduler s = scheduler;
        if (s == null) return;
        Task prev = s.current();
        tasks.apply(s, prev, s.tick(console.now()));
    }

    /** An exception in user mode: report it and end the task (signals come with processes). */
    @NoAllocation(reason = "exception handler")
    static void userFault(long frame, String exception) {
        Fmt line = console.line().str("user task ").str(scheduler.current().name).str(": ").str(exception)
            .str(" at rip ").hex(TrapFrame.get(frame, TrapFrame.RIP));
        if (TrapFrame.get(frame, TrapFrame.VECTOR) == 14) line.str(" address ").hex(Cpu.readCr2());
        console.log(Kmsg.ERR, line);
        systemCalls.exitCurrent(139);
    }

    @NoAllocation(reason = "system-call path")
    static long syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        return systemCalls.dispatch(nr, a0, a1, a2, a3, a4, a5);
    }
}
