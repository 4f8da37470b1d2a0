package java.lang;

import myos.rt.Cards;
import myos.rt.Heap;
import myos.rt.Mem;
import myos.rt.Monitor;

/**
 * The root class. The header layout it relies on (class pointer at offset 0, array length
 * at offset 16, elements at 24, instance fields from 16) is fixed by docs/abi.md.
 */
public class Object {
    public Object() {}

    public final Class<?> getClass() {
        return (Class<?>) Mem.objectAt(Mem.load64(Mem.addressOf(this)));
    }

    /**
     * The identity hash: objects never move (non-moving collector), so the address is
     * stable for the object's lifetime. The low 3 bits are always zero (8-byte alignment)
     * and are dropped; the high half is folded in so that heaps above 4 GiB still spread.
     */
    public int hashCode() {
        return identityHash(this);
    }

    static int identityHash(Object o) {
        if (o == null) return 0;
        long a = Mem.addressOf(o) >>> 3;
        a ^= a >>> 29;            // fold high bits down before truncating
        a *= 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads consecutive addresses
        int h = (int) (a >>> 33); // 31 bits: never negative, like HotSpot's identity hashes
        return h != 0 ? h : 1;    // HotSpot never hands out 0 either
    }

    public boolean equals(Object obj) {
        return this == obj;
    }

    /**
     * Shallow copy. Arrays are always cloneable; other objects must implement Cloneable
     * (the JDK's message is the class name).
     */
    protected Object clone() throws CloneNotSupportedException {
        Class<?> c = getClass();
        long src = Mem.addressOf(this);
        if (c.isArray()) {
            int length = Mem.load32(src + 16);
            Object copy = Heap.allocArray(c, length);
            Mem.copy(Mem.addressOf(copy) + 24, src + 24, (long) length * c.elementSize());
            if ((c.flags & Class.F_REF_ARRAY) != 0) Cards.dirty(Mem.addressOf(copy) + 24, 8L * length);
            return copy;
        }
        if (!(this instanceof Cloneable)) throw new CloneNotSupportedException(c.getName());
        Object copy = Heap.allocObject(c);
        // Only the fields after the 16-byte header are copied: the meta word (GC bits,
        // monitor index) of the new object must stay its own.
        Mem.copy(Mem.addressOf(copy) + 16, src + 16, c.instanceSize() - 16);
        // The write barrier (myos.rt.Cards), in case a collection made the copy old already.
        Cards.dirty(Mem.addressOf(copy) + 16, c.instanceSize() - 16);
        return copy;
    }

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    public final void notify() {
        Monitor.notify(this);
    }

    public final void notifyAll() {
        Monitor.notifyAll(this);
    }

    public final void wait() throws InterruptedException {
        waitFor(0L);
    }

    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) throw new IllegalArgumentException("timeout value is negative");
        waitFor(timeoutMillis);
    }

    /** Publishes WAITING/TIMED_WAITING for Thread.getState() around the runtime's wait. */
    private void waitFor(long timeoutMillis) throws InterruptedException {
        Thread self = Thread.currentThread();
        int saved = self.blockState;
        self.blockState = timeoutMillis == 0 ? Thread.WAITING : Thread.TIMED_WAITING;
        try {
            Monitor.wait(this, timeoutMillis);
        } finally {
            self.blockState = saved;
        }
    }

    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        // As the JDK: any positive nanos rounds the timeout up by one millisecond.
        if (nanos > 0 && timeoutMillis < Long.MAX_VALUE) timeoutMillis++;
        waitFor(timeoutMillis);
    }

    @Deprecated(since = "9", forRemoval = true)
    protected void finalize() throws Throwable {}
}
