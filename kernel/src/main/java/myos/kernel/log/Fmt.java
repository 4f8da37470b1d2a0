package myos.kernel.log;

import myos.rt.NoAllocation;

/**
 * A fixed-capacity line of bytes that formats integers itself. Kernel messages are built
 * here instead of with string concatenation so that logging allocates nothing (interrupt
 * handlers and the panic path log) and needs no floating point (kernel code is
 * integer-only). Characters beyond the capacity are dropped; the line stays valid.
 */
public final class Fmt {
    private final byte[] buf;
    private int len;

    public Fmt(int capacity) {
        buf = new byte[capacity];
    }

    public byte[] buffer() {
        return buf;
    }

    public int length() {
        return len;
    }

    @NoAllocation(reason = "logging from interrupt context")
    public Fmt clear() {
        len = 0;
        return this;
    }

    @NoAllocation(reason = "logging from interrupt context")
    public Fmt ch(int c) {
        if (len < buf.length) buf[len++] = (byte) c;
        return this;
    }

    /** Appends a string's characters (Latin-1; others become '?'). */
    @NoAllocation(reason = "logging from interrupt context")
    public Fmt str(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            ch(c <= 0xff ? c : '?');
        }
        return this;
    }

    @NoAllocation(reason = "logging from interrupt context")
    public Fmt bytes(byte[] b, int off, int n) {
        for (int i = 0; i < n; i++) ch(b[off + i]);
        return this;
    }

    /** Signed decimal. */
    @NoAllocation(reason = "logging from interrupt context")
    public Fmt dec(long v) {
        if (v < 0) {
            ch('-');
            if (v == Long.MIN_VALUE) return str("9223372036854775808");
            v = -v;
        }
        return udec(v, 1);
    }

    /** Unsigned decimal of a non-negative value, left-padded with zeros to {@code width}. */
    @NoAllocation(reason = "logging from interrupt context")
    public Fmt udec(long v, int width) {
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) digits++;
        for (int i = digits; i < width; i++) ch('0');
        long p = 1;
        for (int i = 1; i < digits; i++) p *= 10;
        for (; p > 0; p /= 10) ch((int) ('0' + (v / p) % 10));
        return this;
    }

    /** Decimal right-aligned in {@code width} columns (space padding). */
    @NoAllocation(reason = "logging from interrupt context")
    public Fmt decPad(long v, int width) {
        int digits = 1;
        for (long t = v < 0 ? -(v / 10) : v / 10; t > 0; t /= 10) digits++;
        if (v < 0) digits++;
        for (int i = digits; i < width; i++) ch(' ');
        return dec(v);
    }

    /** 0x-prefixed hexadecimal, all 16 digits (addresses and registers line up). */
    @NoAllocation(reason = "logging from interrupt context")
    public Fmt hex(long v) {
        ch('0').ch('x');
        for (int shift = 60; shift >= 0; shift -= 4) ch(hexDigit((int) (v >>> shift) & 15));
        return this;
    }

    /** Hexadecimal without leading zeros. */
    @NoAllocation(reason = "logging from interrupt context")
    public Fmt hexShort(long v) {
        ch('0').ch('x');
        int shift = 60;
        while (shift > 0 && ((v >>> shift) & 15) == 0) shift -= 4;
        for (; shift >= 0; shift -= 4) ch(hexDigit((int) (v >>> shift) & 15));
        return this;
    }

    /** Linux printk time stamp: {@code [%5lu.%06lu]} seconds.microseconds. */
    @NoAllocation(reason = "logging from interrupt context")
    public Fmt timestamp(long nanos) {
        long us = nanos / 1000;
        ch('[');
        decPad(us / 1_000_000, 5);
        ch('.');
        udec(us % 1_000_000, 6);
        return ch(']');
    }

    private static int hexDigit(int d) {
        return d < 10 ? '0' + d : 'a' + d - 10;
    }

    /** The line as a String (tests and non-critical paths only: allocates). */
    @Override
    public String toString() {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) c[i] = (char) (buf[i] & 0xff);
        return new String(c);
    }
}
