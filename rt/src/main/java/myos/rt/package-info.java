/**
 * The MyOS2026 runtime, written in Java and compiled by our own ahead-of-time compiler
 * together with the class library (docs/abi.md is the contract).
 *
 * <h2>What lives here</h2>
 * Target-independent parts: the heap and its collector ({@link myos.rt.Heap},
 * {@code PageMap}, {@code Marker}, {@code Sweeper}, {@code Verifier}, {@code Collector}), the
 * safepoint protocol ({@link myos.rt.Safepoint}), monitors ({@link myos.rt.Monitor}), the
 * thread registry ({@link myos.rt.Threads}) and the exceptions of failed run-time checks
 * ({@link myos.rt.Throw}). Each target directory (rt/src/linux/java, rt/src/kernel/java)
 * supplies classes of the same names with the same static methods: {@code PageSource}
 * (reserve/commit/decommit address space), {@code Os} (system services for the library,
 * plus {@code futexWait}, {@code futexWake}, {@code writeRaw}, {@code yieldCpu},
 * {@code nanoTime} for this package), {@code NativeThreads} (create, spawn, release a
 * thread) and {@code Start}. The collector never knows whether its pages come from mmap or
 * from the frame allocator.
 *
 * <h2>The collector</h2>
 * Non-moving mark-sweep. Small objects live in 256 KiB chunks of one size class each and
 * are mostly allocated from per-thread free lists ({@code ThreadCache}: no lock, no atomic),
 * large ones in page runs; a side table with one entry per page maps any address to its
 * object in constant time, which makes conservative stack scanning with interior pointers
 * cheap and exact about what is allocated (a slot is allocated iff its class word is
 * non-zero). Heap objects are traced precisely through {@code Class.refOffsets()} and
 * reference arrays; roots are the static reference fields, each thread's pending exception,
 * Thread object, spilled callee-saved registers and stack. Marking uses a stack in raw
 * memory that grows in steps up to a bound and rescans the heap when it overflows; it never
 * recurses. Marks are sticky: survivors stay marked (old), and most collections are young
 * ones that trace only from the roots and the dirty cards of the compiled write barrier
 * ({@code Cards}, {@code Collector}); a full collection flips the mark epoch. No mark is
 * ever cleared, so the sweep never writes a survivor; that lets it run lazily, chunk by
 * chunk, when a size class needs memory (under the heap lock, while other threads run), and
 * the next collection finishes it before it marks.
 * Freed pages stay committed up to what the heap will allocate before the next collection
 * (the budget: 3 times the live data), so steady allocation causes no page faults.
 * MYOS_GC_STRESS=n collects every n allocations, MYOS_GC_VERIFY=1 checks the whole heap
 * after every mark and poisons free slots (lessons of TeaVM and ParparVM, DESIGN.md section 1).
 * The heap's own memory is read and written with plain {@code Mem.load/store} (the C compiler
 * optimises them); words other threads, interrupts or devices change use the
 * {@code Mem.loadVolatile/storeVolatile} forms or cas/xadd/fence.
 *
 * <h2>Rules for code in this package</h2>
 * <ul>
 * <li>Allocator and collector code is {@link myos.rt.NoAllocation}: the compiler proves it
 *     never allocates. The runtime touches no library class that has a static initialiser
 *     before the heap exists (no Math, no Integer: small helpers are written out).</li>
 * <li>Raw state (locks, futex words, free lists, monitors, mark stack) lives outside the
 *     heap in memory from {@code PageSource}; Java statics of this package are primitives
 *     except the preallocated OutOfMemoryError.</li>
 * <li>A thread touches the heap only while "running". Between
 *     {@link myos.rt.Safepoint#enterBlocking()} and {@link myos.rt.Safepoint#leaveBlocking()}
 *     a collection may run concurrently; nothing there may allocate or write references.</li>
 * <li>The compiler emits no safepoint polls in this package, so runtime code is never
 *     stopped half-way through updating a free list or the thread registry. Where that
 *     matters most (the allocator, the safepoint handshake itself) the runtime does not
 *     rely on it: {@code Tb.NO_POLL} makes {@code poll} return at once.</li>
 * <li>Lock order: heap lock, then the thread registry's lock; the monitor table's lock is
 *     a leaf. Nothing allocates while holding the registry or monitor-table lock.</li>
 * </ul>
 */
package myos.rt;
