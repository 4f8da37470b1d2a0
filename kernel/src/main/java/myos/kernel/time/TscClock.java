package myos.kernel.time;

import myos.rt.NoAllocation;

/**
 * The monotonic clock: nanoseconds since reset from the time-stamp counter. The TSC starts
 * at 0 on reset (SDM Vol. 3B §18.17) and QEMU starts it at 0 with the VM, so ticks / hz is
 * the time since reset that the boot log prints. Assumes an invariant TSC (CPUID
 * 80000007h:EDX[8]; QEMU's TSC runs at a constant rate); the frequency is calibrated once
 * against the PIT ({@link Calibration}).
 */
public final class TscClock {
    private final long hz;

    public TscClock(long hz) {
        if (hz <= 0 || hz > 9_000_000_000L) throw new IllegalArgumentException("TSC frequency out of range");
        this.hz = hz;
    }

    public long hz() {
        return hz;
    }

    /**
     * ticks * 1e9 / hz without overflow: whole seconds and the remainder separately
     * ((ticks % hz) * 1e9 < hz * 1e9 < 2^63 for hz below 9.2 GHz). Integer-only, like all
     * kernel code.
     */
    @NoAllocation(reason = "clock read from interrupt handlers")
    public long nanos(long ticks) {
        return (ticks / hz) * 1_000_000_000L + (ticks % hz) * 1_000_000_000L / hz;
    }

    /** The inverse, for deadlines: TSC ticks in {@code nanos} ns. */
    @NoAllocation(reason = "timer programming")
    public long ticks(long nanos) {
        return (nanos / 1_000_000_000L) * hz + (nanos % 1_000_000_000L) * hz / 1_000_000_000L;
    }
}
