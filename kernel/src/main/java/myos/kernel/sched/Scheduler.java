package myos.kernel.sched;

import myos.rt.NoAllocation;

/**
 * Round-robin preemptive scheduling policy (issue 4; the MLFQ of the processes issue
 * replaces it behind the same calls). It decides; it does not switch: every call returns
 * the task that should run next (or null to keep the current one), and the caller performs
 * the context switch (myos_switch) with interrupts off. That keeps this class portable and
 * tested on the host with a simulated clock.
 *
 * <p>Invariants: exactly one task is RUNNING (the idle task when nothing else can run); a
 * RUNNABLE task is in the run queue exactly once; a SLEEPING task is in the sleep list,
 * ordered by wake time; a BLOCKED task is in exactly one wait queue. The idle task is
 * never queued. Nothing allocates: the timer interrupt calls {@link #tick}.
 *
 * <p>Locking: one CPU runs the scheduler, with interrupts disabled around every call.
 */
public final class Scheduler {
    private final TaskList runQueue = new TaskList();
    private final SleepList sleepers = new SleepList();
    private final Task idle;
    private final int sliceTicks;
    private Task current;

    /** {@code boot} is the task already running (the boot thread); {@code idle} runs when nothing else can. */
    public Scheduler(Task boot, Task idle, int sliceTicks) {
        this.idle = idle;
        this.sliceTicks = sliceTicks;
        current = boot;
        boot.state = Task.RUNNING;
        boot.sliceLeft = sliceTicks;
        idle.state = Task.RUNNABLE;
    }

    public Task current() {
        return current;
    }

    public int runnable() {
        return runQueue.size();
    }

    /** Makes a new task runnable. */
    @NoAllocation(reason = "called with interrupts off")
    public void add(Task t) {
        t.state = Task.RUNNABLE;
        runQueue.addLast(t);
    }

    /**
     * Timer interrupt at time {@code now}: wakes due sleepers, charges the running task one
     * tick, and preempts it when its slice is used up and someone else is runnable.
     */
    @NoAllocation(reason = "timer interrupt")
    public Task tick(long now) {
        wakeSleepers(now);
        if (current == idle) return runQueue.isEmpty() ? null : switchAway(Task.RUNNABLE);
        if (--current.sliceLeft > 0 || runQueue.isEmpty()) {
            if (current.sliceLeft <= 0) current.sliceLeft = sliceTicks;
            return null;
        }
        return switchAway(Task.RUNNABLE);
    }

    /** The running task gives up the rest of its slice. */
    @NoAllocation(reason = "called with interrupts off")
    public Task yield() {
        return runQueue.isEmpty() ? null : switchAway(Task.RUNNABLE);
    }

    /** The running task sleeps until {@code wakeAt} (clock nanoseconds). */
    @NoAllocation(reason = "called with interrupts off")
    public Task sleepUntil(long wakeAt) {
        current.wakeAt = wakeAt;
        return switchAway(Task.SLEEPING);
    }

    /** The running task blocks on {@code q} until woken. */
    @NoAllocation(reason = "called with interrupts off")
    public Task block(WaitQueue q) {
        current.waitingOn = q;
        current.timedOut = false;
        return switchAway(Task.BLOCKED);
    }

    /**
     * The running task blocks on {@code q} until woken or until {@code wakeAt}, whichever
     * comes first; afterwards {@link #timedOut} tells which.
     */
    @NoAllocation(reason = "called with interrupts off")
    public Task blockUntil(WaitQueue q, long wakeAt) {
        current.wakeAt = wakeAt;
        sleepers.insert(current);
        return block(q);
    }

    /** Whether the last timed wait of {@code t} ended by its timeout. */
    public static boolean timedOut(Task t) {
        return t.timedOut;
    }

    /** The running task ends; it never runs again. */
    @NoAllocation(reason = "called with interrupts off")
    public Task exit() {
        return switchAway(Task.DEAD);
    }

    /** Wakes the longest waiter of {@code q}; true if there was one. Safe in interrupt handlers. */
    @NoAllocation(reason = "interrupt handlers wake threads")
    public boolean wakeOne(WaitQueue q) {
        Task t = q.waiters.removeFirst();
        if (t == null) return false;
        sleepers.remove(t);
        makeRunnable(t);
        return true;
    }

    /** Wakes up to {@code count} waiters of {@code q} whose futex word is {@code address}; returns how many. */
    @NoAllocation(reason = "futex wake")
    public int wakeFutex(WaitQueue q, long address, int count) {
        int n = 0;
        Task t = q.waiters.first();
        while (t != null && n < count) {
            Task next = t.next;
            if (t.futexAddress == address) {
                q.waiters.remove(t);
                sleepers.remove(t);
                makeRunnable(t);
                n++;
            }
            t = next;
        }
        return n;
    }

    @NoAllocation(reason = "interrupt handlers wake threads")
    public int wakeAll(WaitQueue q) {
        int n = 0;
        while (wakeOne(q)) n++;
        return n;
    }

    /** Earliest wake time of a sleeper, or Long.MAX_VALUE (for a tickless timer later). */
    public long nextWake() {
        Task t = sleepers.peek();
        return t == null ? Long.MAX_VALUE : t.wakeAt;
    }

    private void wakeSleepers(long now) {
        while (sleepers.peek() != null && sleepers.peek().wakeAt <= now) {
            Task t = sleepers.removeFirst();
            if (t.state == Task.BLOCKED) {                   // a timed wait ran out
                t.waitingOn.waiters.remove(t);
                t.timedOut = true;
            }
            makeRunnable(t);
        }
    }

    private void makeRunnable(Task t) {
        t.waitingOn = null;
        t.futexAddress = 0;
        t.state = Task.RUNNABLE;
        runQueue.addLast(t);
    }

    /** Puts the current task in {@code newState}'s place and picks the next one. */
    private Task switchAway(int newState) {
        Task prev = current;
        prev.state = newState;
        if (prev != idle) {
            if (newState == Task.RUNNABLE) runQueue.addLast(prev);
            else if (newState == Task.SLEEPING) sleepers.insert(prev);
            else if (newState == Task.BLOCKED) prev.waitingOn.waiters.addLast(prev);
        }
        Task next = runQueue.removeFirst();
        if (next == null) next = idle;
        next.state = Task.RUNNING;
        next.sliceLeft = sliceTicks;
        next.switches++;
        current = next;
        return next == prev ? null : next;
    }
}
