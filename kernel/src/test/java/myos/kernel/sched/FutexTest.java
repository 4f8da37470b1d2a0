package myos.kernel.sched;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class FutexTest {
    private final Task boot = new Task(0, "boot");
    private final Task idle = new Task(-1, "idle");
    private final Scheduler s = new Scheduler(boot, idle, 5);
    private final Futex f = new Futex(8);

    @Test
    void wakeWakesOnlyWaitersOfThatAddressUpToCount() {
        Task a = new Task(1, "a"), b = new Task(2, "b"), c = new Task(3, "c");
        s.add(a);
        s.add(b);
        s.add(c);
        assertSame(a, f.wait(s, 0x1000, -1));           // boot waits on 0x1000
        assertSame(b, f.wait(s, 0x2000, -1));           // a waits on 0x2000
        assertSame(c, f.wait(s, 0x1000, -1));           // b waits on 0x1000
        assertEquals(0, f.wake(s, 0x3000, 10));
        assertEquals(1, f.wake(s, 0x1000, 1), "count 1: the longest waiter");
        assertEquals(Task.RUNNABLE, boot.state());
        assertEquals(Task.BLOCKED, b.state());
        assertEquals(1, f.wake(s, 0x1000, Integer.MAX_VALUE));
        assertEquals(Task.BLOCKED, a.state(), "other address untouched");
        assertFalse(Scheduler.timedOut(boot));
    }

    @Test
    void timedWaitEndsByTimeoutAndLeavesTheQueue() {
        Task a = new Task(1, "a");
        s.add(a);
        assertSame(a, f.wait(s, 0x1000, 100));          // boot waits with a deadline
        assertNull(s.tick(99));
        assertEquals(Task.BLOCKED, boot.state());
        s.tick(100);
        assertEquals(Task.RUNNABLE, boot.state());
        assertTrue(Scheduler.timedOut(boot));
        assertEquals(0, f.wake(s, 0x1000, 1), "no longer in the wait queue");
    }

    @Test
    void wakeBeforeTheDeadlineCancelsTheTimeout() {
        Task a = new Task(1, "a");
        s.add(a);
        f.wait(s, 0x1000, 100);
        assertEquals(1, f.wake(s, 0x1000, 1));
        assertFalse(Scheduler.timedOut(boot));
        assertEquals(Long.MAX_VALUE, s.nextWake(), "removed from the sleep list");
    }
}
