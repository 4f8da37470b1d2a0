package myos.rt;

/** x86-64 instructions the kernel needs (kernel target only). */
public final class Cpu {
    private Cpu() {}

    public static native void outb(int port, int value);
    public static native void outw(int port, int value);
    public static native void outl(int port, int value);
    public static native int inb(int port);
    public static native int inw(int port);
    public static native int inl(int port);
    /** cpuid(leaf, subleaf) into out[0..3] = eax, ebx, ecx, edx. */
    public static native void cpuid(int leaf, int subleaf, long outAddress);
    public static native long rdtsc();
    public static native long rdmsr(int msr);
    public static native void wrmsr(int msr, long value);
    public static native long readCr0();
    public static native long readCr2();
    public static native long readCr3();
    public static native long readCr4();
    public static native void writeCr0(long v);
    public static native void writeCr3(long v);
    public static native void writeCr4(long v);
    public static native void invlpg(long address);
    public static native void cli();
    public static native void sti();
    public static native void hlt();
    /** Loads the descriptor-table register from a 10-byte pseudo-descriptor at address. */
    public static native void lgdt(long address);
    public static native void lidt(long address);
    public static native void ltr(int selector);
    public static native long readFlags();
}
