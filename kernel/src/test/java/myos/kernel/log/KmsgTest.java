package myos.kernel.log;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class KmsgTest {
    private static long add(Kmsg k, int level, long t, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return k.append(level, t, b, 0, b.length);
    }

    private static String line(Kmsg k, long seq) {
        Fmt f = new Fmt(2048);
        return k.format(seq, f) ? f.toString() : null;
    }

    @Test
    void recordsKeepLevelTimeAndText() {
        Kmsg k = new Kmsg(4096);
        assertEquals(0, add(k, Kmsg.INFO, 1_500_000, "[1] UART ok"));
        assertEquals(1, add(k, Kmsg.ERR, 2_000_000_000L, "oops"));
        assertEquals(Kmsg.ERR, k.level(1));
        assertEquals(2_000_000_000L, k.time(1));
        assertEquals("[    0.001500] [1] UART ok", line(k, 0));
        assertEquals("[    2.000000] oops", line(k, 1));
        assertNull(line(k, 2));
        byte[] out = new byte[2];
        assertEquals(2, k.text(0, out, 0), "copy is bounded by the destination");
    }

    @Test
    void oldestRecordsAreDroppedWhenFullAndWrappingIsSeamless() {
        Kmsg k = new Kmsg(2048);
        for (int i = 0; i < 1000; i++) add(k, Kmsg.INFO, i, "message number " + i);
        assertEquals(1000, k.nextSeq());
        assertTrue(k.firstSeq() > 900, "only the newest fit");
        long bytes = 0;
        for (long s = k.firstSeq(); s < k.nextSeq(); s++) {
            String expect = "message number " + s;
            Fmt f = new Fmt(100);
            assertTrue(k.format(s, f));
            assertTrue(f.toString().endsWith(expect), f.toString());
            assertEquals(s, k.time(s));
            bytes += 11 + expect.length();
        }
        assertTrue(bytes <= 2048);
        assertTrue(bytes + 11 + "message number 1000".length() > 2048, "nothing dropped that still fitted");
        assertNull(line(k, k.firstSeq() - 1));
    }

    @Test
    void longTextIsCutAndBadCapacityRefused() {
        Kmsg k = new Kmsg(4096);
        byte[] big = new byte[3000];
        java.util.Arrays.fill(big, (byte) 'x');
        long s = k.append(Kmsg.INFO, 0, big, 0, big.length);
        assertEquals(Kmsg.MAX_TEXT, k.text(s, new byte[4096], 0));
        assertThrows(IllegalArgumentException.class, () -> new Kmsg(3000));
        assertThrows(IllegalArgumentException.class, () -> new Kmsg(1024));
    }
}
