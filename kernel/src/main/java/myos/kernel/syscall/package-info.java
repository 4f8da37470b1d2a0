/**
 * The door to user space: the system-call table and its handlers, and the embedded ring-3
 * program that proves the path (issue 4). The entry is kernel/src/main/asm/cpu/syscall.S
 * (SYSCALL, enabled by EFER.SCE with STAR/LSTAR/FMASK), which builds a trap frame and calls
 * the Java dispatcher; results go back in RAX. User memory is reached only through
 * {@link myos.kernel.mm.UserMemory}: a bad pointer is -EFAULT, never a kernel fault.
 * Handlers run in the calling task's context with interrupts on; they may allocate.
 */
package myos.kernel.syscall;
