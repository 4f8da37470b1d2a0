package myos.kernel.arch.x86_64;

import static org.junit.jupiter.api.Assertions.*;

import myos.kernel.mm.FrameAllocator;
import myos.kernel.mm.Layout;
import myos.kernel.mm.RangeSet;
import myos.kernel.mm.SimulatedMemory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class CpuTablesTest {
    @Test
    void tablesPointAtStubsTssAndIstStacks() {
        SimulatedMemory mem = new SimulatedMemory(1 << 24);
        RangeSet r = new RangeSet();
        r.add(0x100000, 0x200000);
        long stubs = 0xffffffff80108000L;
        CpuTables c = CpuTables.build(mem, new FrameAllocator(mem, r), stubs);
        long gdt = c.tablesFrame;
        assertEquals(0x00af9a000000ffffL, mem.load64(gdt + Descriptors.KERNEL_CS));
        // TSS descriptor → the TSS in the same frame, through the direct map
        long lo = mem.load64(gdt + Descriptors.TSS), hi = mem.load64(gdt + Descriptors.TSS + 8);
        long tssBase = ((lo >>> 16) & 0xffffff) | ((lo >>> 56) << 24) | (hi << 32);
        assertEquals(Layout.directMap(gdt + CpuTables.TSS), tssBase);
        // GDTR and IDTR pseudo-descriptors
        assertEquals(Descriptors.GDT_ENTRIES * 8 - 1, mem.load16(gdt + CpuTables.GDTR));
        assertEquals(Layout.directMap(gdt), mem.load64(gdt + CpuTables.GDTR + 2));
        assertEquals(4095, mem.load16(gdt + CpuTables.IDTR));
        assertEquals(Layout.directMap(c.idtFrame), mem.load64(gdt + CpuTables.IDTR + 2));
        // Gates: #PF on IST2 at stub 14; vector 255 at its stub, no IST
        long pf = mem.load64(c.idtFrame + 16 * 14);
        assertEquals(Tss.IST_PAGE_FAULT, (pf >>> 32) & 7);
        long pfHandler = (pf & 0xffff) | (((pf >>> 48) & 0xffff) << 16) | (mem.load64(c.idtFrame + 16 * 14 + 8) << 32);
        assertEquals(stubs + 16 * 14, pfHandler);
        assertEquals(0, (mem.load64(c.idtFrame + 16 * 255) >>> 32) & 7);
        assertEquals(Tss.IST_DOUBLE_FAULT, (mem.load64(c.idtFrame + 16 * 8) >>> 32) & 7);
        // Each IST slot holds the top of a distinct stack in the direct map
        long tss = gdt + CpuTables.TSS;
        long df = mem.load64(tss + 36), pfStack = mem.load64(tss + 44);
        assertNotEquals(0, df);
        assertTrue(Math.abs(df - pfStack) >= CpuTables.IST_PAGES * 4096L, "stacks do not overlap");
        assertEquals(0, df & 15, "16-byte aligned stack tops");
        c.setKernelStack(0xffff800000500000L);
        assertEquals(0xffff800000500000L, mem.load64(tss + 4));
    }
}
