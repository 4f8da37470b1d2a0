package myos.kernel.mm;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class MemoryMapTest {
    @Test
    void usableIsRamMinusEveryOtherTypeInPages() {
        MemoryMap m = new MemoryMap();
        // QEMU pc with 256 MiB: low RAM, EBDA/ROM hole, high RAM, BIOS ROM at the top
        m.add(0, 0x9fc00, MemoryMap.TYPE_RAM);
        m.add(0x9fc00, 0x400, MemoryMap.TYPE_RESERVED);
        m.add(0xf0000, 0x10000, MemoryMap.TYPE_RESERVED);
        m.add(0x100000, 0xfee0000, MemoryMap.TYPE_RAM);
        m.add(0xffe0000, 0x20000, MemoryMap.TYPE_RESERVED);
        m.add(0xfffc0000L, 0x40000, MemoryMap.TYPE_RESERVED);
        // an overlapping ACPI entry inside RAM (firmware maps do this): the stricter type wins
        m.add(0x7000000, 0x1800, MemoryMap.TYPE_ACPI_NVS);
        RangeSet u = m.usable();
        assertEquals(3, u.count());
        assertEquals(0, u.start(0));
        assertEquals(0x9f000, u.end(0));                 // 0x9fc00 rounded down
        assertEquals(0x100000, u.start(1));
        assertEquals(0x7000000, u.end(1));
        assertEquals(0x7002000, u.start(2));             // 0x7001800 rounded up
        assertEquals(0xffe0000, u.end(2));
        assertEquals(0xffe0000, m.ramEnd());
    }
}
