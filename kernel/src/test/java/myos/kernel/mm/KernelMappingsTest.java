package myos.kernel.mm;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class KernelMappingsTest {
    private static final long K = Layout.KERNEL_VMA;
    // An image like kernel.ld lays out: boot section at 1 MiB, then text, rodata, data+bss.
    private static final ImageLayout IMG = new ImageLayout(
        K + 0x108000, K + 0x10c000, K + 0x10c000, K + 0x10e000, K + 0x10e000, K + 0x130000, K + 0x110000);

    private final SimulatedMemory mem = new SimulatedMemory(1L << 33);
    private PageTable build(RangeSet ram, boolean nx) {
        RangeSet free = new RangeSet();
        free.add(0x400000, 0x800000);
        return KernelMappings.build(mem, new FrameAllocator(mem, free), IMG, ram, nx);
    }

    private static RangeSet ram(long... b) {
        RangeSet s = new RangeSet();
        for (int i = 0; i < b.length; i += 2) s.add(b[i], b[i + 1]);
        return s;
    }

    @Test
    void imageIsWriteXorExecute() {
        PageTable pt = build(ram(0x100000, 0x8000000), true);
        long text = pt.leaf(IMG.textStart);
        assertEquals(0, text & (PageTable.RW | PageTable.NX), "text: read + execute");
        assertEquals(0x108000, pt.translate(IMG.textStart));
        long ro = pt.leaf(IMG.rodataStart + 0x1000);
        assertEquals(PageTable.NX, ro & (PageTable.RW | PageTable.NX), "rodata: read only");
        long data = pt.leaf(IMG.dataStart);
        assertEquals(PageTable.RW | PageTable.NX, data & (PageTable.RW | PageTable.NX), "data: RW, no exec");
        assertEquals(0x12f000, pt.translate(IMG.imageEnd - 0x1000));
        for (long va = IMG.textStart; va < IMG.imageEnd; va += 0x1000) {
            if (va == IMG.stackGuard) continue;
            assertTrue((pt.leaf(va) & PageTable.GLOBAL) != 0);
            assertEquals(0, pt.leaf(va) & PageTable.US, "kernel pages are supervisor-only");
        }
    }

    @Test
    void guardPageBootSectionAndLowHalfAreUnmapped() {
        PageTable pt = build(ram(0x100000, 0x8000000), true);
        assertEquals(-1, pt.translate(IMG.stackGuard), "stack guard");
        assertNotEquals(-1, pt.translate(IMG.stackGuard + 0x1000));
        assertEquals(-1, pt.translate(K + 0x100000), "the RWX boot section is gone");
        assertEquals(-1, pt.translate(0x100000), "no identity map");
        assertEquals(-1, pt.translate(IMG.imageEnd));
    }

    @Test
    void directMapUsesLargePagesWhereAlignedAndSmallOnesAtTheEdges() {
        PageTable pt = build(ram(0x1000, 0x9f000, 0x100000, 0x7fe0000), true);
        assertEquals(0x5000, pt.translate(Layout.directMap(0x5000)));
        assertEquals(-1, pt.translate(Layout.directMap(0xa0000)), "the hole is not mapped");
        assertEquals(0, pt.leaf(Layout.directMap(0x100000)) & PageTable.PS, "unaligned start: small pages");
        assertTrue((pt.leaf(Layout.directMap(0x200000)) & PageTable.PS) != 0, "aligned middle: 2 MiB pages");
        assertEquals(0x7fdf123L, pt.translate(Layout.directMap(0x7fdf123L)));
        assertEquals(0, pt.leaf(Layout.directMap(0x7fdf000)) & PageTable.PS, "unaligned end: small pages");
        assertEquals(-1, pt.translate(Layout.directMap(0x7fe0000)));
        long e = pt.leaf(Layout.directMap(0x3000000));
        assertEquals(PageTable.RW | PageTable.NX | PageTable.GLOBAL, e & (PageTable.RW | PageTable.NX | PageTable.GLOBAL | PageTable.US));
    }

    @Test
    void withoutNxTheReservedBitIsNeverSet() {
        PageTable pt = build(ram(0x100000, 0x800000), false);
        for (long va = IMG.textStart; va < IMG.imageEnd; va += 0x1000) {
            assertEquals(0, pt.leaf(va) & PageTable.NX);
        }
        assertEquals(0, pt.leaf(Layout.directMap(0x200000)) & PageTable.NX);
    }

    @Test
    void tableCostGrowsSlowlyWithRam() {
        RangeSet free = new RangeSet();
        free.add(0x400000, 0x800000);
        FrameAllocator small = new FrameAllocator(mem, free);
        KernelMappings.build(mem, small, IMG, ram(0x100000, 256L << 20), true);
        SimulatedMemory other = new SimulatedMemory(1L << 33);
        FrameAllocator big = new FrameAllocator(other, free);
        KernelMappings.build(other, big, IMG, ram(0x100000, 4L << 30), true);
        long usedSmall = small.totalFrames() - small.freeFrames();
        long usedBig = big.totalFrames() - big.freeFrames();
        assertTrue(usedBig - usedSmall <= 4, "4 GiB needs only a few more page directories: " + usedSmall + " vs " + usedBig);
    }

    @Test
    void mmioIsUncached() {
        PageTable pt = build(ram(0x100000, 0x800000), true);
        KernelMappings.mapMmio(pt, 0xfee00000L, 0x1000, true);
        long e = pt.leaf(Layout.directMap(0xfee00000L));
        assertEquals(PageTable.PCD | PageTable.PWT, e & (PageTable.PCD | PageTable.PWT));
        assertEquals(0xfee00020L, pt.translate(Layout.directMap(0xfee00020L)));
    }
}
