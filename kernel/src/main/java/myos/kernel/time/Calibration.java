package myos.kernel.time;

/**
 * Turns counts measured over a PIT interval into frequencies. The PIT's input clock is
 * 1.193182 MHz (Intel 8254 data sheet; the PC's 14.31818 MHz crystal divided by 12), so a
 * one-shot of {@code pitTicks} lasts pitTicks / 1193182 s.
 */
public final class Calibration {
    public static final long PIT_HZ = 1_193_182L;
    /** A 10 ms window: long enough for 0.1% resolution, short enough for fast boots. */
    public static final int WINDOW_PIT_TICKS = 11932;

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
