package myos.kernel.boot;

import myos.kernel.mm.PhysicalMemory;

/**
 * Reads the multiboot2 boot information (The Multiboot2 Specification 2.0, §3.6): a
 * u32 total_size, a reserved u32, then tags each starting with u32 type and u32 size,
 * 8-byte aligned, ended by a type-0 tag.
 */
final class Multiboot2Parser {
    private Multiboot2Parser() {}

    static final int TAG_END = 0;
    static final int TAG_CMDLINE = 1;           // §3.6.3
    static final int TAG_LOADER_NAME = 2;       // §3.6.4: "Boot loader name", NUL-terminated
    static final int TAG_MMAP = 6;              // §3.6.8
    static final int TAG_ACPI_OLD = 14;         // §3.6.16: a copy of the ACPI 1.0 RSDP
    static final int TAG_ACPI_NEW = 15;         // §3.6.17: a copy of the ACPI 2.0+ RSDP

    static BootParams parse(PhysicalMemory mem, long info) {
        long total = mem.load32(info) & 0xffffffffL;
        long end = info + total;
        long cmdline = 0, loaderName = 0, rsdpOld = 0, rsdpNew = 0;
        long tag = info + 8;
        long mmapTag = 0;
        while (tag + 8 <= end) {
            int type = mem.load32(tag);
            long size = mem.load32(tag + 4) & 0xffffffffL;
            if (type == TAG_END || size < 8) break;
            if (type == TAG_CMDLINE) cmdline = tag + 8;
            else if (type == TAG_LOADER_NAME) loaderName = tag + 8;
            else if (type == TAG_MMAP) mmapTag = tag;
            else if (type == TAG_ACPI_OLD) rsdpOld = tag + 8;
            else if (type == TAG_ACPI_NEW) rsdpNew = tag + 8;
            tag = (tag + size + 7) & ~7L;
        }
        BootParams p = new BootParams("multiboot2", BootParams.cString(mem, cmdline), BootParams.cString(mem, loaderName));
        if (mmapTag != 0) readMemoryMap(mem, mmapTag, p);
        p.readRsdp(mem, rsdpNew != 0 ? rsdpNew : rsdpOld);
        return p;
    }

    /** Entries of entry_size bytes: u64 base_addr, u64 length, u32 type, u32 reserved. */
    private static void readMemoryMap(PhysicalMemory mem, long tag, BootParams p) {
        long size = mem.load32(tag + 4) & 0xffffffffL;
        long entrySize = mem.load32(tag + 8) & 0xffffffffL;
        if (entrySize < 24) return;
        for (long e = tag + 16; e + entrySize <= tag + size; e += entrySize) {
            p.memoryMap.add(mem.load64(e), mem.load64(e + 8), mem.load32(e + 16));
        }
    }
}
