package myos.kernel.boot;

import myos.kernel.mm.MemoryMap;
import myos.kernel.mm.PhysicalMemory;

/**
 * What the boot protocol told us, copied out of the firmware's structures so that their
 * memory can be reused: which protocol, the command line, the memory map and where the
 * ACPI root tables are.
 */
public final class BootParams {
    public static final int MB2_BOOTLOADER_MAGIC = 0x36d76289;   // multiboot2 spec §3.3
    public static final int PVH_START_MAGIC = 0x336ec578;        // xen start_info.h

    /** Longest command line copied (Linux's COMMAND_LINE_SIZE on x86 is 2048). */
    public static final int CMDLINE_MAX = 2048;

    public final String protocol;
    public final byte[] cmdline;
    /** The boot loader's name (multiboot2 §3.6.4, e.g. "GRUB 2.06-13+deb12u2"); empty if not told. */
    public final byte[] loaderName;
    public final MemoryMap memoryMap = new MemoryMap();
    /** Physical address of the RSDT (ACPI 6.5 §5.2.7), or 0. */
    public long acpiRsdt;
    /** Physical address of the XSDT (ACPI 6.5 §5.2.8), or 0 (ACPI 1.0 firmware). */
    public long acpiXsdt;

    BootParams(String protocol, byte[] cmdline, byte[] loaderName) {
        this.protocol = protocol;
        this.cmdline = cmdline;
        this.loaderName = loaderName;
    }

    /** Parses the boot information handed over with {@code magic}; throws if the magic is unknown. */
    public static BootParams parse(PhysicalMemory mem, int magic, long info) {
        if (magic == MB2_BOOTLOADER_MAGIC) return Multiboot2Parser.parse(mem, info);
        if (magic == PVH_START_MAGIC) return PvhParser.parse(mem, info);
        throw new IllegalArgumentException("unknown boot protocol magic");
    }

    /** Copies a NUL-terminated string at {@code pa} (at most CMDLINE_MAX bytes). */
    static byte[] cString(PhysicalMemory mem, long pa) {
        if (pa == 0) return new byte[0];
        int n = 0;
        while (n < CMDLINE_MAX && mem.load8(pa + n) != 0) n++;
        byte[] s = new byte[n];
        for (int i = 0; i < n; i++) s[i] = (byte) mem.load8(pa + i);
        return s;
    }

    /**
     * Takes the root-table addresses from an RSDP (ACPI 6.5 §5.2.5.3): "RSD PTR ", checksum
     * over the first 20 bytes, RsdtAddress at 16; from revision 2 the XsdtAddress at 24.
     * An RSDP that fails its checksum is ignored (tables are then not found).
     */
    void readRsdp(PhysicalMemory mem, long rsdp) {
        if (rsdp == 0 || mem.load64(rsdp) != 0x2052545020445352L) return;   // "RSD PTR "
        int sum = 0;
        for (int i = 0; i < 20; i++) sum += mem.load8(rsdp + i);
        if ((sum & 0xff) != 0) return;
        acpiRsdt = mem.load32(rsdp + 16) & 0xffffffffL;
        if (mem.load8(rsdp + 15) >= 2) acpiXsdt = mem.load64(rsdp + 24);
    }
}
