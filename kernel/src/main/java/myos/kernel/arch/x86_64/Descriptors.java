package myos.kernel.arch.x86_64;

/**
 * Encodings of x86-64 segment, TSS and gate descriptors, and the kernel's GDT layout.
 *
 * <p>The GDT (SDM Vol. 3A §3.4.5, §5.2.1) is laid out for SYSCALL/SYSRET (SDM Vol. 2B
 * SYSCALL, SYSRET; Vol. 3A §5.8.8): SYSCALL loads CS = STAR[47:32] and SS = that + 8;
 * 64-bit SYSRET loads CS = STAR[63:48] + 16 and SS = STAR[63:48] + 8, both with RPL 3. So
 * kernel code, kernel data, then user code32 (the STAR base), user data, user code64.
 * The kernel selectors equal the boot GDT's (entry32.S), so loading this GDT needs no
 * segment reload: the descriptor caches stay valid (SDM Vol. 3A §3.4.3).
 */
public final class Descriptors {
    private Descriptors() {}

    public static final int KERNEL_CS = 0x08;
    public static final int KERNEL_DS = 0x10;
    public static final int USER_CS32 = 0x18;
    public static final int USER_DS = 0x20;
    public static final int USER_CS = 0x28;
    public static final int TSS = 0x30;
    /** Entries (8 bytes each): 6 segments and a 16-byte TSS descriptor. */
    public static final int GDT_ENTRIES = 8;
    public static final int RPL_USER = 3;

    /** STAR value: SYSCALL base 0x08, SYSRET base 0x18 (EIP part unused in long mode). */
    public static final long STAR = ((long) USER_CS32 << 48) | ((long) KERNEL_CS << 32);

    // Access byte: P, DPL, S (code/data), type (SDM Vol. 3A Table 3-1).
    static final int ACCESS_KERNEL_CODE = 0x9a;   // P | S | code, readable
    static final int ACCESS_KERNEL_DATA = 0x92;   // P | S | data, writable
    static final int ACCESS_USER_CODE = 0xfa;     // ... with DPL 3
    static final int ACCESS_USER_DATA = 0xf2;
    static final int ACCESS_TSS64 = 0x89;          // P | type 9: available 64-bit TSS
    // Flags nibble: G (bit 3), D/B (bit 2), L (bit 1).
    static final int FLAGS_CODE64 = 0xa;           // G | L
    static final int FLAGS_DATA = 0xc;             // G | D/B
    static final int FLAGS_CODE32 = 0xc;

    /** An 8-byte code or data segment descriptor. */
    public static long segment(long base, int limit, int access, int flags) {
        return (limit & 0xffffL)
            | (base & 0xffffffL) << 16
            | (long) (access & 0xff) << 40
            | (long) ((limit >>> 16) & 0xf) << 48
            | (long) (flags & 0xf) << 52
            | ((base >>> 24) & 0xffL) << 56;
    }

    /** Low 8 bytes of the 16-byte 64-bit TSS descriptor (SDM Vol. 3A §8.2.3, Figure 8-4). */
    public static long tssLow(long base, int limit) {
        return segment(base, limit, ACCESS_TSS64, 0);
    }

    /** High 8 bytes: base[63:32], the rest reserved zero. */
    public static long tssHigh(long base) {
        return base >>> 32;
    }

    /** The six segment descriptors of the layout above, in selector order. */
    public static long[] segments() {
        return new long[] {
            0,
            segment(0, 0xfffff, ACCESS_KERNEL_CODE, FLAGS_CODE64),
            segment(0, 0xfffff, ACCESS_KERNEL_DATA, FLAGS_DATA),
            segment(0, 0xfffff, ACCESS_USER_CODE, FLAGS_CODE32),
            segment(0, 0xfffff, ACCESS_USER_DATA, FLAGS_DATA),
            segment(0, 0xfffff, ACCESS_USER_CODE, FLAGS_CODE64),
        };
    }

    public static final int GATE_INTERRUPT = 0xe;   // IF cleared on entry
    public static final int GATE_TRAP = 0xf;

    /** Low 8 bytes of a 64-bit IDT gate (SDM Vol. 3A §6.14.1, Figure 6-8). */
    public static long gateLow(long handler, int selector, int ist, int type, int dpl) {
        return (handler & 0xffffL)
            | (long) (selector & 0xffff) << 16
            | (long) (ist & 7) << 32
            | (long) (type & 0xf) << 40
            | (long) (dpl & 3) << 45
            | 1L << 47
            | ((handler >>> 16) & 0xffffL) << 48;
    }

    /** High 8 bytes of a gate: handler[63:32]. */
    public static long gateHigh(long handler) {
        return handler >>> 32;
    }
}
