package myos.kernel.log;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class FmtTest {
    @Test
    void integers() {
        Fmt f = new Fmt(200);
        f.dec(0).ch(' ').dec(-42).ch(' ').dec(Long.MIN_VALUE).ch(' ').dec(Long.MAX_VALUE);
        assertEquals("0 -42 -9223372036854775808 9223372036854775807", f.toString());
        assertEquals("0x00000000deadbeef 0xdeadbeef 0x0", f.clear().hex(0xdeadbeefL).ch(' ').hexShort(0xdeadbeefL).ch(' ').hexShort(0).toString());
        assertEquals("0xffffffff80000000", f.clear().hex(0xffffffff80000000L).toString());
        assertEquals("   42|  -42|00042|123456", f.clear().decPad(42, 5).ch('|').decPad(-42, 5).ch('|').udec(42, 5).ch('|').decPad(123456, 3).toString());
    }

    @Test
    void timestampsLookLikeDmesg() {
        Fmt f = new Fmt(64);
        assertEquals("[    0.000000]", f.timestamp(0).toString());
        assertEquals("[    1.234567]", f.clear().timestamp(1_234_567_891L).toString());
        assertEquals("[12345.000001]", f.clear().timestamp(12_345_000_001_000L).toString());
    }

    @Test
    void overflowIsDroppedNotFatal() {
        Fmt f = new Fmt(4);
        f.str("hello").dec(123);
        assertEquals("hell", f.toString());
        assertEquals("a?b", new Fmt(8).str("a\u20acb").toString());
    }
}
