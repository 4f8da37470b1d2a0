package myos.kernel.sched;

import myos.rt.NoAllocation;

/**
 * Tasks waiting for a time, ordered by {@link Task#wakeAt} (FIFO among equal times), linked
 * through {@link Task#sleepNext} so that a task in a timed wait can be in a wait queue too.
 */
final class SleepList {
    private Task head;

    Task peek() {
        return head;
    }

    @NoAllocation(reason = "timer interrupt")
    void insert(Task t) {
        Task prev = null, c = head;
        while (c != null && c.wakeAt <= t.wakeAt) {
            prev = c;
            c = c.sleepNext;
        }
        t.sleepNext = c;
        if (prev == null) head = t;
        else prev.sleepNext = t;
        t.sleeping = true;
    }

    @NoAllocation(reason = "timer interrupt")
    Task removeFirst() {
        Task t = head;
        if (t != null) {
            head = t.sleepNext;
            t.sleepNext = null;
            t.sleeping = false;
        }
        return t;
    }

    @NoAllocation(reason = "timer interrupt")
    void remove(Task t) {
        if (!t.sleeping) return;
        Task prev = null;
        for (Task c = head; c != null; prev = c, c = c.sleepNext) {
            if (c != t) continue;
            if (prev == null) head = c.sleepNext;
            else prev.sleepNext = c.sleepNext;
            break;
        }
        t.sleepNext = null;
        t.sleeping = false;
    }
}
