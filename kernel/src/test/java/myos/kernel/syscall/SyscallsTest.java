package myos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import myos.kernel.mm.FrameAllocator;
import myos.kernel.mm.PageTable;
import myos.kernel.mm.PhysicalMemory;
import myos.kernel.mm.RangeSet;
import myos.kernel.mm.SimulatedMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("host")
class SyscallsTest {
    private final SimulatedMemory mem = new SimulatedMemory(1 << 24);
    private FrameAllocator frames;
    private PageTable pt;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private int exitStatus = -1;
    private int yields;
    private final byte[] buffer = new byte[256];

    private final SyscallContext ctx = new SyscallContext() {
        public PageTable addressSpace() { return pt; }
        public PhysicalMemory memory() { return mem; }
        public void console(byte[] b, int off, int len) { console.write(b, off, len); }
        public int pid() { return 7; }
        public void exit(int status) { exitStatus = status; }
        public void yield() { yields++; }
        public byte[] buffer() { return buffer; }
    };

    @BeforeEach
    void setUp() {
        RangeSet r = new RangeSet();
        r.add(0x100000, 0x200000);
        frames = new FrameAllocator(mem, r);
        pt = new PageTable(mem, frames);
        assertTrue(Ring3Demo.load(pt, mem, frames, true));
    }

    private long call(long nr, long a0, long a1, long a2) {
        return Syscalls.dispatch(ctx, nr, a0, a1, a2, 0, 0, 0);
    }

    @Test
    void demoIsMappedUserExecutableAndItsStackUserWritableNoExec() {
        long code = pt.leaf(Ring3Demo.ENTRY);
        assertEquals(PageTable.US, code & (PageTable.US | PageTable.RW | PageTable.NX));
        long stack = pt.leaf(Ring3Demo.STACK_PAGE);
        assertEquals(PageTable.US | PageTable.RW | PageTable.NX, stack & (PageTable.US | PageTable.RW | PageTable.NX));
        assertEquals(0xb8, mem.load8(pt.translate(Ring3Demo.ENTRY)));
    }

    @Test
    void writeOfTheDemoStringsAndOfABadPointer() {
        // The demo's own "hello from ring 3\n", read from its code page as the real call would.
        int hello = new String(Ring3Demo.CODE, StandardCharsets.ISO_8859_1).indexOf("hello");
        assertEquals(18, call(Syscalls.WRITE, 1, Ring3Demo.ENTRY + hello, 18));
        assertEquals("hello from ring 3\n", console.toString(StandardCharsets.US_ASCII));
        assertEquals(-14, call(Syscalls.WRITE, 1, 0xdead0000L, 5), "bad pointer: -EFAULT, nothing written");
        assertEquals(-14, call(Syscalls.WRITE, 1, Ring3Demo.ENTRY + 4000, 200), "runs off the mapped page");
        assertEquals(-14, call(Syscalls.WRITE, 2, 0xffffffff80100000L, 4), "kernel address");
        assertEquals(18, console.size());
        assertEquals(-9, call(Syscalls.WRITE, 5, Ring3Demo.ENTRY, 1), "no such fd");
        assertEquals(0, call(Syscalls.WRITE, 1, Ring3Demo.ENTRY, 0));
    }

    @Test
    void longWritesGoOutInChunks() {
        long va = Ring3Demo.STACK_PAGE;
        byte[] text = new byte[1000];
        for (int i = 0; i < text.length; i++) text[i] = (byte) ('a' + i % 26);
        for (int i = 0; i < text.length; i++) mem.store8(pt.translate(va + i), text[i]);
        assertEquals(1000, call(Syscalls.WRITE, 1, va, 1000));
        assertArrayEquals(text, console.toByteArray());
    }

    @Test
    void otherCalls() {
        assertEquals(7, call(Syscalls.GETPID, 0, 0, 0));
        assertEquals(0, call(Syscalls.SCHED_YIELD, 0, 0, 0));
        assertEquals(1, yields);
        assertEquals(-38, call(500, 0, 0, 0));
        assertEquals(-38, call(1L << 40 | Syscalls.WRITE, 1, Ring3Demo.ENTRY, 1), "upper bits are not ignored");
        call(Syscalls.EXIT, 2, 0, 0);
        assertEquals(2, exitStatus);
        assertEquals("write", Syscalls.name(Syscalls.WRITE));
        assertNull(Syscalls.name(500));
    }

    @Test
    void embeddedBytesMatchTheAssemblySource(@TempDir Path tmp) throws Exception {
        assertArrayEquals(assemble(tmp, "ring3_demo.S"), Ring3Demo.CODE, "regenerate Ring3Demo.CODE from ring3_demo.S");
        assertArrayEquals(assemble(tmp, "ring3_sse.S"), Ring3Sse.CODE, "regenerate Ring3Sse.CODE from ring3_sse.S");
    }

    private static byte[] assemble(Path tmp, String source) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("myos"))) root = root.getParent();
        Path obj = tmp.resolve(source + ".o"), bin = tmp.resolve(source + ".bin");
        run("gcc", "-c", "-o", obj.toString(), root.resolve("kernel/src/main/asm/user/" + source).toString());
        run("objcopy", "-O", "binary", "-j", ".text", obj.toString(), bin.toString());
        return Files.readAllBytes(bin);
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ": " + out);
    }
}
