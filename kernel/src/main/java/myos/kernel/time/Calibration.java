package myos.kernel.time;

/**
 * Turns counts measured over a PIT interval into frequencies. The PIT's input clock is
 * 1.193182 MHz (Intel 8254 data sheet; the PC's 14.31818 MHz crystal divided by 12), so a
 * one-shot of {@code pitTicks} lasts pitTicks / 1193182 s.
 */
public final class Calibration {
    public static final long PIT_HZ = 1_193_182L;
    /**
     * A 5 ms window: the PIT tick is 0.84 us, so the window is known to 0.02%; the error that
     * remains is the polling latency at both ends (a few us, ~0.1%). Boot time pays for it
     * once, so it is kept short (issue 4: boot within 100 ms of the QEMU floor).
     */
    public static final int WINDOW_PIT_TICKS = 5966;

    private Calibration() {}

    /** Frequency of a counter that advanced {@code counted} during {@code pitTicks} PIT ticks. */
    public static long hz(long counted, int pitTicks) {
        return counted * PIT_HZ / pitTicks;
    }

    /** LAPIC timer initial count for a periodic tick of {@code tickHz} given its measured rate. */
    public static int lapicInitialCount(long lapicHz, int tickHz) {
        long c = lapicHz / tickHz;
        return c <= 0 ? 1 : (int) Math.min(c, 0xffffffffL);
    }
}
