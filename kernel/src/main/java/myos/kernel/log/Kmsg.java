package myos.kernel.log;

import myos.rt.NoAllocation;

/**
 * The kernel message ring (what {@code dmesg} will read): records of
 * (sequence number, level, boot-relative time in ns, text) in one fixed byte array, oldest
 * dropped first when full. Appending never allocates, so interrupt handlers and the panic
 * path may log; the array is allocated once at boot.
 *
 * <p>Record layout at a monotonically increasing byte position (index = position mod
 * capacity, so records wrap around the end): u16 text length, u8 level, u64 time, text.
 * {@code head} is the position of the oldest record, {@code tail} where the next goes.
 * Callers serialise appends (a spinlock with interrupts off once SMP exists).
 */
public final class Kmsg {
    public static final int EMERG = 0, ALERT = 1, CRIT = 2, ERR = 3, WARNING = 4, NOTICE = 5, INFO = 6, DEBUG = 7;
    /** Longest text kept per record (Linux's PRINTK_MESSAGE_MAX is 2048; ours is smaller). */
    public static final int MAX_TEXT = 1024;
    private static final int HEADER = 11;

    private final byte[] ring;
    private final int mask;
    private long head;
    private long tail;
    private long firstSeq;
    private long nextSeq;

    /** {@code capacity} must be a power of two, at least 2 KiB. */
    public Kmsg(int capacity) {
        if (capacity < 2048 || (capacity & (capacity - 1)) != 0) {
            throw new IllegalArgumentException("kmsg capacity must be a power of two >= 2048");
        }
        ring = new byte[capacity];
        mask = capacity - 1;
    }

    /** Sequence number of the oldest record still held. */
    public long firstSeq() {
        return firstSeq;
    }

    /** Sequence number the next record will get. */
    public long nextSeq() {
        return nextSeq;
    }

    /** Appends a record; returns its sequence number. Text beyond MAX_TEXT is cut. */
    @NoAllocation(reason = "interrupt handlers and panic log")
    public long append(int level, long nanos, byte[] text, int off, int len) {
        if (len > MAX_TEXT) len = MAX_TEXT;
        int size = HEADER + len;
        while (tail + size - head > ring.length) dropOldest();
        put16(tail, len);
        ring[(int) (tail + 2) & mask] = (byte) level;
        put64(tail + 3, nanos);
        for (int i = 0; i < len; i++) ring[(int) (tail + HEADER + i) & mask] = text[off + i];
        tail += size;
        return nextSeq++;
    }

    @NoAllocation(reason = "interrupt handlers and panic log")
    public long append(int level, long nanos, Fmt line) {
        return append(level, nanos, line.buffer(), 0, line.length());
    }

    private void dropOldest() {
        head += HEADER + get16(head);
        firstSeq++;
    }

    /** Position of record {@code seq}, or -1 if it was dropped or not written yet. */
    private long position(long seq) {
        if (seq < firstSeq || seq >= nextSeq) return -1;
        long p = head;
        for (long s = firstSeq; s < seq; s++) p += HEADER + get16(p);
        return p;
    }

    public int level(long seq) {
        long p = position(seq);
        return p < 0 ? -1 : ring[(int) (p + 2) & mask];
    }

    public long time(long seq) {
        long p = position(seq);
        return p < 0 ? -1 : get64(p + 3);
    }

    /** Copies record {@code seq}'s text into {@code out}; returns its length or -1. */
    @NoAllocation(reason = "the panic path prints the last lines")
    public int text(long seq, byte[] out, int off) {
        long p = position(seq);
        if (p < 0) return -1;
        int len = Math.min(get16(p), out.length - off);
        for (int i = 0; i < len; i++) out[off + i] = ring[(int) (p + HEADER + i) & mask];
        return len;
    }

    /** Formats record {@code seq} as dmesg prints it: {@code [    0.012345] text}. */
    @NoAllocation(reason = "the panic path prints the last lines")
    public boolean format(long seq, Fmt out) {
        long p = position(seq);
        if (p < 0) return false;
        out.timestamp(get64(p + 3)).ch(' ');
        int len = get16(p);
        for (int i = 0; i < len; i++) out.ch(ring[(int) (p + HEADER + i) & mask]);
        return true;
    }

    private void put16(long pos, int v) {
        ring[(int) pos & mask] = (byte) v;
        ring[(int) (pos + 1) & mask] = (byte) (v >>> 8);
    }

    private int get16(long pos) {
        return (ring[(int) pos & mask] & 0xff) | (ring[(int) (pos + 1) & mask] & 0xff) << 8;
    }

    private void put64(long pos, long v) {
        for (int i = 0; i < 8; i++) ring[(int) (pos + i) & mask] = (byte) (v >>> (8 * i));
    }

    private long get64(long pos) {
        long v = 0;
        for (int i = 0; i < 8; i++) v |= (ring[(int) (pos + i) & mask] & 0xffL) << (8 * i);
        return v;
    }
}
