package myos.kernel.mm;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class UserMemoryTest {
    private final SimulatedMemory mem = new SimulatedMemory(1 << 24);
    private PageTable pt;
    private static final long TEXT = 0x400000, DATA = 0x401000, KERNEL_ONLY = 0x402000;

    @BeforeEach
    void setUp() {
        RangeSet r = new RangeSet();
        r.add(0x100000, 0x200000);
        pt = new PageTable(mem, new FrameAllocator(mem, r));
        pt.map(TEXT, 0x10000, PageTable.US);                        // user read-only
        pt.map(DATA, 0x11000, PageTable.US | PageTable.RW);         // user read-write
        pt.map(KERNEL_ONLY, 0x12000, PageTable.RW);                 // supervisor page in the low half
        mem.storeBytes(0x10ffe, "hi".getBytes(StandardCharsets.US_ASCII));
        mem.storeBytes(0x11000, " there".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void copiesAcrossPageBoundaries() {
        byte[] b = new byte[8];
        assertEquals(0, UserMemory.copyIn(pt, mem, TEXT + 0xffe, b, 0, 8));
        assertEquals("hi there", new String(b, StandardCharsets.US_ASCII));
        assertEquals(0, UserMemory.copyOut(pt, mem, DATA + 10, "ok".getBytes(StandardCharsets.US_ASCII), 0, 2));
        assertEquals('o', mem.load8(0x1100a));
    }

    @Test
    void badPointersAreEfaultAndNothingIsCopied() {
        byte[] b = new byte[4];
        assertEquals(-14, UserMemory.copyIn(pt, mem, 0xdead0000L, b, 0, 4), "unmapped");
        assertEquals(-14, UserMemory.copyIn(pt, mem, KERNEL_ONLY, b, 0, 4), "supervisor page");
        assertEquals(-14, UserMemory.copyIn(pt, mem, 0, b, 0, 1), "null page");
        assertEquals(-14, UserMemory.copyIn(pt, mem, Layout.KERNEL_VMA, b, 0, 4), "kernel half");
        assertEquals(-14, UserMemory.copyIn(pt, mem, Layout.USER_END - 2, b, 0, 4), "crosses the top of user space");
        assertEquals(-14, UserMemory.copyIn(pt, mem, DATA + 0xffe, b, 0, 4), "second page unmapped: no partial copy");
        assertArrayEquals(new byte[4], b);
        assertEquals(-14, UserMemory.copyOut(pt, mem, TEXT, b, 0, 1), "read-only page");
        assertEquals(-14, UserMemory.copyIn(pt, mem, Long.MAX_VALUE - 1, b, 0, 4), "wraps");
        assertEquals(0, UserMemory.copyIn(pt, mem, 0xdead0000L, b, 0, 0), "empty ranges in user space are fine");
    }
}
