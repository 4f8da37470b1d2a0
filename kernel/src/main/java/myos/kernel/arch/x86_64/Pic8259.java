package myos.kernel.arch.x86_64;

/**
 * The legacy 8259A interrupt controllers, which we do not use (the I/O APIC routes device
 * interrupts). They are still there on pc and q35 and power up delivering IRQ 0-7 on
 * vectors 8-15, which are CPU exceptions, so they are remapped to 0x20-0x2f with the
 * standard ICW1-4 sequence (8259A data sheet) and then fully masked, as Linux does.
 */
public final class Pic8259 {
    static final int MASTER_CMD = 0x20, MASTER_DATA = 0x21, SLAVE_CMD = 0xa0, SLAVE_DATA = 0xa1;
    static final int ICW1_INIT_ICW4 = 0x11, ICW4_8086 = 0x01;

    private Pic8259() {}

    public static void disable(PortIo io) {
        io.out8(MASTER_CMD, ICW1_INIT_ICW4);
        io.out8(SLAVE_CMD, ICW1_INIT_ICW4);
        io.out8(MASTER_DATA, 0x20);        // ICW2: vector base
        io.out8(SLAVE_DATA, 0x28);
        io.out8(MASTER_DATA, 0x04);        // ICW3: slave on IRQ2
        io.out8(SLAVE_DATA, 0x02);         //       slave identity 2
        io.out8(MASTER_DATA, ICW4_8086);
        io.out8(SLAVE_DATA, ICW4_8086);
        io.out8(MASTER_DATA, 0xff);        // mask everything
        io.out8(SLAVE_DATA, 0xff);
    }
}
