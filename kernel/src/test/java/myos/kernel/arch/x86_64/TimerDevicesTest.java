package myos.kernel.arch.x86_64;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import myos.kernel.mm.SimulatedMemory;
import myos.kernel.time.Calibration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class TimerDevicesTest {
    /** Port bus with a CMOS (index/data) and the PIT channel 2 + port B, driven by a fake TSC. */
    static final class Bus implements PortIo {
        final int[] cmos = new int[128];
        int index;
        int uipReads;            // status A reads that still report an update in progress
        Runnable onSecondsRead = () -> { };
        int portB, pitCommand, pitCount, pitBytes;
        long tsc, tscPerPoll = 1000;
        long pitStartTsc = -1;
        final long tscHz;

        Bus(long tscHz) {
            this.tscHz = tscHz;
        }

        @Override
        public int in8(int port) {
            switch (port) {
                case Cmos.DATA:
                    if (index == Cmos.STATUS_A) return uipReads-- > 0 ? Cmos.UIP : 0;
                    if (index == Cmos.SECONDS) onSecondsRead.run();
                    return cmos[index];
                case Pit.PORT_B: {
                    tsc += tscPerPoll;
                    boolean expired = pitStartTsc >= 0 && (tsc - pitStartTsc) * Calibration.PIT_HZ >= (long) pitCount * tscHz;
                    return portB | (expired ? Pit.OUT2 : 0);
                }
                default: return 0xff;
            }
        }

        @Override
        public void out8(int port, int v) {
            switch (port) {
                case Cmos.INDEX: index = v & 0x7f; assertTrue((v & 0x80) != 0, "NMI stays disabled"); break;
                case Pit.COMMAND: pitCommand = v; pitBytes = 0; break;
                case Pit.CHANNEL2: pitCount |= v << (8 * pitBytes++); break;
                case Pit.PORT_B:
                    if ((v & Pit.GATE2) != 0 && (portB & Pit.GATE2) == 0) pitStartTsc = tsc;
                    portB = v;
                    break;
                default: break;
            }
        }

        @Override public int in16(int p) { throw new AssertionError(); }
        @Override public void out16(int p, int v) { throw new AssertionError(); }
        @Override public int in32(int p) { throw new AssertionError(); }
        @Override public void out32(int p, int v) { throw new AssertionError(); }
    }

    private static long epoch(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s).toEpochSecond(ZoneOffset.UTC);
    }

    @Test
    void cmosBcdTwelveHourWithCentury() {
        Bus bus = new Bus(1);
        int[] c = bus.cmos;
        c[Cmos.SECONDS] = 0x07; c[Cmos.MINUTES] = 0x45; c[Cmos.HOURS] = 0x80 | 0x01;   // 1 PM
        c[Cmos.DAY] = 0x26; c[Cmos.MONTH] = 0x11; c[Cmos.YEAR] = 0x26; c[Cmos.CENTURY] = 0x20;
        c[Cmos.STATUS_B] = 0;                                         // BCD, 12-hour
        bus.uipReads = 3;
        assertEquals(epoch(2026, 11, 26, 13, 45, 7), new Cmos(bus).epochSeconds());
    }

    @Test
    void cmosBinary24HourRereadsAcrossASecondTick() {
        Bus bus = new Bus(1);
        int[] c = bus.cmos;
        c[Cmos.SECONDS] = 59; c[Cmos.MINUTES] = 59; c[Cmos.HOURS] = 23;
        c[Cmos.DAY] = 31; c[Cmos.MONTH] = 12; c[Cmos.YEAR] = 99; c[Cmos.CENTURY] = 19;
        c[Cmos.STATUS_B] = Cmos.BINARY | Cmos.HOUR24;
        int[] reads = {0};
        bus.onSecondsRead = () -> {                                   // the clock ticks between two snapshots
            if (++reads[0] == 2) {
                c[Cmos.SECONDS] = 0; c[Cmos.MINUTES] = 0; c[Cmos.HOURS] = 0;
                c[Cmos.DAY] = 1; c[Cmos.MONTH] = 1; c[Cmos.YEAR] = 0; c[Cmos.CENTURY] = 20;
            }
        };
        assertEquals(epoch(2000, 1, 1, 0, 0, 0), new Cmos(bus).epochSeconds());
        assertEquals(3, reads[0], "read until two snapshots agree");
    }

    @Test
    void cmosThatNeverSettlesIsReported() {
        Bus bus = new Bus(1);
        bus.uipReads = Integer.MAX_VALUE;
        assertEquals(-1, new Cmos(bus).epochSeconds());
    }

    @Test
    void pitCalibratesTheTscWithinATenthOfAPercent() {
        Bus bus = new Bus(2_500_000_000L);
        bus.portB = 0x03;                                             // gate up, speaker on: must be cleared
        long hz = new Pit(bus).calibrateTsc(() -> bus.tsc);
        assertEquals(Pit.CMD_CH2_MODE0, bus.pitCommand);
        assertEquals(Calibration.WINDOW_PIT_TICKS, bus.pitCount);
        assertEquals(0, bus.portB & Pit.SPEAKER, "speaker off");
        assertTrue(Math.abs(hz - 2_500_000_000L) < 2_500_000L, "measured " + hz);
    }

    @Test
    void lapicRegisters() {
        SimulatedMemory mmio = new SimulatedMemory(1L << 33);
        long base = 0xfee00000L;
        Lapic l = new Lapic(mmio, base);
        l.enable(0xff, 0xfe);
        assertEquals(0x1ff, mmio.load32(base + Lapic.SVR));
        assertEquals(Lapic.LVT_MASKED, mmio.load32(base + Lapic.LVT_LINT0));
        l.startPeriodic(0x20, 1_000_000);
        assertEquals(Lapic.TIMER_PERIODIC | 0x20, mmio.load32(base + Lapic.LVT_TIMER));
        assertEquals(1_000_000, mmio.load32(base + Lapic.TIMER_INITIAL));
        assertEquals(Lapic.DIVIDE_BY_1, mmio.load32(base + Lapic.TIMER_DIVIDE));
        mmio.store32(base + Lapic.ID, 3 << 24);
        assertEquals(3, l.id());
    }

    @Test
    void ioApicRoutesThroughTheSelectWindowPair() {
        int[] regs = new int[256];
        regs[IoApic.REG_VERSION] = (23 << 16) | 0x20;                // 24 inputs
        int[] sel = {0};
        long base = 0xfec00000L;
        SimulatedMemory backing = new SimulatedMemory(1L << 33);
        myos.kernel.mm.PhysicalMemory mmio = new myos.kernel.mm.PhysicalMemory() {
            public int load8(long pa) { throw new AssertionError(); }
            public int load16(long pa) { throw new AssertionError(); }
            public int load32(long pa) { return pa == base + IoApic.IOWIN ? regs[sel[0]] : backing.load32(pa); }
            public long load64(long pa) { throw new AssertionError(); }
            public void store8(long pa, int v) { throw new AssertionError(); }
            public void store16(long pa, int v) { throw new AssertionError(); }
            public void store32(long pa, int v) { if (pa == base) sel[0] = v; else if (pa == base + IoApic.IOWIN) regs[sel[0]] = v; else throw new AssertionError(); }
            public void store64(long pa, long v) { throw new AssertionError("the I/O APIC takes 32-bit accesses only"); }
            public void zero(long pa, long n) { throw new AssertionError(); }
        };
        IoApic io = new IoApic(mmio, base, 0);
        assertEquals(24, io.inputs());
        io.maskAll();
        assertEquals((int) IoApic.MASKED, regs[IoApic.REG_REDIRECTION + 2 * 23]);
        io.route(2, IoApic.entry(0x20, 0, 0));                        // PIT IRQ0 -> GSI 2
        assertEquals(0x20, regs[0x14]);
        assertEquals(0, regs[0x15]);
        io.route(9, IoApic.entry(0x29, 1, 0x0d));                     // SCI: level, active high
        assertEquals(0x29 | (int) IoApic.LEVEL, regs[0x22]);
        assertEquals(1 << 24, regs[0x23]);
        assertEquals(IoApic.ACTIVE_LOW, IoApic.entry(0, 0, 0x3) & IoApic.ACTIVE_LOW);
        assertThrows(IllegalArgumentException.class, () -> io.route(24, 0));
    }
}
