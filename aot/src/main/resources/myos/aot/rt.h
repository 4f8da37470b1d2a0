/*
 * Types and macros for generated code (docs/abi.md). Included by decls.h after it has
 * defined the layout constants (CLASS_SIZE, CLASS_OFF_*) and runtime entry names.
 */
#pragma once
#include <stdint.h>
#include <stddef.h>

typedef int32_t jint;
typedef int64_t jlong;
typedef float jfloat;
typedef double jdouble;
typedef struct rt_object* jobj;
struct rt_object { jobj cls; uint64_t meta; };

/* Thread block (docs/abi.md "Threads: the thread block"). */
struct rt_tb {
    struct rt_tb* self;
    jobj exc;
    jobj thread;
    uint64_t stack_lo, stack_hi, saved_sp;
    int64_t state;
    int32_t id, pad;
    uint64_t spill[6];
    uint64_t scratch[8];
};

#if RT_KERNEL
#define RT_TB ((__seg_gs struct rt_tb*)0)
#else
#define RT_TB ((__seg_fs struct rt_tb*)0)
#endif

#define RT_META_IMAGE 4ULL
/* Static objects live in one section so the collector can tell them apart. */
#define IMAGE __attribute__((section("myos_image"), aligned(16), used))
extern char __start_myos_image[], __stop_myos_image[];
/* The frame table the second link adds (docs/abi.md "Stack traces"); weak, so it is 0
   in the first link and wherever no table is linked (the kernel). */
extern const char myos_frames[] __attribute__((weak));

/*
 * Write barrier (docs/abi.md "Write barrier"): after every store of a reference into a heap
 * object, the card of the stored-to address is dirtied, so that a young collection finds old
 * objects that may point to young ones (myos.rt.Cards). One shift and one byte store; the
 * table index keeps address bits RT_CARD_SHIFT..31, so any address is inside the table.
 */
#if RT_CARDS
extern uint8_t rt_cards[];
#define CARD(p) (rt_cards[(uint32_t)(uintptr_t)(p) >> RT_CARD_SHIFT] = 1)
#define RT_CARD_TABLE ((jlong)(uintptr_t)rt_cards)
#else
#define CARD(p) ((void)0)
#define RT_CARD_TABLE 0
#endif

#define CHK(X) if (__builtin_expect(RT_TB->exc != 0, 0)) goto X
#define FLD(o, off, T) (*(T*)((char*)(o) + (off)))
#define ALEN(a) (*(jint*)((char*)(a) + 16))
#define AELEM(a, i, T) (((T*)((char*)(a) + 24))[i])
#define OBJCLS(o) (((struct rt_object*)(o))->cls)
#define VT(o) ((void**)((char*)OBJCLS(o) + CLASS_SIZE))
#if RT_HAS_SAFEPOINT
#define POLL() do { if (__builtin_expect(__atomic_load_n(&RT_SAFEPOINT_FLAG, __ATOMIC_RELAXED) != 0, 0)) RT_SAFEPOINT_POLL(); } while (0)
#else
#define POLL() do { } while (0)
#endif
/*
 * Stack overflow (JVMS §2.5.2: a thread that needs a larger stack than permitted gets
 * StackOverflowError). A method that calls others starts with this test: once its frame is
 * within RT_STACK_RESERVE of the thread's stack_lo, myos.rt.Throw.stackOverflow makes the
 * error pending and the method returns before doing anything, so the caller sees it at the
 * call site, as on the JVM. The reserve is what constructing the error (and a collection it
 * may cause) runs in. stack_lo == 0 (no known limit) never matches: the difference is huge.
 */
#define RT_STACK_RESERVE (64 * 1024)
#define STACK_LOW_HIT() ((uintptr_t)__builtin_frame_address(0) - RT_TB->stack_lo < RT_STACK_RESERVE)
#define CLINIT(C, X) if (__builtin_expect(!__atomic_load_n(&CI_##C, __ATOMIC_ACQUIRE), 0)) { IC_##C(); CHK(X); }

#define F_INTERFACE 1
#define F_ARRAY 2
#define F_PRIMITIVE 4
#define F_REF_ARRAY 32

struct rt_init { int32_t state; struct rt_tb* owner; };
int rt_init_begin(struct rt_init* s, jobj msg, jobj cause);
jobj rt_init_cause(void);
void rt_init_end(struct rt_init* s, int8_t* flag, int ok);
void rt_init_failed(void);
void rt_throw_ncdfe(jobj msg, jobj cause);
void rt_bad_dispatch(void);
jobj rt_multianewarray(jobj cls, int dims, jint* counts);
jobj rt_new_array(jobj cls, jint len, jint shift); /* rt_impl.c; only when RT_INLINE_ALLOC */
jobj rt_new_object(jobj cls, jint sc, jint slot); /* rt_impl.c; only when RT_INLINE_ALLOC */
void rt_fatal_nullPointer(void);
void rt_fatal_arrayIndex(jint i, jint n);
void rt_fatal_classCast(jobj o, jobj c);
void rt_fatal_arithmeticDivByZero(void);
void rt_fatal_negativeArraySize(jint n);
void rt_fatal_arrayStore(jobj v, jobj a);
void rt_export_uncaught(const char* sym);
void rt_fatal_throw(const char* what) __attribute__((noreturn));
void* memcpy(void* d, const void* s, size_t n);
void* memmove(void* d, const void* s, size_t n);
void* memset(void* d, int c, size_t n);
int memcmp(const void* a, const void* b, size_t n);
