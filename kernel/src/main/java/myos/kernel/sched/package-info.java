/**
 * Kernel threads and scheduling.
 *
 * <p>{@link myos.kernel.sched.Scheduler} is the policy: round-robin with a fixed time slice,
 * a sleep list ordered by wake time, and wait queues for sleep/wakeup. It only decides which
 * {@link myos.kernel.sched.Task} runs next; the mechanism (saving callee-saved registers on
 * the old stack, loading the new stack and %gs: kernel/src/main/asm/cpu/switch.S) is
 * applied by the caller. Preemption comes from the LAPIC timer interrupt calling
 * {@code tick}.
 *
 * <p><b>Rules.</b> Scheduling runs with interrupts off and never allocates (queues are
 * intrusive links in the tasks). A suspended task's registers live on its own stack, which
 * is a root of the garbage collector, so no reference is lost across a switch. Each kernel
 * stack has an unmapped guard page below it; overflowing it faults on the #PF IST stack and
 * panics with a backtrace.
 *
 * <p><b>Locking.</b> One CPU; "interrupts off" is the scheduler lock. Under SMP it becomes a
 * spinlock taken with interrupts off, per run queue.
 */
package myos.kernel.sched;
