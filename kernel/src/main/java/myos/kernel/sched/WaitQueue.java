package myos.kernel.sched;

/**
 * Tasks blocked until some event: the kernel's sleep/wakeup primitive (xv6's sleep and
 * wakeup on a channel, made explicit). A waker calls {@link Scheduler#wakeOne} or
 * {@link Scheduler#wakeAll} on it; interrupt handlers may do so, since that does not
 * allocate. Guarded by the scheduler's lock.
 */
public final class WaitQueue {
    final TaskList waiters = new TaskList();

    public int waiting() {
        return waiters.size();
    }
}
