package myos.kernel.sched;

import myos.rt.NoAllocation;

/**
 * Futex-style waiting on a memory word (the semantics of Linux futex(2) FUTEX_WAIT/WAKE,
 * which the runtime's locks, monitors and Thread.sleep are built on): a task sleeps "on an
 * address" until someone wakes that address or its deadline passes. The caller checks the
 * word's value with interrupts off before calling {@link #wait}, so a wake-up between check
 * and sleep cannot be lost (one CPU; under SMP the bucket gets a spinlock).
 *
 * <p>Waiters hash to one of a fixed number of wait queues by address; a wake walks only that
 * queue. Nothing allocates after construction.
 */
public final class Futex {
    private final WaitQueue[] buckets;

    /** {@code buckets} must be a power of two. */
    public Futex(int buckets) {
        this.buckets = new WaitQueue[buckets];
        for (int i = 0; i < buckets; i++) this.buckets[i] = new WaitQueue();
    }

    @NoAllocation(reason = "futex path")
    private WaitQueue bucket(long address) {
        long h = (address >>> 2) * 0x9e3779b97f4a7c15L;       // Fibonacci hashing
        return buckets[(int) (h >>> 40) & (buckets.length - 1)];
    }

    /**
     * Blocks the running task on {@code address} until a {@link #wake} of it or, when
     * {@code deadline >= 0}, that time. Returns the scheduler's decision (the task to switch to).
     */
    @NoAllocation(reason = "futex path")
    public Task wait(Scheduler s, long address, long deadline) {
        s.current().futexAddress = address;
        WaitQueue q = bucket(address);
        return deadline < 0 ? s.block(q) : s.blockUntil(q, deadline);
    }

    /** Wakes up to {@code count} tasks waiting on {@code address}; returns how many. */
    @NoAllocation(reason = "futex path")
    public int wake(Scheduler s, long address, int count) {
        return s.wakeFutex(bucket(address), address, count);
    }
}
