package myos.kernel.arch.x86_64;

import myos.rt.NoAllocation;

/**
 * The 16550A UART (National Semiconductor PC16550D data sheet) in polled mode: the serial
 * console. Registers at base+0..7; with LCR.DLAB = 1, offsets 0/1 are the baud divisor
 * (latch low/high) against the 1.8432 MHz clock, i.e. divisor = 115200 / baud.
 *
 * <p>{@link #init} also probes: in loopback mode (MCR bit 4) what is written to THR comes
 * back in RBR, so a port with no UART behind it (all ones on the ISA bus) is detected and
 * the console falls back to silence rather than spinning forever on LSR.
 */
public final class Uart16550 {
    public static final int COM1 = 0x3f8, COM2 = 0x2f8, COM3 = 0x3e8, COM4 = 0x2e8;
    private static final int[] PORTS = {COM1, COM2, COM3, COM4};

    static final int RBR_THR = 0, IER = 1, FCR = 2, LCR = 3, MCR = 4, LSR = 5;
    static final int LCR_DLAB = 0x80, LCR_8N1 = 0x03;
    /** FIFO enable, clear receive and transmit FIFOs, receive trigger at 14 bytes. */
    static final int FCR_ENABLE_CLEAR_14 = 0xc7;
    /** DTR, RTS, OUT2 (OUT2 gates the interrupt line on PCs). */
    static final int MCR_NORMAL = 0x0b;
    static final int MCR_LOOPBACK = 0x1e;
    static final int LSR_DATA_READY = 0x01, LSR_THRE = 0x20;
    private static final int PROBE_BYTE = 0xae;
    /** Polls of LSR before a write gives up (a wedged UART must not hang the kernel). */
    private static final int MAX_POLLS = 1 << 20;

    private final PortIo io;
    private final int base;
    private boolean present;

    public Uart16550(PortIo io, int base) {
        this.io = io;
        this.base = base;
    }

    /** I/O base of ttyS{@code n} (n = 0..3), the legacy PC assignment. */
    public static int portOf(int n) {
        return PORTS[n];
    }

    public int base() {
        return base;
    }

    public boolean present() {
        return present;
    }

    /** Programs 8N1 at {@code baud} (must divide 115200) with FIFOs; returns whether a UART answered. */
    public boolean init(int baud) {
        int divisor = 115200 / baud;
        io.out8(base + IER, 0);
        io.out8(base + LCR, LCR_DLAB);
        io.out8(base + RBR_THR, divisor & 0xff);
        io.out8(base + IER, divisor >>> 8);
        io.out8(base + LCR, LCR_8N1);
        io.out8(base + FCR, FCR_ENABLE_CLEAR_14);
        io.out8(base + MCR, MCR_LOOPBACK);
        io.out8(base + RBR_THR, PROBE_BYTE);
        present = (io.in8(base + LSR) & LSR_DATA_READY) != 0 && io.in8(base + RBR_THR) == PROBE_BYTE;
        io.out8(base + MCR, MCR_NORMAL);
        return present;
    }

    /** Sends one byte, waiting for the transmit holding register. */
    @NoAllocation(reason = "console output from interrupt handlers and panic")
    public void put(int b) {
        if (!present) return;
        for (int i = 0; i < MAX_POLLS && (io.in8(base + LSR) & LSR_THRE) == 0; i++) { }
        io.out8(base + RBR_THR, b);
    }

    /** Sends bytes, turning "\n" into "\r\n" for terminals. */
    @NoAllocation(reason = "console output from interrupt handlers and panic")
    public void write(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            int c = b[off + i] & 0xff;
            if (c == '\n') put('\r');
            put(c);
        }
    }

    /** A received byte, or -1 if none is waiting. */
    @NoAllocation(reason = "polled from the console")
    public int poll() {
        if (!present || (io.in8(base + LSR) & LSR_DATA_READY) == 0) return -1;
        return io.in8(base + RBR_THR);
    }
}
