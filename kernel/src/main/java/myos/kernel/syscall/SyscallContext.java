package myos.kernel.syscall;

import myos.kernel.mm.PageTable;
import myos.kernel.mm.PhysicalMemory;

/**
 * What a system call may touch of the calling task and the kernel. The processes issue
 * grows it (file table, credentials); here it is what write/exit/getpid/sched_yield need.
 * An interface, so that the system-call layer runs against fakes in JUnit.
 */
public interface SyscallContext {
    /** The caller's address space (user pointers are checked against it). */
    PageTable addressSpace();

    PhysicalMemory memory();

    /** Output to the console on behalf of fd 1 or 2. */
    void console(byte[] b, int off, int len);

    int pid();

    /** Ends the calling task with {@code status}; the caller does not return to user space. */
    void exit(int status);

    void yield();

    /** A per-task buffer for copying from user space (at least 64 bytes). */
    byte[] buffer();
}
