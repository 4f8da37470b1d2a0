/*
 * memset, memcpy, memmove and memcmp for the freestanding kernel: gcc may emit calls to
 * them for any struct copy or clear even with -ffreestanding (GCC manual, "C Dialect
 * Options": "GCC requires the freestanding environment provide memcpy, memmove, memset and
 * memcmp"), and the compiled Java calls them for array copies. REP MOVSB/STOSB is fast on
 * every CPU with ERMSB and correct on all (SDM Vol. 1 §7.3.9.3); DF is clear in kernel code
 * (System V ABI §3.2.1; the trap entry clears it).
 */
        .section .text, "ax"
        .code64

        .globl  memset
memset:                                     /* void *memset(void *d, int c, size_t n) */
        mov     %rdi, %r9
        mov     %esi, %eax
        mov     %rdx, %rcx
        rep stosb
        mov     %r9, %rax
        ret

        .globl  memcpy
memcpy:                                     /* void *memcpy(void *d, const void *s, size_t n) */
        mov     %rdi, %rax
        mov     %rdx, %rcx
        rep movsb
        ret

        .globl  memmove
memmove:                                    /* overlapping: copy backwards when d is above s */
        mov     %rdi, %rax
        mov     %rdx, %rcx
        cmp     %rsi, %rdi
        jbe     1f
        lea     -1(%rsi,%rdx), %rsi
        lea     -1(%rdi,%rdx), %rdi
        std
        rep movsb
        cld
        ret
1:      rep movsb
        ret

        .globl  memcmp
memcmp:                                     /* int memcmp(const void *a, const void *b, size_t n) */
        xor     %eax, %eax
        test    %rdx, %rdx
        jz      3f
2:      movzbl  (%rdi), %eax
        movzbl  (%rsi), %ecx
        sub     %ecx, %eax
        jnz     3f
        inc     %rdi
        inc     %rsi
        dec     %rdx
        jnz     2b
3:      ret

        .section .note.GNU-stack, "", @progbits
