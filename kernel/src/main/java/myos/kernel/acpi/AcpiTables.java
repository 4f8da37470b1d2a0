package myos.kernel.acpi;

import myos.kernel.mm.PhysicalMemory;

/**
 * Finds ACPI system description tables by signature (ACPI 6.5 §5.2). The root is the XSDT
 * (64-bit entries, §5.2.8) when the firmware has one, else the RSDT (32-bit entries,
 * §5.2.7). Every table starts with the 36-byte header of §5.2.6: Signature @0,
 * Length @4, Revision @8, Checksum @9 (all bytes of the table sum to 0 mod 256).
 * A table whose checksum fails is treated as absent.
 */
public final class AcpiTables {
    public static final int HEADER_SIZE = 36;

    private final PhysicalMemory mem;
    private final long root;
    private final int entrySize;

    /** {@code rsdt}/{@code xsdt}: physical addresses from the RSDP, 0 when absent. */
    public AcpiTables(PhysicalMemory mem, long rsdt, long xsdt) {
        this.mem = mem;
        if (xsdt != 0 && valid(mem, xsdt, "XSDT")) {
            root = xsdt;
            entrySize = 8;
        } else if (rsdt != 0 && valid(mem, rsdt, "RSDT")) {
            root = rsdt;
            entrySize = 4;
        } else {
            root = 0;
            entrySize = 0;
        }
    }

    public boolean present() {
        return root != 0;
    }

    public PhysicalMemory memory() {
        return mem;
    }

    /** Physical address of the first valid table with this signature, or 0. */
    public long find(String signature) {
        if (root == 0) return 0;
        long length = mem.load32(root + 4) & 0xffffffffL;
        for (long e = root + HEADER_SIZE; e + entrySize <= root + length; e += entrySize) {
            long table = entrySize == 8 ? mem.load64(e) : mem.load32(e) & 0xffffffffL;
            if (table != 0 && valid(mem, table, signature)) return table;
        }
        return 0;
    }

    public static long length(PhysicalMemory mem, long table) {
        return mem.load32(table + 4) & 0xffffffffL;
    }

    /** Signature matches and the checksum over Length bytes is zero. */
    static boolean valid(PhysicalMemory mem, long table, String signature) {
        for (int i = 0; i < 4; i++) {
            if (mem.load8(table + i) != signature.charAt(i)) return false;
        }
        long length = length(mem, table);
        if (length < HEADER_SIZE || length > (1 << 24)) return false;
        int sum = 0;
        for (long i = 0; i < length; i++) sum += mem.load8(table + i);
        return (sum & 0xff) == 0;
    }
}
