package myos.kernel.sched;

import myos.rt.NoAllocation;

/** An intrusive FIFO of tasks through {@link Task#next}. Callers hold the scheduler lock. */
class TaskList {
    private Task head;
    private Task tail;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return head == null;
    }

    Task peek() {
        return head;
    }

    @NoAllocation(reason = "timer interrupt")
    void addLast(Task t) {
        t.next = null;
        if (tail == null) head = t;
        else tail.next = t;
        tail = t;
        size++;
    }

    @NoAllocation(reason = "timer interrupt")
    Task removeFirst() {
        Task t = head;
        if (t == null) return null;
        head = t.next;
        if (head == null) tail = null;
        t.next = null;
        size--;
        return t;
    }

    /** Unlinks {@code t} if present; true when it was. */
    @NoAllocation(reason = "timer interrupt")
    boolean remove(Task t) {
        Task prev = null;
        for (Task c = head; c != null; prev = c, c = c.next) {
            if (c != t) continue;
            if (prev == null) head = c.next;
            else prev.next = c.next;
            if (tail == c) tail = prev;
            c.next = null;
            size--;
            return true;
        }
        return false;
    }

    /** The first task (iterate with {@link Task#next}). */
    Task first() {
        return head;
    }
}
