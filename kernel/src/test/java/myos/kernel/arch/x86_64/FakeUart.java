package myos.kernel.arch.x86_64;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;

/** A register-level model of a 16550 on the port bus: divisor latch, LCR, MCR loopback, LSR. */
final class FakeUart implements PortIo {
    final int base;
    int lcr, mcr, ier, dll, dlm, fcr;
    final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    final ArrayDeque<Integer> rx = new ArrayDeque<>();
    int lsrReads;

    FakeUart(int base) {
        this.base = base;
    }

    @Override
    public int in8(int port) {
        int r = port - base;
        if (r < 0 || r > 7) return 0xff;                 // nothing on the bus
        boolean dlab = (lcr & 0x80) != 0;
        switch (r) {
            case 0: return dlab ? dll : (rx.isEmpty() ? 0 : rx.poll());
            case 1: return dlab ? dlm : ier;
            case 3: return lcr;
            case 4: return mcr;
            case 5: lsrReads++; return 0x60 | (rx.isEmpty() ? 0 : 1);   // THRE|TEMT, DR
            default: return 0;
        }
    }

    @Override
    public void out8(int port, int v) {
        int r = port - base;
        boolean dlab = (lcr & 0x80) != 0;
        switch (r) {
            case 0:
                if (dlab) dll = v;
                else if ((mcr & 0x10) != 0) rx.add(v);   // loopback: THR -> RBR
                else sent.write(v);
                break;
            case 1: if (dlab) dlm = v; else ier = v; break;
            case 2: fcr = v; break;
            case 3: lcr = v; break;
            case 4: mcr = v; break;
            default: break;
        }
    }

    @Override public int in16(int port) { throw new AssertionError("16-bit access to a UART"); }
    @Override public void out16(int port, int value) { throw new AssertionError("16-bit access to a UART"); }
    @Override public int in32(int port) { throw new AssertionError("32-bit access to a UART"); }
    @Override public void out32(int port, int value) { throw new AssertionError("32-bit access to a UART"); }
}
