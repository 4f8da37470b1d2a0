package myos.kernel.mm;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class PageTableTest {
    private SimulatedMemory mem;
    private FrameAllocator frames;
    private PageTable pt;

    @BeforeEach
    void setUp() {
        mem = new SimulatedMemory(1 << 26);
        RangeSet r = new RangeSet();
        r.add(0x100000, 0x400000);
        frames = new FrameAllocator(mem, r);
        pt = new PageTable(mem, frames);
    }

    /** Walks the tables by hand, as the MMU does (SDM Vol. 3A §4.5.4), independent of PageTable. */
    private long entry(long va, int level) {
        long table = pt.root();
        for (int l = 3; ; l--) {
            long e = mem.load64(table + 8 * ((va >>> (12 + 9 * l)) & 511));
            if (l == level) return e;
            assertTrue((e & PageTable.P) != 0, "present on the way down");
            table = e & PageTable.ADDR_MASK;
        }
    }

    @Test
    void mapsAndTranslatesSmallPages() {
        long va = 0xffffffff80123000L;
        assertTrue(pt.map(va, 0x5000, PageTable.RW | PageTable.NX));
        assertEquals(0x5abc, pt.translate(va + 0xabc));
        assertEquals(-1, pt.translate(va + 0x1000));
        long e = entry(va, 0);
        assertEquals(0x5000 | PageTable.P | PageTable.RW | PageTable.NX, e);
        assertEquals(e, pt.leaf(va));
        assertEquals(4, frames.totalFrames() - frames.freeFrames(), "PML4 + PDPT + PD + PT");
    }

    @Test
    void intermediateEntriesArePermissiveAndGainUserWhenNeeded() {
        assertTrue(pt.map(0x400000, 0x6000, PageTable.NX));             // kernel-only, read-only leaf
        long pml4e = entry(0x400000, 3);
        assertEquals(PageTable.P | PageTable.RW, pml4e & 0xfff);
        assertTrue(pt.map(0x401000, 0x7000, PageTable.US | PageTable.RW));
        for (int l = 3; l >= 1; l--) {
            assertTrue((entry(0x401000, l) & PageTable.US) != 0, "US on level " + l);
        }
        assertEquals(0, entry(0x400000, 0) & PageTable.US, "the kernel leaf stays supervisor-only");
    }

    @Test
    void largePagesTranslateAndBlockSmallOnes() {
        long va = 0xffff800000200000L;
        assertTrue(pt.mapLarge(va, 0x40000000L, PageTable.RW));
        assertEquals(0x40012345L, pt.translate(va + 0x12345));
        assertTrue((pt.leaf(va + 0x1000) & PageTable.PS) != 0);
        assertFalse(pt.map(va + 0x1000, 0x9000, PageTable.RW), "a 4 KiB map under a large page is refused");
        assertThrows(IllegalArgumentException.class, () -> pt.mapLarge(va + 0x1000, 0, 0));
        assertTrue(pt.map(0xffff800000400000L, 0x9000, PageTable.RW));
        assertFalse(pt.mapLarge(0xffff800000400000L, 0x200000, PageTable.RW), "a large map over a page table is refused");
    }

    @Test
    void unmapReturnsTheFrameAndLeavesOthers() {
        assertTrue(pt.map(0x10000, 0x8000, PageTable.US));
        assertTrue(pt.map(0x11000, 0x9000, PageTable.US));
        assertEquals(0x8000, pt.unmap(0x10000));
        assertEquals(-1, pt.translate(0x10000));
        assertEquals(0x9000, pt.translate(0x11000));
        assertEquals(-1, pt.unmap(0x10000));
        assertEquals(-1, pt.unmap(0x7f0000000000L));
    }

    @Test
    void runningOutOfFramesIsReportedNotIgnored() {
        while (frames.allocFrame() != 0) { }
        assertFalse(pt.map(0x7000000000L, 0x1000, 0));
    }
}
