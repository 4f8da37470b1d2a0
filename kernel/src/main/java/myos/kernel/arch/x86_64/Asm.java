package myos.kernel.arch.x86_64;

import myos.rt.Extern;

/**
 * Calls from Java into the kernel's assembly (kernel/src/main/asm/cpu). These are the only
 * native methods of the kernel that are not {@code myos.rt} intrinsics: {@code @Extern}
 * makes the compiler call the named symbol directly with the System V convention (longs
 * as uint64_t). The functions never throw.
 */
public final class Asm {
    private Asm() {}

    /**
     * {@code myos_switch(save_sp, new_sp, new_thread_block)} (cpu/switch.S): saves the
     * callee-saved registers on the current stack, stores the stack pointer at
     * {@code saveSpAddress}, sets IA32_GS_BASE to {@code newThreadBlock} and continues the
     * thread whose stack pointer is {@code newSp}. Returns when this thread is switched back to.
     */
    @Extern("myos_switch")
    public static native void switchContext(long saveSpAddress, long newSp, long newThreadBlock);

    /** {@code myos_enter_frame(frame)} (cpu/trap.S): leaves the kernel through a built trap frame; never returns. */
    @Extern("myos_enter_frame")
    public static native void enterFrame(long frame);
}
