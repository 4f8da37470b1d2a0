package corpus.lang.misc;

/** Bit manipulation: CRC-32 from a computed table, popcount loops, Gray codes, bit reversal, xorshift PRNG, unsigned comparisons. */
public class BitTricks {
    static final int[] CRC_TABLE = new int[256];
    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            CRC_TABLE[n] = c;
        }
    }

    static int crc32(byte[] data) {
        int c = 0xFFFFFFFF;
        for (byte b : data) c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        return ~c;
    }

    static int popcount(long x) {
        int n = 0;
        while (x != 0) {
            x &= x - 1;
            n++;
        }
        return n;
    }

    public static void main(String[] args) {
        System.out.println("crc32 " + Integer.toHexString(crc32("The quick brown fox jumps over the lazy dog".getBytes())) + " "
            + Integer.toHexString(crc32(new byte[0])) + " " + Integer.toHexString(crc32(new byte[] {-1, 0, 127, -128})));
        long x = 0x9E3779B97F4A7C15L;
        long acc = 0;
        for (int i = 0; i < 100000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            acc += popcount(x) + Long.bitCount(x) + (x >>> 60) + (int) x % 7;
            if (Long.compareUnsigned(x, 1L << 63) > 0) acc ^= 1;
        }
        System.out.println("xorshift " + x + " acc " + acc);
        StringBuilder gray = new StringBuilder();
        for (int i = 0; i < 16; i++) gray.append(Integer.toBinaryString(i ^ (i >> 1))).append(' ');
        System.out.println(gray);
        System.out.println(Integer.reverse(0x12345678) + " " + Long.reverse(1L) + " " + Long.reverseBytes(0x0102030405060708L) + " "
            + Short.reverseBytes((short) 0x1234) + " " + Character.reverseBytes('\u1234') + " " + Integer.toOctalString(-8) + " " + Long.toBinaryString(-1L).length());
        int mask = 0;
        for (int bit = 0; bit < 32; bit += 3) mask |= 1 << bit;
        System.out.println(Integer.toHexString(mask) + " " + Integer.toHexString(mask & -mask) + " " + Integer.toHexString(mask & (mask - 1))
            + " " + (mask >>> 31) + " " + (mask >> 31) + " " + Integer.toUnsignedLong(-1) + " " + Byte.toUnsignedInt((byte) -2)
            + " " + Short.toUnsignedInt((short) -2) + " " + Integer.remainderUnsigned(-1, 7) + " " + Long.divideUnsigned(-1L, 7));
    }
}
