package myos.kernel.arch.x86_64;

import myos.kernel.time.Calibration;

/**
 * The 8254 Programmable Interval Timer, used only as the reference clock for calibrating
 * the TSC and the LAPIC timer. Channel 2 is the one software can both gate and observe
 * without interrupts: port 0x61 bit 0 is its GATE, bit 1 the speaker enable (kept off),
 * bit 5 its OUT pin (IBM PC/AT Technical Reference, system control port B). In mode 0
 * ("interrupt on terminal count", 8254 data sheet) OUT goes high when the count expires.
 */
public final class Pit {
    static final int CHANNEL2 = 0x42, COMMAND = 0x43, PORT_B = 0x61;
    /** Channel 2, lobyte/hibyte access, mode 0, binary. */
    static final int CMD_CH2_MODE0 = 0xb0;
    static final int GATE2 = 0x01, SPEAKER = 0x02, OUT2 = 0x20;
    /** Polls before giving up on a PIT that never expires (e.g. no PIT on the machine). */
    private static final int MAX_POLLS = 50_000_000;

    private final PortIo io;

    public Pit(PortIo io) {
        this.io = io;
    }

    /** Gate low, speaker off, channel 2 in mode 0: ready for {@link #startOneShot}. */
    public void prepare() {
        io.out8(PORT_B, io.in8(PORT_B) & ~(GATE2 | SPEAKER));
        io.out8(COMMAND, CMD_CH2_MODE0);
    }

    /**
     * Loads the count and raises the gate: the one-shot runs from here. (A real 8254 starts
     * counting in mode 0 once the count is loaded and GATE is high; QEMU's model ignores GATE
     * in mode 0 and starts at the load. Loading last, right before the gate, makes both
     * start within a few port writes of the caller's first time stamp.)
     */
    public void startOneShot(int ticks) {
        io.out8(CHANNEL2, ticks & 0xff);
        io.out8(CHANNEL2, (ticks >>> 8) & 0xff);
        io.out8(PORT_B, (io.in8(PORT_B) & ~SPEAKER) | GATE2);
    }

    /** Spins until OUT2 rises; false if it never did. */
    public boolean waitExpired() {
        for (int i = 0; i < MAX_POLLS; i++) {
            if ((io.in8(PORT_B) & OUT2) != 0) return true;
        }
        return false;
    }

    /** Measures the TSC frequency over one {@link Calibration#WINDOW_PIT_TICKS} window; 0 on failure. */
    public long calibrateTsc(TscSource tsc) {
        prepare();
        long t0 = tsc.read();
        startOneShot(Calibration.WINDOW_PIT_TICKS);
        if (!waitExpired()) return 0;
        return Calibration.hz(tsc.read() - t0, Calibration.WINDOW_PIT_TICKS);
    }

    /** Reads the TSC (rdtsc in the kernel, a fake in tests). */
    public interface TscSource {
        long read();
    }
}
