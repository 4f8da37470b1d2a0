/*
 * Second ring-3 program of issue 4: proves that user SSE state is saved per task. Two
 * copies run at once, each with its own tag in RDI; each puts the tag in XMM0, yields the
 * CPU to the other (sched_yield), and checks that XMM0 still holds its tag, 100 times.
 * Exit status 0, or 3 if XMM0 came back changed (the other task's value leaked in).
 * Embedded in myos.kernel.syscall.Ring3Sse (a host test compares the bytes).
 */
        .text
        .code64
        .globl  _start
_start:
        mov     %rdi, %rbx
        mov     $100, %r12d
1:      movq    %rbx, %xmm0
        mov     $24, %eax                   /* sched_yield */
        syscall
        movq    %xmm0, %rax
        cmp     %rbx, %rax
        jne     2f
        dec     %r12d
        jnz     1b
        mov     $60, %eax                   /* exit(0) */
        xor     %edi, %edi
        syscall
2:      mov     $60, %eax                   /* exit(3) */
        mov     $3, %edi
        syscall
