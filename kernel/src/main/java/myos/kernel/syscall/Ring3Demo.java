package myos.kernel.syscall;

import myos.kernel.mm.FrameSource;
import myos.kernel.mm.Layout;
import myos.kernel.mm.PageTable;
import myos.kernel.mm.PhysicalMemory;

/**
 * The embedded ring-3 program of issue 4 (source: kernel/src/main/asm/user/ring3_demo.S;
 * a host test re-assembles it and compares the bytes). It writes a line, proves that a bad
 * pointer passed to write(2) comes back as -EFAULT, writes a second line and exits.
 * {@link #load} maps it into an address space: code read-only and executable, a stack page
 * writable and no-execute, both user-accessible, nothing else.
 */
public final class Ring3Demo {
    /** Where the code is mapped (the traditional ELF text address). */
    public static final long ENTRY = 0x400000L;
    /** One stack page just below 2^47 - 4 GiB; the stack pointer starts at its top. */
    public static final long STACK_PAGE = 0x7ffeffffe000L;
    public static final long STACK_TOP = STACK_PAGE + Layout.PAGE_SIZE;
    public static final int EXIT_OK = 0, EXIT_NO_EFAULT = 2;

    static final byte[] CODE = {
        (byte) 0xb8, 0x01, 0x00, 0x00, 0x00, (byte) 0xbf, 0x01, 0x00, 0x00, 0x00, 0x48, (byte) 0x8d,
        0x35, 0x50, 0x00, 0x00, 0x00, (byte) 0xba, 0x12, 0x00, 0x00, 0x00, 0x0f, 0x05,
        (byte) 0xb8, 0x01, 0x00, 0x00, 0x00, (byte) 0xbf, 0x01, 0x00, 0x00, 0x00, (byte) 0xbe, 0x00,
        0x00, (byte) 0xad, (byte) 0xde, (byte) 0xba, 0x05, 0x00, 0x00, 0x00, 0x0f, 0x05, 0x48, (byte) 0x83,
        (byte) 0xf8, (byte) 0xf2, 0x75, 0x21, (byte) 0xb8, 0x01, 0x00, 0x00, 0x00, (byte) 0xbf, 0x01, 0x00,
        0x00, 0x00, 0x48, (byte) 0x8d, 0x35, 0x2e, 0x00, 0x00, 0x00, (byte) 0xba, 0x1d, 0x00,
        0x00, 0x00, 0x0f, 0x05, (byte) 0xb8, 0x3c, 0x00, 0x00, 0x00, 0x31, (byte) 0xff, 0x0f,
        0x05, (byte) 0xb8, 0x3c, 0x00, 0x00, 0x00, (byte) 0xbf, 0x02, 0x00, 0x00, 0x00, 0x0f,
        0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x66, 0x72, 0x6f, 0x6d, 0x20,
        0x72, 0x69, 0x6e, 0x67, 0x20, 0x33, 0x0a, 0x77, 0x72, 0x69, 0x74, 0x65,
        0x28, 0x62, 0x61, 0x64, 0x20, 0x70, 0x6f, 0x69, 0x6e, 0x74, 0x65, 0x72,
        0x29, 0x20, 0x3d, 0x20, 0x2d, 0x45, 0x46, 0x41, 0x55, 0x4c, 0x54, 0x0a,
    };

    private Ring3Demo() {}

    /** Maps this program's code and a stack into {@code pt}; false if frames ran out. */
    public static boolean load(PageTable pt, PhysicalMemory mem, FrameSource frames, boolean nx) {
        return load(pt, mem, frames, nx, CODE);
    }

    /**
     * Maps {@code program} (at most one page of position-independent code) read-only and
     * executable at {@link #ENTRY}, and one writable, no-execute stack page below
     * {@link #STACK_TOP}, both user-accessible; false if frames ran out.
     */
    public static boolean load(PageTable pt, PhysicalMemory mem, FrameSource frames, boolean nx, byte[] program) {
        if (program.length > Layout.PAGE_SIZE) throw new IllegalArgumentException("program larger than a page");
        long code = frames.allocZeroedFrame();
        long stack = frames.allocZeroedFrame();
        if (code == 0 || stack == 0) return false;
        for (int i = 0; i < program.length; i++) mem.store8(code + i, program[i]);
        return pt.map(ENTRY, code, PageTable.US)
            && pt.map(STACK_PAGE, stack, PageTable.US | PageTable.RW | (nx ? PageTable.NX : 0));
    }

    public static byte[] code() {
        return CODE;
    }

    public static int codeLength() {
        return CODE.length;
    }
}
