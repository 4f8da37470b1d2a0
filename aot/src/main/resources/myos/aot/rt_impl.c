
/* ---- once-per-program runtime glue (appended to statics.c) ---- */

/* A vtable slot whose method reachability analysis proved unreachable was called: a compiler bug. */
void rt_bad_dispatch(void) {
#if !RT_KERNEL
    static const char m[] = "myos: internal error: call through an unreachable vtable slot\n";
    rt_syscall3(1, 2, (jlong)(uintptr_t)m, sizeof m - 1);
    rt_syscall1(231, 134);
#endif
    __builtin_trap();
}

static void rt_no_poll(void) {}

#if RT_HAS_SAFEPOINT && !RT_KERNEL
/*
 * What POLL's asm calls (rt.h, docs/abi.md "Safepoint polls"). The asm declares no register
 * changed, so this saves every register a C function may change (System V ABI §3.2.1:
 * rax, rcx, rdx, rsi, rdi, r8-r11, xmm0-15; flags are clobbered by every x86 asm) on the
 * stack, where the collector's conservative scan sees them, calls Safepoint.poll and
 * restores them. The asm has moved %rsp below the caller's red zone by 128 bytes, so the
 * stack's alignment is unknown: keep the frame-pointer chain (push %rbp; mov %rsp, %rbp),
 * align to 16 bytes for movaps and for the call (ABI §3.2.2), and undo it all through
 * %rbp. In its own section, so --gc-sections keeps it exactly when some code polls.
 */
#define RT_STR1(x) #x
#define RT_STR(x) RT_STR1(x)
__asm__(".pushsection .text.rt_safepoint_stub,\"ax\",@progbits\n"
        ".globl rt_safepoint_stub\n"
        ".type rt_safepoint_stub, @function\n"
        "rt_safepoint_stub:\n"
        "\tpush %rbp\n"
        "\tmov %rsp, %rbp\n"
        "\tpush %rax\n\tpush %rcx\n\tpush %rdx\n\tpush %rsi\n\tpush %rdi\n"
        "\tpush %r8\n\tpush %r9\n\tpush %r10\n\tpush %r11\n"
        "\tand $-16, %rsp\n"
        "\tsub $256, %rsp\n"
        "\tmovaps %xmm0, 0(%rsp)\n\tmovaps %xmm1, 16(%rsp)\n\tmovaps %xmm2, 32(%rsp)\n\tmovaps %xmm3, 48(%rsp)\n"
        "\tmovaps %xmm4, 64(%rsp)\n\tmovaps %xmm5, 80(%rsp)\n\tmovaps %xmm6, 96(%rsp)\n\tmovaps %xmm7, 112(%rsp)\n"
        "\tmovaps %xmm8, 128(%rsp)\n\tmovaps %xmm9, 144(%rsp)\n\tmovaps %xmm10, 160(%rsp)\n\tmovaps %xmm11, 176(%rsp)\n"
        "\tmovaps %xmm12, 192(%rsp)\n\tmovaps %xmm13, 208(%rsp)\n\tmovaps %xmm14, 224(%rsp)\n\tmovaps %xmm15, 240(%rsp)\n"
        "\tcall " RT_STR(RT_SAFEPOINT_POLL) "\n"
        "\tmovaps 0(%rsp), %xmm0\n\tmovaps 16(%rsp), %xmm1\n\tmovaps 32(%rsp), %xmm2\n\tmovaps 48(%rsp), %xmm3\n"
        "\tmovaps 64(%rsp), %xmm4\n\tmovaps 80(%rsp), %xmm5\n\tmovaps 96(%rsp), %xmm6\n\tmovaps 112(%rsp), %xmm7\n"
        "\tmovaps 128(%rsp), %xmm8\n\tmovaps 144(%rsp), %xmm9\n\tmovaps 160(%rsp), %xmm10\n\tmovaps 176(%rsp), %xmm11\n"
        "\tmovaps 192(%rsp), %xmm12\n\tmovaps 208(%rsp), %xmm13\n\tmovaps 224(%rsp), %xmm14\n\tmovaps 240(%rsp), %xmm15\n"
        "\tlea -72(%rbp), %rsp\n"
        "\tpop %r11\n\tpop %r10\n\tpop %r9\n\tpop %r8\n"
        "\tpop %rdi\n\tpop %rsi\n\tpop %rdx\n\tpop %rcx\n\tpop %rax\n"
        "\tpop %rbp\n"
        "\tret\n"
        ".size rt_safepoint_stub, . - rt_safepoint_stub\n"
        ".popsection\n");
#endif

#if RT_CARDS
/* The card table (docs/abi.md "Write barrier", myos.rt.Cards): one byte per card of a 4 GiB
   window of addresses, in .bss so that only the pages of cards in use are ever touched. */
uint8_t rt_cards[(size_t)1 << (32 - RT_CARD_SHIFT)];
#endif

#if RT_INLINE_ALLOC
/*
 * The allocation fast path (docs/abi.md; aot InlineAlloc). new of a class whose slot (size
 * class SC, SLOT bytes) the compiler computed: take a slot from this thread's cache, as
 * myos.rt.ThreadCache.take does, and set the header as Heap.allocate does; Heap.allocObject
 * when the cache has no slot (it refills, sweeps or collects) or when the runtime wants every
 * allocation to reach it (Heap.inlineAllocation false: MYOS_GC_STRESS counts them,
 * MYOS_GC_VERIFY checks each slot's poison). The cache word is a bump range (odd: next slot
 * - 1, in a chunk aligned to RT_CHUNK_MASK + 1, ending where rt_bump_limit says) or a
 * free-list head (even, 0 when empty); either way the slot is cleared here. Threads stop only at safepoint polls and none lies
 * between the take and the header stores, so no collection sees a claimed slot without its
 * class. The thread block is reached through its self pointer with ordinary loads and
 * stores, like the runtime's own accesses to the cache. Out of line (one copy, in this unit):
 * inlined at every site it made hello world 7.7 KiB larger and measured no faster.
 */
static const uint32_t rt_bump_limit[] = RT_BUMP_LIMITS;
/* Two zero words stored at once (movups); slots are only 8-aligned. */
typedef uint64_t rt_zero16 __attribute__((vector_size(16), aligned(8), may_alias));

static inline __attribute__((always_inline)) uint64_t* rt_take(char* tb, int sc, uint64_t slot) {
    uint64_t* c = (uint64_t*)(tb + RT_TB_CACHE) + sc;
    uint64_t w = *c;
    uint64_t* s;
    if (w & 1) {
        /* myos.rt.ThreadCache.fits: W is the last byte before the next slot, in the same
           aligned chunk; the slot must end by the chunk's last whole slot */
        if (__builtin_expect((w & RT_CHUNK_MASK) + slot >= rt_bump_limit[sc], 0)) return 0;
        *c = w + slot;
        s = (uint64_t*)(uintptr_t)(w + 1);
        __builtin_prefetch((const char*)s + 1024, 1, 3);
    } else {
        s = (uint64_t*)(uintptr_t)w;
        if (__builtin_expect(s == 0, 0)) return 0;
        *c = s[1];
    }
    if (slot <= 128) {
        /* Plain 16-byte stores beat memset's start-up (rep stosb) for small slots: from the
           slot's start, then one ending at its end (overlapping the one before when the slot
           is an odd number of words). The class word is cleared too (the caller writes it
           last), so the mark state "new" (0, myos.rt.Marker) is set with the rest. The empty
           asm keeps gcc from turning the loop back into a memset call. */
        rt_zero16 z = {0, 0};
        char* p = (char*)s;
        char* last = p + slot - 16;
        for (; p < last; p += 16) { *(rt_zero16*)p = z; __asm__ volatile(""); }
        *(rt_zero16*)last = z;
    } else {
        /* memset's own instruction, inline: without a call here the fast path needs no
           stack frame (gcc saved four registers on every allocation for the call) */
        void* d = s + 1;
        size_t n = (size_t)slot - 8;
        __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(0) : "memory");
    }
    *(uint64_t*)(tb + RT_TB_ALLOCATED) += slot;
    return s;
}

jobj rt_new_object(jobj cls, jint sc, jint slot) {
    if (__builtin_expect(!RT_INLINE_ALLOC_FLAG, 0)) return RT_ALLOC_OBJECT(cls);
    uint64_t* s = rt_take((char*)RT_TB->self, sc, (uint64_t)slot);
    if (__builtin_expect(s == 0, 0)) return RT_ALLOC_OBJECT(cls);
    s[0] = (uint64_t)(uintptr_t)cls;
    return (jobj)s;
}

/*
 * newarray/anewarray: LEN (>= 0, checked by the caller) elements of 1 << SHIFT bytes. The same
 * take as rt_new_object, with the size class computed as myos.rt.SizeClasses.classOf/sizeOf
 * do (16..64 bytes in steps of 8, then four classes per power of two), and the length stored;
 * Heap.allocArray beyond MAX_SMALL or when the cache has no slot.
 */
jobj rt_new_array(jobj cls, jint len, jint shift) {
    if (__builtin_expect(!RT_INLINE_ALLOC_FLAG, 0) || (uint32_t)len > (uint32_t)((RT_MAX_SMALL - 24) >> shift)) {
        return RT_ALLOC_ARRAY(cls, len);
    }
    uint64_t size = (24 + ((uint64_t)(uint32_t)len << shift) + 7) & ~(uint64_t)7;
    int sc;
    uint64_t slot;
    if (size <= 64) {
        sc = (int)(size >> 3) - 2;
        slot = size;
    } else {
        int lg = 63 - __builtin_clzll(size - 1); /* floor(log2(size - 1)), 6..10 */
        int q = (int)((size - 1 - (1ULL << lg)) >> (lg - 2));
        sc = 7 + (lg - 6) * 4 + q;
        slot = (1ULL << lg) + (uint64_t)(q + 1) * (1ULL << (lg - 2));
    }
    uint64_t* s = rt_take((char*)RT_TB->self, sc, slot);
    if (__builtin_expect(s == 0, 0)) return RT_ALLOC_ARRAY(cls, len);
    *(jint*)((char*)s + 16) = len;
    s[0] = (uint64_t)(uintptr_t)cls;
    return (jobj)s;
}
#endif

/* multianewarray (JVMS §6.5): counts were checked non-negative by the caller. */
jobj rt_multianewarray(jobj cls, int dims, jint* counts) {
    jobj a = RT_ALLOC_ARRAY(cls, counts[0]);
    if (RT_TB->exc || dims == 1) return a;
    jobj comp = FLD(cls, CLASS_OFF_componentType, jobj);
    for (jint i = 0; i < counts[0]; i++) {
        jobj e = rt_multianewarray(comp, dims - 1, counts + 1);
        if (RT_TB->exc) return 0;
        AELEM(a, i, jobj) = e;
        CARD(&AELEM(a, i, jobj)); /* a may be old by now: the next allocation can collect */
    }
    return a;
}

/*
 * Class initialisation lock (JLS §12.4.2): one global spin lock guards every class's
 * state; a thread that finds another thread initialising the class waits, polling
 * safepoints so a collection can proceed.
 */
static int rt_init_spin;
static void rt_init_lock(void) {
    while (__atomic_exchange_n(&rt_init_spin, 1, __ATOMIC_ACQUIRE)) __builtin_ia32_pause();
}
static void rt_init_unlock(void) { __atomic_store_n(&rt_init_spin, 0, __ATOMIC_RELEASE); }

int rt_init_begin(struct rt_init* s, jobj msg, jobj cause) {
    struct rt_tb* me = RT_TB->self;
    for (;;) {
        rt_init_lock();
        if (s->state == 2 || (s->state == 1 && s->owner == me)) { rt_init_unlock(); return 0; }
        if (s->state == 3) { rt_init_unlock(); rt_throw_ncdfe(msg, cause); return 0; }
        if (s->state == 0) { s->state = 1; s->owner = me; rt_init_unlock(); return 1; }
        rt_init_unlock();
        POLL();
#if !RT_KERNEL
        rt_syscall0(24); /* sched_yield */
#else
        __builtin_ia32_pause();
#endif
    }
}

void rt_init_end(struct rt_init* s, int8_t* flag, int ok) {
    rt_init_lock();
    s->state = ok ? 2 : 3;
    s->owner = 0;
    if (ok) __atomic_store_n(flag, 1, __ATOMIC_RELEASE);
    rt_init_unlock();
}

/*
 * A failed null/bounds/cast/division check in @NoAllocation code: creating the exception
 * would allocate, and such code (the collector, interrupt handlers) cannot recover.
 */
static void rt_fatal(const char* what) __attribute__((noreturn));
static void rt_fatal(const char* what) {
#if !RT_KERNEL
    static const char pre[] = "myos: fatal: ";
    static const char post[] = " in @NoAllocation code\n";
    size_t n = 0;
    while (what[n]) n++;
    rt_syscall3(1, 2, (jlong)(uintptr_t)pre, sizeof pre - 1);
    rt_syscall3(1, 2, (jlong)(uintptr_t)what, (jlong)n);
    rt_syscall3(1, 2, (jlong)(uintptr_t)post, sizeof post - 1);
    rt_syscall1(231, 134);
#endif
    __builtin_trap();
}
void rt_fatal_nullPointer(void) { rt_fatal("NullPointerException"); }
void rt_fatal_arrayIndex(jint i, jint n) { (void)i; (void)n; rt_fatal("ArrayIndexOutOfBoundsException"); }
void rt_fatal_classCast(jobj o, jobj c) { (void)o; (void)c; rt_fatal("ClassCastException"); }
void rt_fatal_arithmeticDivByZero(void) { rt_fatal("ArithmeticException"); }
void rt_fatal_negativeArraySize(jint n) { (void)n; rt_fatal("NegativeArraySizeException"); }
void rt_fatal_arrayStore(jobj v, jobj a) { (void)v; (void)a; rt_fatal("ArrayStoreException"); }

/* An exception escaped an @Export method into assembly: there is no caller to take it. */
void rt_export_uncaught(const char* sym) {
    rt_fatal(sym);
}

/* An exception constructed in @NoAllocation code (NoAllocationCheck.throwConstruction). */
void rt_fatal_throw(const char* what) {
    rt_fatal(what);
}
