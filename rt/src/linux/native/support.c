/*
 * The C library pieces a freestanding program still needs: gcc may emit calls to
 * memcpy/memmove/memset/memcmp for struct copies and loops (GCC manual, "Standards":
 * freestanding code must provide them), and the main thread block before any Java runs.
 * Compiled with -fno-builtin -fno-tree-loop-distribute-patterns so these loops are not
 * turned back into calls to themselves.
 */
#include <stddef.h>
#include <stdint.h>

/*
 * Copies of up to 32 bytes — most of a Java program's: strings, small arrays — without rep
 * movsb, whose start-up costs more than such a copy (perf, StringBench: memmove 9 % of the
 * samples). Two possibly overlapping loads from both ends, then the two stores: all loads
 * come before any store, so it is also right for overlapping ranges (memmove). SSE2 is in
 * the baseline x86-64 ISA.
 */
typedef unsigned char rt_v16 __attribute__((vector_size(16), aligned(1), may_alias));
typedef uint64_t rt_u64 __attribute__((aligned(1), may_alias));
typedef uint32_t rt_u32 __attribute__((aligned(1), may_alias));

static inline __attribute__((always_inline)) void copy_small(unsigned char* d, const unsigned char* s, size_t n) {
    if (n >= 16) {
        rt_v16 a = *(const rt_v16*)s, b = *(const rt_v16*)(s + n - 16);
        *(rt_v16*)d = a;
        *(rt_v16*)(d + n - 16) = b;
    } else if (n >= 8) {
        uint64_t a = *(const rt_u64*)s, b = *(const rt_u64*)(s + n - 8);
        *(rt_u64*)d = a;
        *(rt_u64*)(d + n - 8) = b;
    } else if (n >= 4) {
        uint32_t a = *(const rt_u32*)s, b = *(const rt_u32*)(s + n - 4);
        *(rt_u32*)d = a;
        *(rt_u32*)(d + n - 4) = b;
    } else if (n != 0) {
        unsigned char a = s[0], b = s[n >> 1], c = s[n - 1];
        d[0] = a;
        d[n >> 1] = b;
        d[n - 1] = c;
    }
}

void* memcpy(void* d, const void* s, size_t n) {
    void* r = d;
    if (n <= 32) {
        copy_small(d, s, n);
        return r;
    }
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) :: "memory");
    return r;
}

void* memmove(void* d, const void* s, size_t n) {
    unsigned char* dp = d;
    const unsigned char* sp = s;
    if (n <= 32) {
        copy_small(dp, sp, n);
        return d;
    }
    if (dp <= sp || dp >= sp + n) return memcpy(d, s, n);
    /* Overlapping with the destination above the source: sixteen bytes at a time from the
       end. Each block is read before it is written and above every block still to be read
       (d > s), and the first block, read before any store, is stored last. */
    rt_v16 head = *(const rt_v16*)sp;
    size_t i = n;
    while (i > 16) {
        i -= 16;
        *(rt_v16*)(dp + i) = *(const rt_v16*)(sp + i);
    }
    *(rt_v16*)dp = head;
    return d;
}

void* memset(void* d, int c, size_t n) {
    void* r = d;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return r;
}

int memcmp(const void* a, const void* b, size_t n) {
    const unsigned char* x = a;
    const unsigned char* y = b;
    for (size_t i = 0; i < n; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
}

/* gcc recognises counting loops as strlen (the fatal-error path has one). */
size_t strlen(const char* s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

/* The main thread's block (docs/abi.md): installed before any Java code reads %fs. */
static uint64_t rt_main_block[64] __attribute__((aligned(64)));

void rt_java_start(int64_t argc, int64_t argv, int64_t envp);

void rt_start_c(uint64_t* sp) {
    int64_t argc = (int64_t)sp[0];
    uint64_t* argv = sp + 1;
    uint64_t* envp = argv + argc + 1;
    rt_main_block[0] = (uint64_t)(uintptr_t)rt_main_block;  /* self */
    rt_main_block[4] = (uint64_t)(uintptr_t)sp;             /* stack high bound */
    long r;
    /* arch_prctl(ARCH_SET_FS = 0x1002, block) */
    __asm__ volatile("syscall" : "=a"(r) : "a"(158), "D"(0x1002), "S"(rt_main_block) : "rcx", "r11", "memory");
    rt_java_start(argc, (int64_t)(uintptr_t)argv, (int64_t)(uintptr_t)envp);
    __asm__ volatile("syscall" :: "a"(231), "D"(0) : "rcx", "r11", "memory"); /* exit_group(0) */
    __builtin_unreachable();
}
