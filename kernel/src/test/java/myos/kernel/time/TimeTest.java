package myos.kernel.time;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class TimeTest {
    @Test
    void tscToNanosIsExactAndDoesNotOverflow() {
        TscClock c = new TscClock(2_994_000_000L);
        assertEquals(0, c.nanos(0));
        assertEquals(1_000_000_000L, c.nanos(2_994_000_000L));
        assertEquals(500, c.nanos(1497));
        long tenYears = 2_994_000_000L * 86400L * 3650L;          // ~9.4e16 ticks
        assertEquals(86400L * 3650L * 1_000_000_000L, c.nanos(tenYears));
        assertEquals(2_994_000_000L, c.ticks(1_000_000_000L));
        assertEquals(2_994_000L, c.ticks(1_000_000L));
        assertThrows(IllegalArgumentException.class, () -> new TscClock(0));
    }

    @Test
    void calibrationArithmetic() {
        // A 2.994 GHz TSC counts 2.994e9 * window / 1193182 ticks during the PIT window
        long ticks = 2_994_000_000L * Calibration.WINDOW_PIT_TICKS / Calibration.PIT_HZ;
        long hz = Calibration.hz(ticks, Calibration.WINDOW_PIT_TICKS);
        assertTrue(Math.abs(hz - 2_994_000_000L) < 3_000_000L, "within 0.1%: " + hz);
        assertEquals(1_000_000, Calibration.lapicInitialCount(1_000_000_000L, 1000));
        assertEquals(1, Calibration.lapicInitialCount(10, 1000));
        assertEquals(0xffffffffL, Calibration.lapicInitialCount(1L << 40, 1) & 0xffffffffL);
    }

    @Test
    void civilDatesMatchJavaTime() {
        int[][] dates = {{1970, 1, 1}, {2000, 2, 29}, {2026, 11, 26}, {2100, 3, 1}, {1969, 12, 31}, {2038, 1, 19}};
        for (int[] d : dates) {
            long expect = LocalDateTime.of(d[0], d[1], d[2], 13, 45, 7).toEpochSecond(ZoneOffset.UTC);
            assertEquals(expect, RtcTime.epochSeconds(d[0], d[1], d[2], 13, 45, 7), d[0] + "-" + d[1] + "-" + d[2]);
        }
    }

    @Test
    void bcdAndTwelveHourClock() {
        assertEquals(59, RtcTime.bcd(0x59));
        assertEquals(0, RtcTime.bcd(0));
        assertEquals(0, RtcTime.hour24(0x12, false, false), "12 AM is 0");
        assertEquals(12, RtcTime.hour24(0x92, false, false), "12 PM is 12");
        assertEquals(23, RtcTime.hour24(0x91, false, false), "11 PM");
        assertEquals(23, RtcTime.hour24(0x23, false, true));
        assertEquals(23, RtcTime.hour24(23, true, true));
        assertEquals(13, RtcTime.hour24(0x80 | 1, true, false), "binary 1 PM");
    }
}
