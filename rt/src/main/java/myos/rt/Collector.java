package myos.rt;

/**
 * One stop-the-world, non-moving mark-sweep collection, young or full. The caller holds the
 * heap lock. Order: take the thread registry's lock (so no thread is added or removed while
 * stacks are scanned), stop every other thread at a safepoint or in the blocked state,
 * finish the previous cycle's lazy sweep, mark, clean the card table, optionally verify,
 * sweep the large objects and leave the chunks to the lazy sweep ({@link Sweeper}), restart
 * the threads.
 *
 * <p>Generations with sticky mark bits (Demers et al. 1990; the sticky variant of Immix,
 * Shahriyar et al. 2013), objects never move: an object that survived a collection stays
 * marked ({@link Marker}) and is "old"; one allocated since is "young". A young collection
 * marks from the roots and from the old objects on dirty cards ({@link Cards}: the compiled
 * write barrier dirties the card of every reference store into a heap object), never traces
 * into an old object, and sweeps only chunks that can hold young objects. That is sound
 * because an old object can reference a young one only through a store made since the last
 * collection, which dirtied its card; a full collection marks everything from the roots
 * alone. {@link Heap} chooses which ({@link Heap#afterCollection}). MYOS_GC_VERIFY checks,
 * before a young mark, that every such old-to-young reference lies on a dirty card.
 *
 * <p>Roots (docs/abi.md): every static reference field ({@code Rt.staticRoots()}); per
 * thread, the pending exception, the Thread object, the six spilled callee-saved registers
 * and every word of the stack from the saved stack pointer to the stack's high bound,
 * conservatively. Objects of the image (classes, literals) are not in the heap and are
 * neither marked nor traced: by the ABI they never point into the heap.
 */
final class Collector {
    private Collector() {}

    @NoAllocation(reason = "the collector")
    static void collect(boolean full) {
        long self = Mem.threadBlock();
        RawLock.lock(Threads.lockWord());
        Safepoint.stopTheWorld(self);
        ThreadCache.clearAll();
        Sweeper.finish(); // the last cycle's dead objects must be gone before marking
        if (Heap.verify && !full) Verifier.verifyCards();
        Marker.begin(full);
        if (!full) Cards.markFromDirty(); // first: every marked object is old until the roots are marked
        markRoots();
        Marker.finish();
        Cards.clearHeap();
        if (Heap.verify) Verifier.verify();
        Sweeper.start(full);
        Heap.afterCollection(full);
        Safepoint.resumeTheWorld(self);
        RawLock.unlock(Threads.lockWord());
    }

    @NoAllocation(reason = "the collector")
    private static void markRoots() {
        long roots = Rt.staticRoots();
        int n = Rt.staticRootCount();
        for (int i = 0; i < n; i++) Marker.markWord(Mem.load64(Mem.load64(roots + 8L * i)));
        for (long tb = Threads.first(); tb != 0; tb = Mem.load64(tb + Tb.NEXT)) markThread(tb);
    }

    @NoAllocation(reason = "the collector")
    private static void markThread(long tb) {
        Marker.markWord(Mem.load64(tb + ThreadBlock.PENDING_EXCEPTION));
        Marker.markWord(Mem.load64(tb + ThreadBlock.THREAD));
        Marker.markRange(tb + ThreadBlock.SPILL, tb + ThreadBlock.SPILL + 48);
        long sp = Mem.load64(tb + ThreadBlock.SAVED_SP);
        long high = Mem.load64(tb + ThreadBlock.STACK_HIGH);
        if (sp == 0 || sp > high) Log.fatal("collector: a stopped thread has no saved stack pointer");
        Marker.markRange(sp, high);
    }
}
