package myos.kernel.arch.x86_64;

import myos.rt.Cpu;
import myos.rt.NoAllocation;

/** The machine's I/O ports: the in/out instructions through the {@code Cpu} intrinsics. */
public final class CpuPorts implements PortIo {
    public static final CpuPorts INSTANCE = new CpuPorts();

    private CpuPorts() {}

    @Override
    @NoAllocation(reason = "device access from interrupt handlers")
    public int in8(int port) {
        return Cpu.inb(port) & 0xff;
    }

    @Override
    @NoAllocation(reason = "device access from interrupt handlers")
    public void out8(int port, int value) {
        Cpu.outb(port, value & 0xff);
    }

    @Override
    @NoAllocation(reason = "device access from interrupt handlers")
    public int in16(int port) {
        return Cpu.inw(port) & 0xffff;
    }

    @Override
    @NoAllocation(reason = "device access from interrupt handlers")
    public void out16(int port, int value) {
        Cpu.outw(port, value & 0xffff);
    }

    @Override
    @NoAllocation(reason = "device access from interrupt handlers")
    public int in32(int port) {
        return Cpu.inl(port);
    }

    @Override
    @NoAllocation(reason = "device access from interrupt handlers")
    public void out32(int port, int value) {
        Cpu.outl(port, value);
    }
}
