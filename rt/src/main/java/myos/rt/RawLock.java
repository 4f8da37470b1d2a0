package myos.rt;

/**
 * A futex-based mutex on an int word in raw memory (U. Drepper, "Futexes Are Tricky",
 * mutex #2): 0 = free, 1 = locked, 2 = locked and somebody may sleep on it. The fast paths
 * are one CAS; a contended locker sleeps in futex(2) FUTEX_WAIT instead of spinning.
 *
 * <p>A thread that sleeps for the lock declares itself blocked ({@link Safepoint}), so a
 * collection started by the lock's holder (the heap lock is held across collections) does
 * not wait for it. Such a lock must never be taken while the caller keeps a reference
 * only in a caller-saved register; every caller here keeps its references in locals that
 * live across this call, i.e. on the stack or in callee-saved registers, which the
 * blocked-state spill captures.
 */
final class RawLock {
    private RawLock() {}

    @NoAllocation(reason = "taken by the allocator and the collector")
    static void lock(long word) {
        if (Mem.cas32(word, 0, 1)) return;
        Safepoint.enterBlocking();
        lockSlow(word);
        Safepoint.leaveBlocking();
    }

    /** Takes the lock without entering the blocked state (callers that must not let a GC in). */
    @NoAllocation(reason = "taken inside the collector")
    static void lockSlow(long word) {
        int c = 0;
        while (true) {
            c = Mem.loadVolatile32(word);
            if (c == 0 && Mem.cas32(word, 0, 2)) return;
            if (c == 1 && !Mem.cas32(word, 1, 2)) continue;
            Os.futexWait(word, 2, -1);
        }
    }

    @NoAllocation(reason = "released by the allocator and the collector")
    static boolean tryLock(long word) {
        return Mem.cas32(word, 0, 1);
    }

    @NoAllocation(reason = "released by the allocator and the collector")
    static void unlock(long word) {
        if (Mem.xadd32(word, -1) != 1) {
            Mem.storeVolatile32(word, 0);
            Os.futexWake(word, 1);
        }
    }
}
