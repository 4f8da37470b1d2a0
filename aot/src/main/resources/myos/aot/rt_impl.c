
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

/* multianewarray (JVMS §6.5): counts were checked non-negative by the caller. */
jobj rt_multianewarray(jobj cls, int dims, jint* counts) {
    jobj a = RT_ALLOC_ARRAY(cls, counts[0]);
    if (RT_TB->exc || dims == 1) return a;
    jobj comp = FLD(cls, CLASS_OFF_componentType, jobj);
    for (jint i = 0; i < counts[0]; i++) {
        jobj e = rt_multianewarray(comp, dims - 1, counts + 1);
        if (RT_TB->exc) return 0;
        AELEM(a, i, jobj) = e;
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
