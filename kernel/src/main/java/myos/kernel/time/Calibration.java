package myos.kernel.time;

/**
 * Turns counts measured over a PIT interval into frequencies. The PIT's input clock is
 * 1.193182 MHz (Intel 8254 data sheet; the PC's 14.31818 MHz crystal divided by 12), so a
 * one-shot of {@code pitTicks} lasts pitTicks / 1193182 s.
 */
public final class Calibration {
    public static final long PIT_HZ = 1_193_182L;
    /**
     * A 2 ms window, measured {@link #WINDOWS} times: the PIT tick is 0.84 us, so a window is
     * known to 0.05%. What remains is lateness in seeing the PIT expire, which only ever makes
     * a window look longer (under a loaded host a virtual CPU can be descheduled for
     * milliseconds), so the shortest of several windows is the best estimate. 6 ms in all:
     * boot time pays for it (issue 4: boot within 100 ms of the QEMU floor).
     */
    public static final int WINDOW_PIT_TICKS = 2386;
    public static final int WINDOWS = 3;

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
