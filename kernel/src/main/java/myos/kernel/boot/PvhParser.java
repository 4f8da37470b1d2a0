package myos.kernel.boot;

import myos.kernel.mm.PhysicalMemory;

/**
 * Reads struct hvm_start_info (xen/include/public/arch-x86/hvm/start_info.h), which
 * QEMU's PVH option ROM builds for `qemu -kernel`:
 * magic u32 @0, version u32 @4, flags @8, nr_modules @12, modlist_paddr u64 @16,
 * cmdline_paddr u64 @24, rsdp_paddr u64 @32, and from version 1 memmap_paddr u64 @40,
 * memmap_entries u32 @48. A memmap entry is u64 addr, u64 size, u32 type (E820), u32 reserved.
 */
final class PvhParser {
    private PvhParser() {}

    static final int ENTRY_SIZE = 24;

    static BootParams parse(PhysicalMemory mem, long info) {
        if (mem.load32(info) != BootParams.PVH_START_MAGIC) {
            throw new IllegalArgumentException("hvm_start_info has a bad magic");
        }
        int version = mem.load32(info + 4);
        BootParams p = new BootParams("PVH", BootParams.cString(mem, mem.load64(info + 24)), new byte[0]);
        p.readRsdp(mem, mem.load64(info + 32));
        if (version >= 1) {
            long table = mem.load64(info + 40);
            long n = mem.load32(info + 48) & 0xffffffffL;
            for (long i = 0; i < n; i++) {
                long e = table + i * ENTRY_SIZE;
                p.memoryMap.add(mem.load64(e), mem.load64(e + 8), mem.load32(e + 16));
            }
        }
        return p;
    }
}
