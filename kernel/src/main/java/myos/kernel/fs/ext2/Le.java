package myos.kernel.fs.ext2;

/** Little-endian field access: every multi-byte ext2 on-disk field is little-endian. */
final class Le {
    private Le() {
    }

    static int u8(byte[] b, int o) {
        return b[o] & 0xff;
    }

    static int u16(byte[] b, int o) {
        return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8;
    }

    /** A 32-bit field as a Java int (callers treat counts as unsigned where it matters). */
    static int i32(byte[] b, int o) {
        return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
    }

    static long u32(byte[] b, int o) {
        return i32(b, o) & 0xffffffffL;
    }

    static void put8(byte[] b, int o, int v) {
        b[o] = (byte) v;
    }

    static void put16(byte[] b, int o, int v) {
        b[o] = (byte) v;
        b[o + 1] = (byte) (v >>> 8);
    }

    static void put32(byte[] b, int o, long v) {
        b[o] = (byte) v;
        b[o + 1] = (byte) (v >>> 8);
        b[o + 2] = (byte) (v >>> 16);
        b[o + 3] = (byte) (v >>> 24);
    }

    static void zero(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            b[off + i] = 0;
        }
    }
}
