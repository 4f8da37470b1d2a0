/*
 * myos_switch(uint64_t *save_sp, uint64_t new_sp, uint64_t new_thread_block): the kernel
 * context switch. Saves the callee-saved registers (System V ABI: RBX, RBP, R12-R15) on the
 * current stack, stores the stack pointer at *save_sp, points GS at the next thread's block
 * (IA32_GS_BASE, SDM Vol. 4 Table 2-2) and resumes the other thread where it called
 * myos_switch itself. Caller-saved registers need no saving: the call already made the
 * compiler assume them lost. The saved registers stay on the suspended thread's stack,
 * which the collector scans conservatively (DESIGN.md §1), so references held only in
 * them remain roots. A new thread's stack is prepared by the Java side to "return" into
 * its start routine: six zero words then the start address.
 * Called with interrupts off (the scheduler's lock).
 *
 * The x87/SSE state goes with the task (issue 4: user FPU/SSE state is saved per task):
 * FXSAVE64 into the old thread block's frame at TB_FXSAVE, FXRSTOR64 from the new one's
 * (SDM Vol. 1 §10.5; 512 bytes, 16-byte aligned). The kernel itself is compiled
 * -mgeneral-regs-only, so this is user state only; saving it on every switch is simpler
 * than lazy switching and costs two instructions per switch.
 */
#define MSR_GS_BASE 0xc0000101
#define TB_FXSAVE   1024            /* Layout.TB_FXSAVE: in the thread block's frame */

        .section .text, "ax"
        .code64
        .globl  myos_switch
myos_switch:
        push    %rbp
        push    %rbx
        push    %r12
        push    %r13
        push    %r14
        push    %r15
        mov     %gs:0, %rax                 /* the old thread block (its self word) */
        fxsave64 TB_FXSAVE(%rax)
        fxrstor64 TB_FXSAVE(%rdx)
        mov     %rsp, (%rdi)
        mov     %rsi, %rsp
        mov     %rdx, %rax
        shr     $32, %rdx
        mov     $MSR_GS_BASE, %ecx
        wrmsr
        pop     %r15
        pop     %r14
        pop     %r13
        pop     %r12
        pop     %rbx
        pop     %rbp
        ret

        .section .note.GNU-stack, "", @progbits

/*
 * myos_task_first_user: where a new task that starts in user space "returns" to on its first
 * switch-in. The Java side lays out its kernel stack as [6 zero words][this address][a trap
 * frame for ring 3]; after myos_switch pops the six words and returns here, %rsp points at
 * the trap frame, which myos_enter_frame leaves through.
 */
        .section .text, "ax"
        .globl  myos_task_first_user
myos_task_first_user:
        mov     %rsp, %rdi
        jmp     myos_enter_frame

        .section .note.GNU-stack, "", @progbits

/*
 * myos_idle: the idle task's code, entered like any task through myos_switch (its stack is
 * [6 zero words][myos_idle]). Waits for interrupts with them enabled; the timer interrupt's
 * scheduler call switches away as soon as something is runnable.
 */
        .section .text, "ax"
        .globl  myos_idle
myos_idle:
        sti
        hlt
        jmp     myos_idle

        .section .note.GNU-stack, "", @progbits

/*
 * myos_task_first_kernel: where a new kernel thread made for a java.lang.Thread "returns"
 * to on its first switch-in (stack: [6 zero words][this address], 16-byte aligned after
 * the return). The switch happened with interrupts off; the thread runs with them on.
 * It runs the runtime's thread entry (Start.threadMain, exported as myos_rt_thread_main),
 * then ends itself through the kernel (myos_kthread_exit, which never returns).
 */
        .section .text, "ax"
        .globl  myos_task_first_kernel
myos_task_first_kernel:
        sti
        call    myos_rt_thread_main
        call    myos_kthread_exit
        ud2

        .section .note.GNU-stack, "", @progbits
