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
/*
 * The barrier of a store of reference V at P: none when gcc knows V is null (a literal
 * aconst_null, or a constant null reaching the store through an inlined constructor or a
 * local): a null creates no old-to-young reference. __builtin_constant_p is folded after inlining and constant propagation, so this
 * costs nothing where V is not known (GCC manual, "Other Builtins").
 */
#define CARD_REF(v, p) do { if (!__builtin_constant_p((v) == 0) || (v) != 0) CARD(p); } while (0)

#define CHK(X) if (__builtin_expect(RT_TB->exc != 0, 0)) goto X
#define FLD(o, off, T) (*(T*)((char*)(o) + (off)))
/*
 * Array length and elements (docs/abi.md "Objects": length at 16, elements from 24) as
 * member accesses through the array reference itself, not through a computed element
 * pointer: gcc's alias analysis then sees both as offsets from the same base, the length
 * at [16, 20) and an element somewhere in the member array from 24 on, so a store to an
 * element provably leaves the length unchanged and a loop over an array that writes it
 * keeps the length in a register. (The index is always checked against the length
 * first, so it is never negative; Java array lengths never change, JLS §10.7.)
 */
#define ALEN(a) (((struct { uint64_t h_[2]; jint len; }*)(a))->len)
#define AELEM(a, i, T) (((struct { uint64_t h_[3]; T d[]; }*)(a))->d[i])
#define OBJCLS(o) (((struct rt_object*)(o))->cls)
#define VT(o) ((void**)((char*)OBJCLS(o) + CLASS_SIZE))
/*
 * Safepoint poll (docs/abi.md "Safepoint polls"): at loop back edges and at the entries of
 * methods that call, one load of myos.rt.Safepoint.requested and a branch; Safepoint.poll
 * parks the thread while a collection runs.
 *
 * Linux user code calls it from an asm statement, not a C call, so that the poll is no
 * compiler barrier for loads: gcc may keep array lengths, fields and bounds-check results
 * in registers across it (a C call would make it assume the poll writes all memory, and
 * reload everything after every back edge). That is sound because
 *  - a safepoint is no synchronization action (JLS §17.4.2): values a thread reads may stay
 *    in registers across it, as they may across any plain code; what really synchronizes
 *    (volatile accesses, monitors, Thread and Object methods, Unsafe) is a call or an
 *    atomic, unaffected;
 *  - the collector never moves or changes an object's fields (DESIGN.md §1), so a value
 *    read before the poll is still the value in memory after it;
 *  - the asm changes no register but the flags (which every x86 asm clobbers): the stub
 *    saves the registers a C callee may change (rax, rcx, rdx, rsi, rdi, r8-r11, xmm0-15)
 *    on the stack, so the register allocator is free to keep values in any register
 *    across the poll (declaring them clobbered instead cost 4-10 % more instructions: gcc
 *    then keeps every value live across a loop in the five callee-saved registers or in
 *    memory, as it cannot spill around a cold asm the way it does around a cold call). A
 *    reference held only in a register is still a root: the callee-saved ones are spilled
 *    by Safepoint.poll, the others are in the stub's frame, and the conservative stack
 *    scan starts at Safepoint.poll's stack pointer, below both. No x87/MMX register is
 *    live in generated code (no long double), and -march=x86-64 has no AVX state;
 *  - the "m" input makes the asm read memory: gcc's alias analysis then takes it as
 *    possibly reading any memory, so every store before the poll in program order is done
 *    before the call (no store sinks past it and none is deleted as dead). The collector
 *    relies on that for an allocated object's header, for the thread cache's list heads
 *    (rt_impl.c) and for the write barrier: a reference store and its card store (CARD)
 *    may alias, so gcc keeps them in order, and the card store cannot pass the poll, so a
 *    young collection never finds an old-to-young reference under a clean card. Loads
 *    after the poll may still reuse values loaded before it: the asm writes no memory;
 *  - the flag is read with a volatile load, so no loop can hoist it: every back edge
 *    rereads it.
 * The call goes through rt_safepoint_stub (rt_impl.c), which steps below the 128-byte red
 * zone (a leaf function may keep locals under %rsp; the asm steps over them first, so the
 * call's return address cannot overwrite them), aligns the stack to 16 bytes for the C
 * function and keeps the frame-pointer chain. No exception is ever raised at a poll
 * (Safepoint.poll only parks), so no frame-table row is needed for it.
 *
 * The kernel keeps a plain C call: it is preemptible and compiled -mgeneral-regs-only, and
 * its loops are not where time goes (docs/abi.md).
 */
#if RT_HAS_SAFEPOINT && !RT_KERNEL
#define RT_POLL_CALL() __asm__ volatile("lea -128(%%rsp), %%rsp\n\tcall rt_safepoint_stub\n\tlea 128(%%rsp), %%rsp" \
    : : "m"(RT_SAFEPOINT_FLAG))
#define POLL() do { if (__builtin_expect(*(volatile jint*)&RT_SAFEPOINT_FLAG != 0, 0)) RT_POLL_CALL(); } while (0)
#elif RT_HAS_SAFEPOINT
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
