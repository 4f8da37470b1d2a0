package myos.kernel.panic;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import myos.kernel.log.Fmt;
import myos.kernel.log.Kmsg;
import myos.kernel.mm.SimulatedMemory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class PanicReportTest {
    private static final long TEXT = 0x1000;     // small addresses: the table stores full u64s anyway

    /** Writes a symbol table with rows (address, name, file, line) at 0x10000. */
    private static SymbolTable table(SimulatedMemory mem, Object[][] rows) {
        long base = 0x10000;
        StringBuilder strings = new StringBuilder();
        Map<String, Integer> offsets = new HashMap<>();
        int stringsOffset = SymbolTable.HEADER + rows.length * SymbolTable.ROW;
        mem.store64(base, SymbolTable.MAGIC);
        mem.store32(base + 8, rows.length);
        mem.store32(base + 12, stringsOffset);
        for (int i = 0; i < rows.length; i++) {
            long r = base + SymbolTable.HEADER + (long) i * SymbolTable.ROW;
            mem.store64(r, (Long) rows[i][0]);
            for (int k = 1; k <= 2; k++) {
                String s = (String) rows[i][k];
                offsets.computeIfAbsent(s, x -> {
                    int off = strings.length();
                    strings.append(x).append('\0');
                    return off;
                });
                mem.store32(r + 4 + 4 * k, offsets.get(s));
            }
            mem.store32(r + 16, (Integer) rows[i][3]);
        }
        mem.storeBytes(base + stringsOffset, strings.toString().getBytes(StandardCharsets.US_ASCII));
        return new SymbolTable(mem, base);
    }

    private final SimulatedMemory mem = new SimulatedMemory(1 << 20);
    private final SymbolTable symbols = table(mem, new Object[][] {
        {TEXT, "myos.kernel.Kernel.main", "Kernel.java", 40},
        {TEXT + 0x30, "myos.kernel.Kernel.main", "Kernel.java", 42},
        {TEXT + 0x100, "myos.kernel.DebugTests.pageFault", "DebugTests.java", 17},
        {TEXT + 0x180, "myos.kernel.DebugTests.run", "DebugTests.java", 9},
    });

    @Test
    void symbolLookupFindsTheCoveringRow() {
        assertEquals(-1, symbols.find(TEXT - 1));
        assertEquals(0, symbols.find(TEXT));
        assertEquals(1, symbols.find(TEXT + 0x30));
        assertEquals(1, symbols.find(TEXT + 0xff));
        assertEquals(3, symbols.find(0xffffffff80000000L), "addresses compare unsigned");
        assertEquals("myos.kernel.Kernel.main(Kernel.java:42)", symbols.describe(TEXT + 0x31, new Fmt(100)).toString());
        assertEquals("0x0000000000000010", symbols.describe(0x10, new Fmt(100)).toString());
        assertEquals(0, new SymbolTable(mem, 0x20000).count(), "no magic, no table");
    }

    @Test
    void pageFaultReportHasRegistersCr2KmsgAndJavaBacktrace() {
        Kmsg kmsg = new Kmsg(4096);
        for (int i = 1; i <= 12; i++) {
            byte[] b = ("line " + i).getBytes(StandardCharsets.US_ASCII);
            kmsg.append(Kmsg.INFO, i * 1_000_000L, b, 0, b.length);
        }
        long[] regs = new long[PanicReport.COUNT];
        regs[PanicReport.VECTOR] = 14;
        regs[PanicReport.ERROR] = 2;                     // write, not present, kernel
        regs[PanicReport.RIP] = TEXT + 0x110;
        regs[PanicReport.RAX] = 0xdead;
        // Stack: frame at 0x8000 returns into run(); its caller frame at 0x8040 returns into main().
        Map<Long, Long> stack = new HashMap<>();
        stack.put(0x8000L, 0x8040L);
        stack.put(0x8008L, TEXT + 0x190);
        stack.put(0x8040L, 0L);
        stack.put(0x8048L, TEXT + 0x35);
        List<String> out = new ArrayList<>();
        PanicReport.print("page fault in kernel mode", regs, 0x10L, 0x1000L, kmsg,
            a -> stack.getOrDefault(a, 0L), symbols, regs[PanicReport.RIP], 0x8000L, new Fmt(200), l -> out.add(l.toString()));
        String text = String.join("\n", out);
        assertEquals("KERNEL PANIC: page fault in kernel mode", out.get(0));
        assertTrue(text.contains("rip=0x0000000000001110 rsp=0x0000000000000000 rflags=0x0000000000000000"), text);
        assertTrue(text.contains("rax=0x000000000000dead"), text);
        assertTrue(text.contains("cr2=0x0000000000000010 cr3=0x0000000000001000 (kernel write to an unmapped page)"), text);
        assertTrue(text.contains("  [    0.012000] line 12"), text);
        assertFalse(text.contains("] line 2\n"), "only the last ten lines");
        int bt = out.indexOf("backtrace:");
        assertEquals(List.of(
            "  at myos.kernel.DebugTests.pageFault(DebugTests.java:17)",
            "  at myos.kernel.DebugTests.run(DebugTests.java:9)",
            "  at myos.kernel.Kernel.main(Kernel.java:42)"), out.subList(bt + 1, out.size()));
    }

    @Test
    void aCorruptFramePointerEndsTheWalk() {
        Map<Long, Long> stack = new HashMap<>();
        stack.put(0x8000L, 0x7000L);                     // points downwards: corrupt
        stack.put(0x8008L, TEXT + 0x40);
        List<String> out = new ArrayList<>();
        int n = Backtrace.print(a -> stack.getOrDefault(a, 0L), symbols, TEXT, 0x8000L, new Fmt(200), l -> out.add(l.toString()));
        assertEquals(2, n);
        assertEquals(1, Backtrace.print(a -> 0L, symbols, TEXT, 0x8003L, new Fmt(200), l -> { }), "misaligned rbp");
    }

    @Test
    void pageFaultCauses() {
        assertEquals("user read of an unmapped page", PanicReport.pageFaultCause(4));
        assertEquals("kernel write to a read-only page", PanicReport.pageFaultCause(3));
        assertEquals("instruction fetch from a no-execute page", PanicReport.pageFaultCause(0x11));
        assertEquals("reserved bit set in a paging entry", PanicReport.pageFaultCause(9));
    }
}
