package myos.kernel.arch.x86_64;

/**
 * Calls from Java into the kernel's assembly (kernel/src/main/asm/cpu). These are the only
 * native methods of the kernel that are not {@code myos.rt} intrinsics. Binding them needs
 * one rule in the compiler that does not exist yet (docs/abi.md, "Kernel target", open
 * item 1): a {@code native} method of a kernel class that is not an intrinsic compiles to a
 * direct call of the C symbol named in its javadoc, with longs passed as uint64_t in the
 * System V registers. Until then the compiler rejects these declarations, loudly, as it
 * must for any native it does not know.
 */
public final class Asm {
    private Asm() {}

    /**
     * {@code myos_switch(save_sp, new_sp, new_thread_block)} (cpu/switch.S): saves the
     * callee-saved registers on the current stack, stores the stack pointer at
     * {@code saveSpAddress}, sets IA32_GS_BASE to {@code newThreadBlock} and continues the
     * thread whose stack pointer is {@code newSp}. Returns when this thread is switched back to.
     */
    public static native void switchContext(long saveSpAddress, long newSp, long newThreadBlock);

    /** {@code myos_enter_frame(frame)} (cpu/trap.S): leaves the kernel through a built trap frame; never returns. */
    public static native void enterFrame(long frame);
}
