package myos.kernel.arch.x86_64;

/**
 * The x86 I/O port space (SDM Vol. 1 §19). Drivers of port-mapped devices (16550 UART, PIT,
 * CMOS, PIC, ACPI PM registers) take it as a parameter, so that their register protocols
 * run against simulated devices in JUnit; {@link CpuPorts} is the real one.
 */
public interface PortIo {
    int in8(int port);
    void out8(int port, int value);
    int in16(int port);
    void out16(int port, int value);
    int in32(int port);
    void out32(int port, int value);
}
