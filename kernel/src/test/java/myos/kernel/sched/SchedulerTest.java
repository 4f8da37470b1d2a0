package myos.kernel.sched;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class SchedulerTest {
    private final Task boot = new Task(0, "boot");
    private final Task idle = new Task(-1, "idle");
    private final Scheduler s = new Scheduler(boot, idle, 3);

    /** Applies a scheduling decision the way the context-switch glue does. */
    private static Task apply(Task running, Task next) {
        return next == null ? running : next;
    }

    @Test
    void roundRobinPreemptsAfterTheSlice() {
        Task a = new Task(1, "a"), b = new Task(2, "b");
        s.add(a);
        s.add(b);
        List<Integer> order = new ArrayList<>();
        Task running = boot;
        for (int tick = 1; tick <= 18; tick++) {
            running = apply(running, s.tick(tick));
            order.add(running.id);
        }
        assertEquals(List.of(0, 0, 1, 1, 1, 2, 2, 2, 0, 0, 0, 1, 1, 1, 2, 2, 2, 0), order);
        assertSame(running, s.current());
        assertEquals(Task.RUNNING, running.state());
    }

    @Test
    void aLoneTaskKeepsRunningWithoutSwitches() {
        for (int tick = 1; tick < 100; tick++) assertNull(s.tick(tick));
        assertSame(boot, s.current());
    }

    @Test
    void sleepersWakeInTimeOrderAndIdleFillsTheGaps() {
        Task a = new Task(1, "a"), b = new Task(2, "b");
        s.add(a);
        s.add(b);
        assertSame(a, s.sleepUntil(50));         // boot sleeps until t=50
        assertSame(b, s.sleepUntil(30));         // a sleeps until t=30
        assertSame(idle, s.sleepUntil(30));      // b sleeps until t=30 too (after a)
        assertEquals(30, s.nextWake());
        assertNull(s.tick(29), "nothing due: idle keeps running");
        assertSame(a, s.tick(30), "a went to sleep first, wakes first");
        assertEquals(Task.RUNNABLE, b.state());
        assertSame(b, s.exit());                 // a finishes
        assertEquals(Task.DEAD, a.state());
        assertSame(idle, s.exit());              // b finishes
        assertSame(boot, s.tick(50));
        assertEquals(Long.MAX_VALUE, s.nextWake());
    }

    @Test
    void waitQueuesBlockAndWakeFifo() {
        Task a = new Task(1, "a"), b = new Task(2, "b");
        WaitQueue q = new WaitQueue();
        s.add(a);
        s.add(b);
        assertSame(a, s.block(q));               // boot blocks
        assertSame(b, s.block(q));               // a blocks
        assertEquals(2, q.waiting());
        assertTrue(s.wakeOne(q), "an interrupt handler wakes the first waiter");
        assertEquals(Task.RUNNABLE, boot.state());
        assertEquals(Task.BLOCKED, a.state());
        assertSame(boot, s.yield());
        assertEquals(1, s.wakeAll(q));
        assertFalse(s.wakeOne(q));
        assertSame(b, s.yield());
        assertSame(a, s.yield());
    }

    @Test
    void interleavingOfSleepingThreads() {
        // Three threads each sleep 10, 20 and 30 time units in a loop: the wake-up order must follow the timer.
        Task[] t = {new Task(1, "t10"), new Task(2, "t20"), new Task(3, "t30")};
        for (Task x : t) s.add(x);
        long[] period = {10, 20, 30};
        StringBuilder log = new StringBuilder();
        Task running = apply(boot, s.exit());    // the boot thread leaves the stage
        for (long now = 0; now <= 60; now++) {
            while (running != idle && running.state() == Task.RUNNING) {
                int i = running.id - 1;
                log.append(running.name).append('@').append(now).append(' ');
                running = apply(running, s.sleepUntil(now + period[i]));
            }
            running = apply(running, s.tick(now + 1));
        }
        // Equal wake times wake in the order the threads went to sleep (t20 slept at 0, t10 at 10).
        assertEquals("t10@0 t20@0 t30@0 t10@10 t20@20 t10@20 t30@30 t10@30 t20@40 t10@40 t10@50 t30@60 t20@60 t10@60 ",
            log.toString());
    }
}
