package myos.kernel.mm;

/**
 * Builds the kernel's own page tables, which replace the boot tables of entry32.S:
 * <ul>
 * <li>the image at {@link Layout#KERNEL_VMA}: text RX, rodata R+NX, data and bss RW+NX
 *     (W^X for the kernel; the boot section is not mapped at all once we run here), with
 *     the page under the boot stack left out as a guard;</li>
 * <li>a direct map of every RAM range at {@link Layout#DIRECT_MAP_BASE}, RW+NX, with
 *     2 MiB pages wherever alignment allows (SDM Vol. 3A §4.5, Table 4-17), so building it
 *     costs a few thousand stores for 4 GiB, not work per frame;</li>
 * <li>nothing in the lower half: user space starts empty and the identity map is gone,
 *     so a stray low pointer in the kernel faults.</li>
 * </ul>
 * All kernel mappings are GLOBAL (kept in the TLB across CR3 loads, CR4.PGE). NX is
 * used only when the CPU has it (EFER.NXE set by the boot code), since XD is otherwise
 * a reserved bit (SDM Vol. 3A §4.6.2).
 */
public final class KernelMappings {
    private KernelMappings() {}

    public static PageTable build(PhysicalMemory mem, FrameSource frames, ImageLayout img,
                                  RangeSet ram, boolean nx) {
        PageTable pt = new PageTable(mem, frames);
        long noExec = nx ? PageTable.NX : 0;
        long g = PageTable.GLOBAL;
        mapImage(pt, img.textStart, img.textEnd, g, -1);
        mapImage(pt, img.rodataStart, img.rodataEnd, g | noExec, -1);
        mapImage(pt, img.dataStart, img.imageEnd, g | noExec | PageTable.RW, img.stackGuard);
        for (int i = 0; i < ram.count(); i++) {
            directMap(pt, ram.start(i), ram.end(i), g | noExec | PageTable.RW);
        }
        return pt;
    }

    private static void mapImage(PageTable pt, long start, long end, long flags, long skip) {
        for (long va = start; va < end; va += Layout.PAGE_SIZE) {
            if (va == skip) continue;
            need(pt.map(va, Layout.imagePhys(va), flags));
        }
    }

    /** Maps physical [start, end) at DIRECT_MAP_BASE + pa, large pages in the aligned middle. */
    public static void directMap(PageTable pt, long start, long end, long flags) {
        long pa = Layout.pageDown(start);
        end = Layout.pageUp(end);
        long large = Layout.LARGE_PAGE_SIZE;
        while (pa < end) {
            if ((pa & (large - 1)) == 0 && pa + large <= end) {
                need(pt.mapLarge(Layout.directMap(pa), pa, flags));
                pa += large;
            } else {
                need(pt.map(Layout.directMap(pa), pa, flags));
                pa += Layout.PAGE_SIZE;
            }
        }
    }

    /** Device registers (LAPIC, IOAPIC, PCI BARs): in the direct map, uncached (PCD|PWT, SDM §11.12.3). */
    public static void mapMmio(PageTable pt, long pa, long size, boolean nx) {
        long flags = PageTable.GLOBAL | PageTable.RW | PageTable.PCD | PageTable.PWT | (nx ? PageTable.NX : 0);
        for (long p = Layout.pageDown(pa); p < pa + size; p += Layout.PAGE_SIZE) {
            need(pt.map(Layout.directMap(p), p, flags));
        }
    }

    private static void need(boolean ok) {
        if (!ok) throw new IllegalStateException("out of frames (or a conflicting mapping) building kernel page tables");
    }
}
