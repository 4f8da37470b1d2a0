/*
 * Interrupt and exception entry (SDM Vol. 3A Chapter 6). One 16-byte stub per vector
 * (0-255) at isr_stubs + 16 * vector, which the Java IDT builder points the gates at; the
 * boot-info block publishes isr_stubs (BI_ISR_STUBS). Each stub makes the frame uniform
 * (frame.h) and jumps to trap_common, which:
 *   - swaps GS when the trap came from ring 3 (CS.RPL = 3), so %gs is the kernel thread
 *     block again (SWAPGS, SDM Vol. 2B; IA32_KERNEL_GS_BASE holds it while in user mode);
 *   - saves every general register, then the thread's pending-exception slot, and clears
 *     it (DESIGN.md §1: the pending exception is saved per trap);
 *   - calls myos_trap(frame) — the Java dispatcher, exported with the C ABI — on a
 *     16-byte-aligned stack with DF clear (System V ABI §3.2.1-3.2.2);
 *   - restores in reverse and returns with IRETQ, to whatever the frame now says
 *     (the Java side may edit RIP/RSP/RAX, e.g. to enter user space or return a value).
 * Interrupt gates clear IF, so handlers run with interrupts off.
 */
#include "frame.h"

/* Vectors for which the CPU pushes an error code (SDM Vol. 3A Table 6-1). */
#define HAS_ERROR(v) ((v) == 8 || (v) == 10 || (v) == 11 || (v) == 12 || (v) == 13 || \
                      (v) == 14 || (v) == 17 || (v) == 21 || (v) == 29 || (v) == 30)

        .section .text, "ax"
        .code64
        .balign 16
        .globl  isr_stubs
isr_stubs:
        .set    vec, 0
        .rept   256
        .balign 16
        .if     !HAS_ERROR(vec)
        pushq   $0
        .endif
        pushq   $vec
        jmp     trap_common
        .set    vec, vec + 1
        .endr

/* Pushes the general registers and the pending exception: frame.h from TF_PENDING to TF_RAX. */
.macro SAVE_REGS
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
.endm

.macro RESTORE_REGS
        popq    %gs:TB_PENDING
        pop     %r15
        pop     %r14
        pop     %r13
        pop     %r12
        pop     %r11
        pop     %r10
        pop     %r9
        pop     %r8
        pop     %rbp
        pop     %rdi
        pop     %rsi
        pop     %rdx
        pop     %rcx
        pop     %rbx
        pop     %rax
.endm

/* Calls \fn(frame) with the stack aligned; %rbx (callee-saved) keeps the frame address. */
.macro CALL_JAVA fn
        cld
        mov     %rsp, %rdi
        mov     %rsp, %rbx
        and     $-16, %rsp
        call    \fn
        mov     %rbx, %rsp
.endm

trap_common:
        /* At this point: vector at 0(%rsp), error at 8, RIP 16, CS 24. */
        testb   $3, 24(%rsp)
        jz      1f
        swapgs
1:      SAVE_REGS
        CALL_JAVA myos_trap
        .globl  trap_return
trap_return:
        RESTORE_REGS
        testb   $3, 24(%rsp)
        jz      2f
        swapgs
2:      add     $16, %rsp                   /* vector and error code */
        iretq

/*
 * myos_enter_frame(frame): leaves the kernel through a trap frame the Java side built
 * (the first entry of a thread into user space: RIP/RSP/CS/SS/RFLAGS of ring 3, zeroed
 * registers). Never returns.
 */
        .globl  myos_enter_frame
myos_enter_frame:
        mov     %rdi, %rsp
        jmp     trap_return

        .section .note.GNU-stack, "", @progbits
