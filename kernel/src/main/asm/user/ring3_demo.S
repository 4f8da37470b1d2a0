/*
 * The ring-3 proof of issue 4: a position-independent user program the kernel copies into
 * a user page and runs in ring 3 with SMEP and SMAP on. It uses only the Linux x86-64
 * system-call ABI (number in RAX; arguments RDI, RSI, RDX; SYSCALL clobbers RCX and R11):
 *   write(1, "hello from ring 3\n", 18)
 *   write(1, 0xdead0000, 5)       must return -EFAULT (-14), not panic the kernel
 *   write(1, "write(bad pointer) = -EFAULT\n", 29)
 *   exit(0)                       or exit(2) if the bad write did not fail with -EFAULT
 * Not linked into the kernel: its bytes are embedded in myos.kernel.syscall.Ring3Demo, and a
 * host test re-assembles this file and compares.
 */
        .text
        .code64
        .globl  _start
_start:
        mov     $1, %eax
        mov     $1, %edi
        lea     hello(%rip), %rsi
        mov     $hello_end - hello, %edx
        syscall
        mov     $1, %eax
        mov     $1, %edi
        mov     $0xdead0000, %esi
        mov     $5, %edx
        syscall
        cmp     $-14, %rax
        jne     fail
        mov     $1, %eax
        mov     $1, %edi
        lea     efault(%rip), %rsi
        mov     $efault_end - efault, %edx
        syscall
        mov     $60, %eax
        xor     %edi, %edi
        syscall
fail:   mov     $60, %eax
        mov     $2, %edi
        syscall
hello:  .ascii  "hello from ring 3\n"
hello_end:
efault: .ascii  "write(bad pointer) = -EFAULT\n"
efault_end:
