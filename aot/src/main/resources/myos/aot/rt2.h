/* Inline helpers for generated code; needs decls.h's declarations (docs/abi.md). */
#pragma once

/* ---- integer arithmetic (JLS §15.17) ---- */
/* The caller has checked b != 0 (Arithmetic). b == -1 is the one other case C leaves undefined
 * (MIN_VALUE / -1 overflows; idiv traps): Java wraps, so MIN_VALUE / -1 == MIN_VALUE and the
 * remainder is 0 (JLS §15.17.2-3). Rare, so the plain division is the expected path. */
static inline jint rt_idiv(jint a, jint b) { return __builtin_expect(b == -1, 0) ? (jint)(0u - (uint32_t)a) : a / b; }
static inline jint rt_irem(jint a, jint b) { return __builtin_expect(b == -1, 0) ? 0 : a % b; }
static inline jlong rt_ldiv(jlong a, jlong b) { return __builtin_expect(b == -1, 0) ? (jlong)(0ull - (uint64_t)a) : a / b; }
static inline jlong rt_lrem(jlong a, jlong b) { return __builtin_expect(b == -1, 0) ? 0 : a % b; }
/* lcmp (JVMS §6.5): -1, 0 or 1. Written as a conditional, not (a > b) - (a < b): gcc 12 folds
 * "rt_lcmp(a, b) <op> 0" back into one compare-and-branch only in this form (the subtraction
 * form kept a setg/setl/sub/cmp sequence in every long loop of the runtime). */
static inline jint rt_lcmp(jlong a, jlong b) { return a < b ? -1 : a > b ? 1 : 0; }
/* fcmpl/dcmpl give -1 for NaN, fcmpg/dcmpg give 1 (JVMS §6.5 fcmp<op>). */
#define rt_fcmpl(a, b) ((a) > (b) ? 1 : (a) == (b) ? 0 : -1)
#define rt_fcmpg(a, b) ((a) < (b) ? -1 : (a) == (b) ? 0 : 1)

/* ---- floating point (JLS §5.1.3 narrowing: NaN -> 0, saturate at the bounds) ---- */
#if !RT_KERNEL
static inline jint rt_f2i(jfloat f) { if (f != f) return 0; if (f >= 2147483648.0f) return INT32_MAX; if (f <= -2147483648.0f) return INT32_MIN; return (jint)f; }
static inline jint rt_d2i(jdouble d) { if (d != d) return 0; if (d >= 2147483648.0) return INT32_MAX; if (d <= -2147483648.0) return INT32_MIN; return (jint)d; }
static inline jlong rt_f2l(jfloat f) { if (f != f) return 0; if (f >= 9223372036854775808.0f) return INT64_MAX; if (f <= -9223372036854775808.0f) return INT64_MIN; return (jlong)f; }
static inline jlong rt_d2l(jdouble d) { if (d != d) return 0; if (d >= 9223372036854775808.0) return INT64_MAX; if (d <= -9223372036854775808.0) return INT64_MIN; return (jlong)d; }
/* Java's % on doubles is C's fmod (JLS §15.17.3): x87 fprem computes it exactly. */
static inline jdouble rt_frem(jdouble x, jdouble y) {
    long double a = x, b = y, r;
    __asm__("1: fprem\n\tfnstsw %%ax\n\ttestb $4, %%ah\n\tjnz 1b" : "=t"(r) : "0"(a), "u"(b) : "ax", "cc");
    return (jdouble)r;
}
static inline jfloat rt_fremf(jfloat x, jfloat y) { return (jfloat)rt_frem(x, y); }
static inline jlong rt_d2bits(jdouble d) { jlong r; __builtin_memcpy(&r, &d, 8); return r; }
static inline jdouble rt_bits2d(jlong l) { jdouble r; __builtin_memcpy(&r, &l, 8); return r; }
static inline jint rt_f2bits(jfloat f) { jint r; __builtin_memcpy(&r, &f, 4); return r; }
static inline jfloat rt_bits2f(jint i) { jfloat r; __builtin_memcpy(&r, &i, 4); return r; }
#endif

/* ---- atomics and registers ---- */
static inline jint rt_cas32(jlong a, jint e, jint v) { return __atomic_compare_exchange_n((jint*)(uintptr_t)a, &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); }
static inline jint rt_cas64(jlong a, jlong e, jlong v) { return __atomic_compare_exchange_n((jlong*)(uintptr_t)a, &e, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); }
static inline jlong rt_stack_pointer(void) { jlong sp; __asm__ volatile("mov %%rsp, %0" : "=r"(sp)); return sp; }
static inline void rt_spill_callee_saved(jlong a) {
    __asm__ volatile("mov %%rbx, 0(%0)\n\tmov %%rbp, 8(%0)\n\tmov %%r12, 16(%0)\n\tmov %%r13, 24(%0)\n\tmov %%r14, 32(%0)\n\tmov %%r15, 40(%0)"
                     :: "r"((uintptr_t)a) : "memory");
}
#define rt_memmove(d, s, n) memmove(d, s, n)
#define rt_memset(d, c, n) memset(d, c, n)
/*
 * Mem.indexOfByte: the offset of the first byte equal to B in [P, P + N) (N >= 0), or -1.
 * User code compares sixteen bytes at a time with SSE2 (part of the baseline x86-64 ISA,
 * System V ABI §3.1.1): pcmpeqb, then pmovmskb gives one bit per byte. A range shorter than
 * sixteen bytes is read as one whole block when that block stays within P's page (memory is
 * mapped page by page, so the read cannot fault; the bits beyond N are masked off), which
 * is the common case of short strings. The kernel is compiled without SSE registers
 * (-mgeneral-regs-only) and compares byte by byte.
 */
static inline jlong rt_index_of_byte(jlong p, jlong n, jint b) {
    const char* s = (const char*)(uintptr_t)p;
    jlong i = 0;
#if !RT_KERNEL
    typedef char v16 __attribute__((vector_size(16)));
    typedef char v16u __attribute__((vector_size(16), aligned(1)));
    v16 key = (v16){0} + (char)b;
    if (n < 16) {
        if (((uintptr_t)s & 4095) <= 4096 - 16) {
            unsigned m = (unsigned)__builtin_ia32_pmovmskb128(*(const v16u*)s == key) & ((1u << n) - 1);
            return m ? (jlong)__builtin_ctz(m) : -1;
        }
    } else {
        for (; i + 16 <= n; i += 16) {
            unsigned m = (unsigned)__builtin_ia32_pmovmskb128(*(const v16u*)(s + i) == key);
            if (m) return i + __builtin_ctz(m);
        }
        if (i < n) { /* the last sixteen bytes, overlapping bytes already found unequal */
            unsigned m = (unsigned)__builtin_ia32_pmovmskb128(*(const v16u*)(s + n - 16) == key);
            return m ? n - 16 + __builtin_ctz(m) : -1;
        }
        return -1;
    }
#endif
    for (; i < n; i++) if (s[i] == (char)b) return i;
    return -1;
}

/* ---- Linux system calls (x86-64 ABI: rax nr; rdi rsi rdx r10 r8 r9) ---- */
static inline jlong rt_syscall0(jlong n) { jlong r; __asm__ volatile("syscall" : "=a"(r) : "a"(n) : "rcx", "r11", "memory"); return r; }
static inline jlong rt_syscall1(jlong n, jlong a) { jlong r; __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a) : "rcx", "r11", "memory"); return r; }
static inline jlong rt_syscall2(jlong n, jlong a, jlong b) { jlong r; __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b) : "rcx", "r11", "memory"); return r; }
static inline jlong rt_syscall3(jlong n, jlong a, jlong b, jlong c) { jlong r; __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory"); return r; }
static inline jlong rt_syscall4(jlong n, jlong a, jlong b, jlong c, jlong d) {
    jlong r; register jlong r10 __asm__("r10") = d;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10) : "rcx", "r11", "memory"); return r; }
static inline jlong rt_syscall5(jlong n, jlong a, jlong b, jlong c, jlong d, jlong e) {
    jlong r; register jlong r10 __asm__("r10") = d; register jlong r8 __asm__("r8") = e;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8) : "rcx", "r11", "memory"); return r; }
static inline jlong rt_syscall6(jlong n, jlong a, jlong b, jlong c, jlong d, jlong e, jlong f) {
    jlong r; register jlong r10 __asm__("r10") = d; register jlong r8 __asm__("r8") = e; register jlong r9 __asm__("r9") = f;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9) : "rcx", "r11", "memory"); return r; }
jlong rt_clone_thread(jlong flags, jlong stack, jlong tls, jlong ptid, jlong ctid);

/* ---- x86 instructions for the kernel ---- */
static inline void rt_outb(jint p, jint v) { __asm__ volatile("outb %b0, %w1" :: "a"(v), "Nd"(p)); }
static inline void rt_outw(jint p, jint v) { __asm__ volatile("outw %w0, %w1" :: "a"(v), "Nd"(p)); }
static inline void rt_outl(jint p, jint v) { __asm__ volatile("outl %0, %w1" :: "a"(v), "Nd"(p)); }
static inline jint rt_inb(jint p) { uint8_t v; __asm__ volatile("inb %w1, %0" : "=a"(v) : "Nd"(p)); return v; }
static inline jint rt_inw(jint p) { uint16_t v; __asm__ volatile("inw %w1, %0" : "=a"(v) : "Nd"(p)); return v; }
static inline jint rt_inl(jint p) { uint32_t v; __asm__ volatile("inl %w1, %0" : "=a"(v) : "Nd"(p)); return (jint)v; }
static inline void rt_cpuid(jint leaf, jint sub, jlong out) {
    uint32_t* o = (uint32_t*)(uintptr_t)out;
    __asm__ volatile("cpuid" : "=a"(o[0]), "=b"(o[1]), "=c"(o[2]), "=d"(o[3]) : "a"(leaf), "c"(sub));
}
static inline jlong rt_rdtsc(void) { uint32_t lo, hi; __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi)); return ((jlong)hi << 32) | lo; }
static inline jlong rt_rdmsr(jint msr) { uint32_t lo, hi; __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr)); return ((jlong)hi << 32) | lo; }
static inline void rt_wrmsr(jint msr, jlong v) { __asm__ volatile("wrmsr" :: "c"(msr), "a"((uint32_t)v), "d"((uint32_t)((uint64_t)v >> 32))); }
#define RT_CR(n) \
    static inline jlong rt_read_cr##n(void) { jlong v; __asm__ volatile("mov %%cr" #n ", %0" : "=r"(v)); return v; }
RT_CR(0) RT_CR(2) RT_CR(3) RT_CR(4)
static inline void rt_write_cr0(jlong v) { __asm__ volatile("mov %0, %%cr0" :: "r"(v) : "memory"); }
static inline void rt_write_cr3(jlong v) { __asm__ volatile("mov %0, %%cr3" :: "r"(v) : "memory"); }
static inline void rt_write_cr4(jlong v) { __asm__ volatile("mov %0, %%cr4" :: "r"(v) : "memory"); }
static inline void rt_invlpg(jlong a) { __asm__ volatile("invlpg (%0)" :: "r"((uintptr_t)a) : "memory"); }
static inline void rt_lgdt(jlong a) { __asm__ volatile("lgdt (%0)" :: "r"((uintptr_t)a) : "memory"); }
static inline void rt_lidt(jlong a) { __asm__ volatile("lidt (%0)" :: "r"((uintptr_t)a) : "memory"); }
static inline void rt_ltr(jint sel) { __asm__ volatile("ltr %w0" :: "r"(sel)); }
static inline jlong rt_read_flags(void) { jlong f; __asm__ volatile("pushfq; pop %0" : "=r"(f)); return f; }

/* ---- type tests (mirror Class.isAssignableFrom) ---- */
static inline int rt_subclass(jobj cls, jobj to, jint depth) {
    return FLD(cls, CLASS_OFF_depth, jint) >= depth && FLD(cls, CLASS_OFF_supers, jobj) != 0
        && AELEM(FLD(cls, CLASS_OFF_supers, jobj), depth, jobj) == to;
}
static inline int rt_implements(jobj cls, jobj iface) {
    jobj is = FLD(cls, CLASS_OFF_interfaces, jobj);
    if (!is) return 0;
    jint n = ALEN(is);
    for (jint i = 0; i < n; i++) if (AELEM(is, i, jobj) == iface) return 1;
    return 0;
}
static int rt_assignable(jobj from, jobj to) {
    for (;;) {
        if (from == to) return 1;
        jint tf = FLD(to, CLASS_OFF_flags, jint), ff = FLD(from, CLASS_OFF_flags, jint);
        if ((tf | ff) & F_PRIMITIVE) return 0;
        if (tf & F_INTERFACE) return rt_implements(from, to);
        if (tf & F_ARRAY) {
            if (!(ff & F_ARRAY)) return 0;
            from = FLD(from, CLASS_OFF_componentType, jobj);
            to = FLD(to, CLASS_OFF_componentType, jobj);
            continue;
        }
        if (FLD(to, CLASS_OFF_superclass, jobj) == 0) return 1; /* java.lang.Object */
        if (ff & (F_ARRAY | F_INTERFACE)) return 0;
        return rt_subclass(from, to, FLD(to, CLASS_OFF_depth, jint));
    }
}
/* aastore (JVMS §6.5): the value must be assignable to the array's component type. */
static inline int rt_array_store_ok(jobj array, jobj value) {
    jobj comp = FLD(OBJCLS(array), CLASS_OFF_componentType, jobj);
    return FLD(comp, CLASS_OFF_superclass, jobj) == 0 && !(FLD(comp, CLASS_OFF_flags, jint) & F_INTERFACE)
        ? 1 : rt_assignable(OBJCLS(value), comp);
}
