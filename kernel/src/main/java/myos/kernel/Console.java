package myos.kernel;

import myos.kernel.arch.x86_64.Uart16550;
import myos.kernel.log.Fmt;
import myos.kernel.log.Kmsg;
import myos.kernel.time.TscClock;
import myos.rt.Cpu;
import myos.rt.NoAllocation;

/**
 * The kernel's log output: every message goes into the kmsg ring with its time since reset,
 * and to the serial console when its level is below the console loglevel (Linux semantics).
 * Lines are built in preallocated {@link Fmt} buffers, so logging never allocates.
 */
public final class Console {
    private final Uart16550 uart;
    private final Kmsg kmsg;
    private final Fmt out = new Fmt(Kmsg.MAX_TEXT + 32);
    private final Fmt scratch = new Fmt(Kmsg.MAX_TEXT);
    private TscClock clock;
    private int loglevel;

    public Console(Uart16550 uart, Kmsg kmsg, int loglevel) {
        this.uart = uart;
        this.kmsg = kmsg;
        this.loglevel = loglevel;
    }

    public Kmsg kmsg() {
        return kmsg;
    }

    public Uart16550 uart() {
        return uart;
    }

    public void setClock(TscClock clock) {
        this.clock = clock;
    }

    /** Nanoseconds since reset (0 until the TSC is calibrated). */
    @NoAllocation(reason = "logging")
    public long now() {
        return clock == null ? 0 : clock.nanos(Cpu.rdtsc());
    }

    /** A line buffer for building one message (not reentrant: one logger at a time). */
    public Fmt line() {
        return scratch.clear();
    }

    @NoAllocation(reason = "logging from interrupt handlers")
    public void log(int level, Fmt line) {
        long t = now();
        kmsg.append(level, t, line);
        if (level < loglevel) {
            out.clear().timestamp(t).ch(' ').bytes(line.buffer(), 0, line.length()).ch('\n');
            uart.write(out.buffer(), 0, out.length());
        }
    }

    public void info(String message) {
        log(Kmsg.INFO, line().str(message));
    }

    /** Console-only output of a finished line (the panic path prints what kmsg already has). */
    @NoAllocation(reason = "panic path")
    public void raw(Fmt line) {
        uart.write(line.buffer(), 0, line.length());
        uart.put('\r');
        uart.put('\n');
    }
}
