package myos.rt;

/**
 * Java monitors: {@code synchronized}, {@code wait}, {@code notify}. Every object can get
 * a record in {@link MonitorTable} the first time it is locked; the record's index is
 * installed in the object's meta word with a CAS (docs/abi.md, meta word bits 32-63) and
 * stays until the collector finds the object dead.
 *
 * <p>Locking is a {@link RawLock} (futex, contended lockers sleep in the blocked state) plus
 * an owner and a recursion count. Waiting uses a generation counter as the futex word:
 * a waiter reads the generation while it still holds the monitor, releases it, and sleeps
 * only if the generation is unchanged; notify bumps the generation while holding the
 * monitor, so a notify can never fall between "released" and "asleep" and be lost.
 * Spurious wake-ups are possible, as Java allows (Object.wait javadoc).
 */
public final class Monitor {
    private Monitor() {}

    /** {@code monitorenter}: recursive; a contended enter sleeps and lets collections run. */
    public static void enter(Object o) {
        if (o == null) {
            Throw.nullPointer();
            return;
        }
        long m = recordOf(o);
        if (m == 0) {
            Throw.outOfMemory();
            return;
        }
        long self = Mem.threadBlock();
        if (Mem.loadVolatile64(m + MonitorTable.OWNER) == self) {
            Mem.storeVolatile32(m + MonitorTable.COUNT, Mem.loadVolatile32(m + MonitorTable.COUNT) + 1);
            return;
        }
        RawLock.lock(m + MonitorTable.LOCK);
        Mem.storeVolatile64(m + MonitorTable.OWNER, self);
        Mem.storeVolatile32(m + MonitorTable.COUNT, 1);
    }

    /** {@code monitorexit}. */
    public static void exit(Object o) {
        long m = ownedRecord(o);
        if (m == 0) return;
        int count = Mem.loadVolatile32(m + MonitorTable.COUNT) - 1;
        Mem.storeVolatile32(m + MonitorTable.COUNT, count);
        if (count == 0) {
            Mem.storeVolatile64(m + MonitorTable.OWNER, 0);
            RawLock.unlock(m + MonitorTable.LOCK);
        }
    }

    /** Object.wait: {@code millis} 0 waits without a timeout. */
    public static void wait(Object o, long millis) throws InterruptedException {
        long m = ownedRecord(o);
        if (m == 0) return;
        long tb = Mem.threadBlock();
        long generation = m + MonitorTable.GENERATION;
        Mem.storeVolatile64(tb + Tb.WAIT_ADDRESS, generation);
        Mem.fence(); // Threads.interrupt reads WAIT_ADDRESS after setting the status (Dekker)
        int seen = Mem.loadVolatile32(generation);
        if (Thread.interrupted()) {
            Mem.storeVolatile64(tb + Tb.WAIT_ADDRESS, 0);
            throw new InterruptedException();
        }
        int count = Mem.loadVolatile32(m + MonitorTable.COUNT);
        Mem.storeVolatile64(m + MonitorTable.OWNER, 0);
        Mem.storeVolatile32(m + MonitorTable.COUNT, 0);
        RawLock.unlock(m + MonitorTable.LOCK);
        sleepOn(generation, seen, millis);
        Mem.storeVolatile64(tb + Tb.WAIT_ADDRESS, 0);
        RawLock.lock(m + MonitorTable.LOCK);
        Mem.storeVolatile64(m + MonitorTable.OWNER, tb);
        Mem.storeVolatile32(m + MonitorTable.COUNT, count);
        if (Thread.interrupted()) throw new InterruptedException();
    }

    @NoAllocation(reason = "waiting")
    private static void sleepOn(long word, int seen, long millis) {
        long nanos = millis <= 0 ? -1 : (millis >= Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE : millis * 1_000_000L);
        Safepoint.enterBlocking();
        Os.futexWait(word, seen, nanos);
        Safepoint.leaveBlocking();
    }

    public static void notify(Object o) {
        long m = ownedRecord(o);
        if (m == 0) return;
        Mem.xadd32(m + MonitorTable.GENERATION, 1);
        Os.futexWake(m + MonitorTable.GENERATION, 1);
    }

    public static void notifyAll(Object o) {
        long m = ownedRecord(o);
        if (m == 0) return;
        Mem.xadd32(m + MonitorTable.GENERATION, 1);
        Os.futexWake(m + MonitorTable.GENERATION, Integer.MAX_VALUE);
    }

    /** Thread.holdsLock. */
    public static boolean holdsLock(Object o) {
        if (o == null) throw new NullPointerException();
        int index = (int) (Mem.loadVolatile64(Mem.addressOf(o) + 8) >>> 32);
        return index != 0 && Mem.loadVolatile64(MonitorTable.record(index) + MonitorTable.OWNER) == Mem.threadBlock();
    }

    /** The record of a monitor the current thread owns; else throws and returns 0. */
    private static long ownedRecord(Object o) {
        if (o == null) throw new NullPointerException();
        int index = (int) (Mem.loadVolatile64(Mem.addressOf(o) + 8) >>> 32);
        long m = index == 0 ? 0 : MonitorTable.record(index);
        if (m == 0 || Mem.loadVolatile64(m + MonitorTable.OWNER) != Mem.threadBlock()) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        return m;
    }

    /** The object's monitor record, created on first use; 0 when the table is full. */
    @NoAllocation(reason = "monitor enter")
    private static long recordOf(Object o) {
        long meta = Mem.addressOf(o) + 8;
        int index = (int) (Mem.loadVolatile64(meta) >>> 32);
        if (index != 0) return MonitorTable.record(index);
        int fresh = MonitorTable.allocate();
        if (fresh == 0) return 0;
        // First, so the sweep never frees the object's chunk whole without returning the record.
        if (PageMap.contains(meta)) ChunkTable.noteMonitor(meta);
        while (true) {
            long word = Mem.loadVolatile64(meta);
            index = (int) (word >>> 32);
            if (index != 0) {
                MonitorTable.release(fresh); // another thread installed one first
                return MonitorTable.record(index);
            }
            if (Mem.cas64(meta, word, word | ((long) fresh << 32))) return MonitorTable.record(fresh);
        }
    }
}
