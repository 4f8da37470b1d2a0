package myos.kernel;

import myos.kernel.acpi.Fadt;
import myos.kernel.arch.x86_64.PortIo;
import myos.kernel.mm.Layout;
import myos.rt.Cpu;
import myos.rt.Mem;
import myos.rt.NoAllocation;

/**
 * ACPI soft-off (S5). {@link #prepare} switches the chipset into ACPI mode if the firmware
 * left it in legacy mode (write ACPI_ENABLE to SMI_CMD, then wait for SCI_EN; ACPI 6.5
 * §16.3.1) and publishes the PM1 control ports and S5 values in the boot-info block, where
 * the runtime's Os.exit (System.exit) finds them too. {@link #off} writes
 * SLP_TYP | SLP_EN (§4.8.3.2.1); QEMU exits when the guest does this.
 */
public final class Power {
    private Power() {}

    /** Returns false when the machine has no usable FADT/\_S5 (poweroff will then just halt). */
    public static boolean prepare(PortIo io, Fadt fadt) {
        if (fadt == null || fadt.pm1aControl == 0 || fadt.s5TypeA < 0) return false;
        if ((io.in16(fadt.pm1aControl) & Fadt.SCI_EN) == 0 && fadt.smiCommand != 0 && fadt.acpiEnable != 0) {
            io.out8(fadt.smiCommand, fadt.acpiEnable);
            for (int i = 0; i < 1_000_000 && (io.in16(fadt.pm1aControl) & Fadt.SCI_EN) == 0; i++) Mem.pause();
        }
        long bi = Layout.BOOT_INFO;
        Mem.storeVolatile64(bi + Layout.BI_PM1A_S5, (fadt.s5TypeA << Fadt.SLP_TYP_SHIFT) | Fadt.SLP_EN);
        Mem.storeVolatile64(bi + Layout.BI_PM1A_CNT, fadt.pm1aControl);
        if (fadt.pm1bControl != 0 && fadt.s5TypeB >= 0) {
            Mem.storeVolatile64(bi + Layout.BI_PM1B_S5, (fadt.s5TypeB << Fadt.SLP_TYP_SHIFT) | Fadt.SLP_EN);
            Mem.storeVolatile64(bi + Layout.BI_PM1B_CNT, fadt.pm1bControl);
        }
        return true;
    }

    /** Powers off (or halts forever if that is impossible). Never returns. */
    @NoAllocation(reason = "panic path")
    public static void off() {
        long bi = Layout.BOOT_INFO;
        Cpu.cli();
        long a = Mem.loadVolatile64(bi + Layout.BI_PM1A_CNT), b = Mem.loadVolatile64(bi + Layout.BI_PM1B_CNT);
        if (a != 0) Cpu.outw((int) a, (int) Mem.loadVolatile64(bi + Layout.BI_PM1A_S5));
        if (b != 0) Cpu.outw((int) b, (int) Mem.loadVolatile64(bi + Layout.BI_PM1B_S5));
        for (;;) Cpu.hlt();
    }
}
