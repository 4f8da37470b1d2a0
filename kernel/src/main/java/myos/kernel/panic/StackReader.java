package myos.kernel.panic;

/**
 * Reads words of the kernel's virtual address space for the backtrace. The kernel's
 * implementation refuses addresses outside the stack being walked, so a corrupt frame
 * pointer ends the walk instead of faulting inside the panic handler.
 */
public interface StackReader {
    /** The word at {@code address}, or 0 if it must not be read. */
    long load64(long address);
}
