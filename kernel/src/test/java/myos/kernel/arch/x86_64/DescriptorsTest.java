package myos.kernel.arch.x86_64;

import static org.junit.jupiter.api.Assertions.*;

import myos.kernel.mm.SimulatedMemory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class DescriptorsTest {
    @Test
    void segmentsMatchTheWellKnownEncodings() {
        long[] s = Descriptors.segments();
        assertEquals(0, s[0]);
        assertEquals(0x00af9a000000ffffL, s[1], "kernel code64 (same as the boot GDT)");
        assertEquals(0x00cf92000000ffffL, s[2], "kernel data (same as the boot GDT)");
        assertEquals(0x00cffa000000ffffL, s[3], "user code32");
        assertEquals(0x00cff2000000ffffL, s[4], "user data");
        assertEquals(0x00affa000000ffffL, s[5], "user code64");
    }

    @Test
    void syscallSelectorsFollowFromStar() {
        int syscallCs = (int) (Descriptors.STAR >>> 32) & 0xffff;
        int sysretBase = (int) (Descriptors.STAR >>> 48) & 0xffff;
        assertEquals(Descriptors.KERNEL_CS, syscallCs);
        assertEquals(Descriptors.KERNEL_DS, syscallCs + 8);
        assertEquals(Descriptors.USER_CS, sysretBase + 16);
        assertEquals(Descriptors.USER_DS, sysretBase + 8);
        assertEquals(Descriptors.TSS / 8 + 2, Descriptors.GDT_ENTRIES, "the TSS descriptor takes the last two slots");
    }

    @Test
    void tssDescriptorSplitsTheBaseOverBothHalves() {
        long base = 0xffff800012345678L;
        long low = Descriptors.tssLow(base, Tss.SIZE - 1);
        assertEquals(Tss.SIZE - 1, low & 0xffff);
        assertEquals(0x345678L, (low >>> 16) & 0xffffff);
        assertEquals(0x89, (low >>> 40) & 0xff);
        assertEquals(0x12, (low >>> 56) & 0xff);
        assertEquals(0xffff8000L, Descriptors.tssHigh(base));
    }

    @Test
    void gatesCarryHandlerSelectorIstAndDpl() {
        long h = 0xffffffff80123456L;
        long lo = Descriptors.gateLow(h, Descriptors.KERNEL_CS, 2, Descriptors.GATE_INTERRUPT, 0);
        assertEquals(0x3456, lo & 0xffff);
        assertEquals(0x08, (lo >>> 16) & 0xffff);
        assertEquals(2, (lo >>> 32) & 7);
        assertEquals(0x8e, (lo >>> 40) & 0xff, "present, DPL 0, 64-bit interrupt gate");
        assertEquals(0x8012, (lo >>> 48) & 0xffff);
        assertEquals(0xffffffffL, Descriptors.gateHigh(h));
        long user = Descriptors.gateLow(h, Descriptors.KERNEL_CS, 0, Descriptors.GATE_TRAP, 3);
        assertEquals(0xef, (user >>> 40) & 0xff, "present, DPL 3, trap gate (int3 from user space)");
    }

    @Test
    void tssFields() {
        SimulatedMemory mem = new SimulatedMemory(1 << 20);
        mem.store64(0x1000 + 40, -1L);
        Tss.init(mem, 0x1000);
        assertEquals(0, mem.load64(0x1000 + 40), "cleared");
        assertEquals(Tss.SIZE, mem.load16(0x1000 + 102), "no I/O bitmap");
        Tss.setRsp0(mem, 0x1000, 0xffff800000200000L);
        Tss.setIst(mem, 0x1000, Tss.IST_PAGE_FAULT, 0xffff800000300000L);
        assertEquals(0xffff800000200000L, mem.load64(0x1000 + 4));
        assertEquals(0xffff800000300000L, mem.load64(0x1000 + 44));
        assertThrows(IllegalArgumentException.class, () -> Tss.setIst(mem, 0x1000, 8, 0));
    }
}
