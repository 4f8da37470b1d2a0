package myos.kernel.mm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class FrameAllocatorTest {
    private static final long PAGE = 4096;

    private static RangeSet ranges(long... bounds) {
        RangeSet s = new RangeSet();
        for (int i = 0; i < bounds.length; i += 2) s.add(bounds[i], bounds[i + 1]);
        return s;
    }

    @Test
    void handsOutEveryUsableFrameExactlyOnceThenZero() {
        SimulatedMemory mem = new SimulatedMemory(1 << 24);
        RangeSet usable = ranges(0x100000, 0x104000, 0x200000, 0x203000);
        FrameAllocator fa = new FrameAllocator(mem, usable);
        assertEquals(7, fa.totalFrames());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            long f = fa.allocFrame();
            assertTrue(usable.contains(f) && f % PAGE == 0, "frame inside a usable range");
            assertTrue(seen.add(f), "no frame twice");
        }
        assertEquals(0, fa.freeFrames());
        assertEquals(0, fa.allocFrame(), "exhausted");
    }

    @Test
    void initialisationDoesNotTouchMemory() {
        SimulatedMemory mem = new SimulatedMemory(1L << 40);
        FrameAllocator fa = new FrameAllocator(mem, ranges(0x100000, 1L << 38));   // 256 GiB
        assertEquals(((1L << 38) - 0x100000) / PAGE, fa.totalFrames());
        assertEquals(0, mem.touchedPages(), "boot work must not grow with RAM");
        fa.allocFrame();
        assertEquals(0, mem.touchedPages());
    }

    @Test
    void freedFramesAreReusedLastInFirstOut() {
        SimulatedMemory mem = new SimulatedMemory(1 << 24);
        FrameAllocator fa = new FrameAllocator(mem, ranges(0x100000, 0x110000));
        long a = fa.allocFrame(), b = fa.allocFrame(), c = fa.allocFrame();
        long free = fa.freeFrames();
        assertTrue(fa.freeFrame(b));
        assertTrue(fa.freeFrame(a));
        assertEquals(free + 2, fa.freeFrames());
        assertEquals(a, fa.allocFrame());
        assertEquals(b, fa.allocFrame());
        assertNotEquals(c, fa.allocFrame());
        assertEquals(free - 1, fa.freeFrames());
    }

    @Test
    void rejectsFramesItNeverHandedOut() {
        SimulatedMemory mem = new SimulatedMemory(1 << 24);
        FrameAllocator fa = new FrameAllocator(mem, ranges(0x100000, 0x110000));
        long a = fa.allocFrame();
        assertFalse(fa.freeFrame(a + 8), "unaligned");
        assertFalse(fa.freeFrame(0x50000), "outside every range");
        assertFalse(fa.freeFrame(0x10f000), "above the bump cursor: never allocated");
        assertEquals(15, fa.freeFrames());
    }

    @Test
    void contiguousAllocationIsAlignedAndGapIsNotLost() {
        SimulatedMemory mem = new SimulatedMemory(1 << 26);
        FrameAllocator fa = new FrameAllocator(mem, ranges(0x101000, 0x800000));
        long total = fa.freeFrames();
        long big = fa.allocContiguous(512, 512);                // one 2 MiB-aligned 2 MiB block
        assertEquals(0x200000, big);
        assertEquals(total - 512, fa.freeFrames(), "the alignment gap stays free");
        Set<Long> seen = new HashSet<>();
        long f;
        while ((f = fa.allocFrame()) != 0) {
            assertTrue(f < big || f >= big + 0x200000, "never inside the contiguous block");
            assertTrue(seen.add(f));
        }
        assertEquals(total - 512, seen.size());
        assertEquals(0, fa.allocContiguous(1, 1));
    }

    @Test
    void zeroedFramesAreZero() {
        SimulatedMemory mem = new SimulatedMemory(1 << 24);
        FrameAllocator fa = new FrameAllocator(mem, ranges(0x100000, 0x102000));
        long a = fa.allocFrame();
        mem.store64(a + 128, -1L);
        fa.freeFrame(a);
        long z = fa.allocZeroedFrame();
        assertEquals(a, z);
        for (long i = 0; i < PAGE; i += 8) assertEquals(0, mem.load64(z + i));
    }

    @Test
    void refusesUnalignedRangesOrFrameZero() {
        SimulatedMemory mem = new SimulatedMemory(1 << 24);
        assertThrows(IllegalArgumentException.class, () -> new FrameAllocator(mem, ranges(0, 0x1000)));
        assertThrows(IllegalArgumentException.class, () -> new FrameAllocator(mem, ranges(0x1800, 0x3000)));
    }
}
