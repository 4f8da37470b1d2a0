package myos.kernel.mm;

/**
 * Byte-addressed access to physical memory, little-endian like x86. In the kernel it is
 * the higher-half direct map read with the {@code Mem} intrinsics ({@link DirectMap});
 * on the host JVM a simulated memory implements it, so the boot-information parsers,
 * the frame allocator and the page-table code run in JUnit unchanged (DESIGN.md §7,
 * "Host fakes of those interfaces").
 */
public interface PhysicalMemory {
    int load8(long pa);
    int load16(long pa);
    int load32(long pa);
    long load64(long pa);
    void store8(long pa, int value);
    void store16(long pa, int value);
    void store32(long pa, int value);
    void store64(long pa, long value);
    /** Clears {@code bytes} bytes from {@code pa}. */
    void zero(long pa, long bytes);
}
