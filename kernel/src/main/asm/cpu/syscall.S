/*
 * SYSCALL entry (SDM Vol. 2B SYSCALL; Vol. 3A §5.8.8). The CPU has put the user RIP in RCX
 * and RFLAGS in R11, loaded CS/SS from STAR and cleared the RFLAGS bits in IA32_FMASK (IF,
 * DF, TF, AC: the kernel sets FMASK so), but left RSP on the user stack. So: SWAPGS to reach
 * the thread block, park the user RSP there, switch to the thread's kernel stack, and build
 * the same frame an interrupt from ring 3 would (frame.h, vector SYSCALL_VECTOR), so the
 * Java side handles both alike: myos_syscall(frame) finds the number in RAX and the
 * arguments in RDI, RSI, RDX, R10, R8, R9 (Linux x86-64 ABI) and leaves the result in RAX.
 *
 * The return goes through IRETQ rather than SYSRETQ: slower, but immune to the SYSRET
 * non-canonical-RIP problem (a #GP taken in ring 0 on the user stack), and it restores
 * every register the Java side may have changed.
 */
#include "frame.h"

        .section .text, "ax"
        .code64
        .globl  myos_syscall_entry
myos_syscall_entry:
        swapgs
        mov     %rsp, %gs:TB_USER_RSP
        mov     %gs:TB_KERNEL_RSP, %rsp
        pushq   $USER_SS
        pushq   %gs:TB_USER_RSP
        push    %r11                        /* user RFLAGS */
        pushq   $USER_CS
        push    %rcx                        /* user RIP */
        pushq   $0                          /* error code */
        pushq   $SYSCALL_VECTOR
        push    %rax
        push    %rbx
        push    %rcx
        push    %rdx
        push    %rsi
        push    %rdi
        push    %rbp
        push    %r8
        push    %r9
        push    %r10
        push    %r11
        push    %r12
        push    %r13
        push    %r14
        push    %r15
        pushq   %gs:TB_PENDING
        movq    $0, %gs:TB_PENDING
        cld
        mov     %rsp, %rdi
        mov     %rsp, %rbx
        and     $-16, %rsp
        call    myos_syscall
        mov     %rbx, %rsp
        jmp     trap_return                 /* CS in the frame has RPL 3: swapgs + iretq */

        .section .note.GNU-stack, "", @progbits
