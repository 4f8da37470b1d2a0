package myos.kernel.arch.x86_64;

import myos.kernel.mm.PhysicalMemory;
import myos.rt.NoAllocation;

/**
 * The local APIC in xAPIC mode (SDM Vol. 3A Chapter 12): memory-mapped registers at its
 * base (0xfee00000 unless the MADT says otherwise), reached through an uncached mapping.
 * Used for end-of-interrupt and the per-CPU timer. Register offsets: Table 12-1.
 */
public final class Lapic {
    static final int ID = 0x20, TPR = 0x80, EOI = 0xb0, SVR = 0xf0;
    static final int LVT_TIMER = 0x320, LVT_LINT0 = 0x350, LVT_LINT1 = 0x360, LVT_ERROR = 0x370;
    static final int TIMER_INITIAL = 0x380, TIMER_CURRENT = 0x390, TIMER_DIVIDE = 0x3e0;
    static final int SVR_ENABLE = 1 << 8;
    static final int LVT_MASKED = 1 << 16;
    static final int TIMER_PERIODIC = 1 << 17;
    /** Divide configuration 0b1011: divide by 1 (SDM Vol. 3A Figure 12-10). */
    static final int DIVIDE_BY_1 = 0xb;

    private final PhysicalMemory mmio;
    private final long base;

    public Lapic(PhysicalMemory mmio, long base) {
        this.mmio = mmio;
        this.base = base;
    }

    public int id() {
        return mmio.load32(base + ID) >>> 24;
    }

    /** Software-enables the APIC with {@code spuriousVector}, accepts all priorities, masks LINT0/1. */
    public void enable(int spuriousVector, int errorVector) {
        mmio.store32(base + TPR, 0);
        mmio.store32(base + LVT_LINT0, LVT_MASKED);
        mmio.store32(base + LVT_LINT1, LVT_MASKED);
        mmio.store32(base + LVT_ERROR, errorVector);
        mmio.store32(base + SVR, SVR_ENABLE | spuriousVector);
    }

    /** Signals end of interrupt (any value; SDM §12.8.5). */
    @NoAllocation(reason = "interrupt handlers")
    public void eoi() {
        mmio.store32(base + EOI, 0);
    }

    /** Starts the count-down at {@code initial} with the timer masked (for calibration). */
    public void startCountdown(int initial) {
        mmio.store32(base + TIMER_DIVIDE, DIVIDE_BY_1);
        mmio.store32(base + LVT_TIMER, LVT_MASKED);
        mmio.store32(base + TIMER_INITIAL, initial);
    }

    public long currentCount() {
        return mmio.load32(base + TIMER_CURRENT) & 0xffffffffL;
    }

    /** Periodic interrupts on {@code vector} every {@code initial} bus ticks (divide by 1). */
    public void startPeriodic(int vector, int initial) {
        mmio.store32(base + TIMER_DIVIDE, DIVIDE_BY_1);
        mmio.store32(base + LVT_TIMER, TIMER_PERIODIC | vector);
        mmio.store32(base + TIMER_INITIAL, initial);
    }

    public void stopTimer() {
        mmio.store32(base + LVT_TIMER, LVT_MASKED);
        mmio.store32(base + TIMER_INITIAL, 0);
    }
}
