package corpus.lang.arith;

/** Shift counts are masked: & 31 for int, & 63 for long, including negative and huge counts. */
public class Shifts {
    public static void main(String[] args) {
        int[] ints = {1, -1, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x80000001};
        long[] longs = {1L, -1L, 0x123456789ABCDEF0L, Long.MIN_VALUE, Long.MAX_VALUE};
        int[] counts = {0, 1, 5, 31, 32, 33, 63, 64, 65, 100, -1, -31, -32, -33, -64, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int v : ints) {
            for (int c : counts) {
                System.out.println(Integer.toHexString(v) + " by " + c + ": << " + Integer.toHexString(v << c)
                    + " >> " + Integer.toHexString(v >> c) + " >>> " + Integer.toHexString(v >>> c));
            }
        }
        for (long v : longs) {
            for (int c : counts) {
                System.out.println(Long.toHexString(v) + " by " + c + ": << " + Long.toHexString(v << c)
                    + " >> " + Long.toHexString(v >> c) + " >>> " + Long.toHexString(v >>> c));
            }
            long lc = 0x100000041L;   // a long shift count: only the low 6 bits matter
            System.out.println("long count: " + Long.toHexString(v << lc) + " " + Long.toHexString(v >>> (int) lc));
        }
        byte b = -128;
        short s = -32768;
        char ch = '\uffff';
        System.out.println("byte >>> 4 = " + (b >>> 4) + ", (byte)(b >>> 4) = " + (byte) (b >>> 4));
        System.out.println("short >> 20 = " + (s >> 20) + ", char >>> 3 = " + (ch >>> 3) + ", char << 20 = " + (ch << 20));
        b >>>= 1;
        s >>>= 1;
        ch >>= 1;
        System.out.println("compound: " + b + " " + s + " " + (int) ch);
        System.out.println("rotate: " + Integer.toHexString(Integer.rotateLeft(0x12345678, 36)) + " "
            + Long.toHexString(Long.rotateRight(0x0123456789ABCDEFL, -4)));
        System.out.println("bits: " + Integer.bitCount(-1) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(0)
            + " " + Long.numberOfLeadingZeros(0) + " " + Long.numberOfTrailingZeros(Long.MIN_VALUE) + " " + Integer.highestOneBit(1000)
            + " " + Integer.lowestOneBit(96) + " " + Integer.reverse(1) + " " + Integer.reverseBytes(0x01020304) + " " + Long.bitCount(0xF0F0L)
            + " " + Integer.signum(-9) + " " + Long.signum(0));
    }
}
