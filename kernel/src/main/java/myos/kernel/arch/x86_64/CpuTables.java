package myos.kernel.arch.x86_64;

import myos.kernel.mm.FrameAllocator;
import myos.kernel.mm.Layout;
import myos.kernel.mm.PhysicalMemory;
import myos.rt.Cpu;

/**
 * The boot CPU's GDT, TSS and IDT, built in frames (memory the CPU reads must not be GC
 * heap) and loaded with LGDT, LTR and LIDT. One frame holds the GDT (at 0), the TSS (at
 * 0x100) and the two pseudo-descriptors (at 0x200, 0x210); a second frame holds the IDT
 * (256 gates x 16 bytes = exactly 4 KiB). Each IST stack is a separate run of frames.
 *
 * <p>Every vector gets an interrupt gate (IF cleared on entry) to its stub at
 * {@code isrStubs + 16 * vector} (cpu/trap.S). #DF, #PF, NMI and #MC run on their own IST
 * stacks (SDM Vol. 3A §6.14.5), so a kernel stack overflow into its guard page, which
 * faults with a bad RSP, still reaches the Java handler and a panic with a backtrace.
 */
public final class CpuTables {
    static final int GDT = 0, TSS = 0x100, GDTR = 0x200, IDTR = 0x210;
    static final int VECTORS = 256;
    static final int DOUBLE_FAULT = 8, PAGE_FAULT = 14, NMI = 2, MACHINE_CHECK = 18;
    /** Pages per IST stack. */
    static final int IST_PAGES = 4;

    public final long tablesFrame;
    public final long idtFrame;
    private final PhysicalMemory mem;

    private CpuTables(PhysicalMemory mem, long tablesFrame, long idtFrame) {
        this.mem = mem;
        this.tablesFrame = tablesFrame;
        this.idtFrame = idtFrame;
    }

    /** Builds all three tables; {@code isrStubs} is the virtual address of the stub array. */
    public static CpuTables build(PhysicalMemory mem, FrameAllocator frames, long isrStubs) {
        long t = frames.allocZeroedFrame();
        long idt = frames.allocZeroedFrame();
        if (t == 0 || idt == 0) throw new IllegalStateException("no frames for the CPU tables");
        CpuTables c = new CpuTables(mem, t, idt);
        c.buildGdt();
        Tss.init(mem, t + TSS);
        c.istStack(frames, Tss.IST_DOUBLE_FAULT);
        c.istStack(frames, Tss.IST_PAGE_FAULT);
        c.istStack(frames, Tss.IST_NMI);
        c.istStack(frames, Tss.IST_MACHINE_CHECK);
        c.buildIdt(isrStubs);
        return c;
    }

    private void buildGdt() {
        long[] seg = Descriptors.segments();
        for (int i = 0; i < seg.length; i++) mem.store64(tablesFrame + GDT + 8L * i, seg[i]);
        long tssVa = Layout.directMap(tablesFrame + TSS);
        mem.store64(tablesFrame + GDT + Descriptors.TSS, Descriptors.tssLow(tssVa, Tss.SIZE - 1));
        mem.store64(tablesFrame + GDT + Descriptors.TSS + 8, Descriptors.tssHigh(tssVa));
        pseudoDescriptor(tablesFrame + GDTR, Layout.directMap(tablesFrame + GDT), Descriptors.GDT_ENTRIES * 8 - 1);
        pseudoDescriptor(tablesFrame + IDTR, Layout.directMap(idtFrame), VECTORS * 16 - 1);
    }

    /** The 10-byte operand of LGDT/LIDT: 16-bit limit, 64-bit linear base (SDM Vol. 3A §3.5.1). */
    private void pseudoDescriptor(long pa, long base, int limit) {
        mem.store16(pa, limit);
        mem.store64(pa + 2, base);
    }

    private void istStack(FrameAllocator frames, int ist) {
        long base = frames.allocContiguous(IST_PAGES, 1);
        if (base == 0) throw new IllegalStateException("no frames for an IST stack");
        Tss.setIst(mem, tablesFrame + TSS, ist, Layout.directMap(base + IST_PAGES * Layout.PAGE_SIZE));
    }

    private void buildIdt(long isrStubs) {
        for (int v = 0; v < VECTORS; v++) {
            long gate = idtFrame + 16L * v;
            long handler = isrStubs + 16L * v;
            mem.store64(gate, Descriptors.gateLow(handler, Descriptors.KERNEL_CS, istOf(v), Descriptors.GATE_INTERRUPT, 0));
            mem.store64(gate + 8, Descriptors.gateHigh(handler));
        }
    }

    static int istOf(int vector) {
        switch (vector) {
            case DOUBLE_FAULT: return Tss.IST_DOUBLE_FAULT;
            case PAGE_FAULT: return Tss.IST_PAGE_FAULT;
            case NMI: return Tss.IST_NMI;
            case MACHINE_CHECK: return Tss.IST_MACHINE_CHECK;
            default: return 0;
        }
    }

    /** Sets the stack the CPU switches to on a trap from ring 3 (the running task's kernel stack top). */
    public void setKernelStack(long top) {
        Tss.setRsp0(mem, tablesFrame + TSS, top);
    }

    /**
     * Loads GDTR, TR and IDTR. The kernel selectors are the boot GDT's, so CS/SS need no
     * reload (Descriptors); LTR marks the TSS descriptor busy, which is why it is loaded once.
     */
    public void load() {
        Cpu.lgdt(Layout.directMap(tablesFrame + GDTR));
        Cpu.ltr(Descriptors.TSS);
        Cpu.lidt(Layout.directMap(tablesFrame + IDTR));
    }
}
