/*
 * The C library pieces a freestanding program still needs: gcc may emit calls to
 * memcpy/memmove/memset/memcmp for struct copies and loops (GCC manual, "Standards":
 * freestanding code must provide them), and the main thread block before any Java runs.
 * Compiled with -fno-builtin -fno-tree-loop-distribute-patterns so these loops are not
 * turned back into calls to themselves.
 */
#include <stddef.h>
#include <stdint.h>

void* memcpy(void* d, const void* s, size_t n) {
    void* r = d;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) :: "memory");
    return r;
}

void* memmove(void* d, const void* s, size_t n) {
    unsigned char* dp = d;
    const unsigned char* sp = s;
    if (dp <= sp || dp >= sp + n) return memcpy(d, s, n);
    while (n--) dp[n] = sp[n];
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
