package corpus.lang.arith;

/** byte and short arithmetic: sign extension on load, narrowing on store, unsigned views, short/char array round trips. */
public class SmallInts {
    public static void main(String[] args) {
        byte[] bs = new byte[256];
        for (int i = 0; i < 256; i++) bs[i] = (byte) i;
        long sum = 0, usum = 0;
        for (byte b : bs) {
            sum += b;
            usum += b & 0xFF;
        }
        System.out.println("byte sums " + sum + " " + usum + " " + bs[200] + " " + (bs[200] & 0xFF) + " " + (bs[127] + 1) + " " + (byte) (bs[127] + 1));
        short[] ss = new short[10];
        for (int i = 0; i < ss.length; i++) ss[i] = (short) (i * 10000);
        StringBuilder sb = new StringBuilder();
        for (short s : ss) sb.append(s).append(',').append(s & 0xFFFF).append(' ');
        System.out.println(sb);
        byte a = 100, b = 100;
        byte c = (byte) (a + b);
        int wide = a + b;
        System.out.println(c + " " + wide + " " + (byte) (a * b) + " " + (short) (a * b * 10) + " " + (a / (byte) -3) + " " + (byte) (-a >> 1));
        short x = -1;
        char asChar = (char) x;
        int fromChar = asChar;
        short back = (short) asChar;
        System.out.println((int) asChar + " " + fromChar + " " + back + " " + (x >>> 16) + " " + ((x & 0xFFFF) >>> 4) + " " + (short) (x >>> 4));
        byte mn = Byte.MIN_VALUE;
        System.out.println((byte) -mn + " " + (-mn) + " " + (byte) (mn - 1) + " " + Math.abs(mn) + " " + (byte) Math.abs(mn) + " " + Byte.MAX_VALUE + (byte) 1);
        short[] hist = new short[4];
        for (int i = 0; i < 100000; i++) hist[i & 3]++;
        System.out.println(hist[0] + " " + hist[1] + " " + hist[2] + " " + hist[3]);
        byte acc = 0;
        for (int i = 0; i < 1000; i++) acc += (byte) (i * 7);
        System.out.println("byte accumulator " + acc);
        int packed = (bs[1] << 24) | ((bs[0xAB] & 0xFF) << 16) | ((bs[0xCD] & 0xFF) << 8) | (bs[0xEF] & 0xFF);
        int unpackedWrong = (bs[1] << 24) | (bs[0xAB] << 16) | (bs[0xCD] << 8) | bs[0xEF];
        System.out.println(Integer.toHexString(packed) + " " + Integer.toHexString(unpackedWrong));
        long fromBytes = 0;
        for (int i = 0; i < 8; i++) fromBytes = (fromBytes << 8) | (bs[0xF8 + i] & 0xFF);
        System.out.println(Long.toHexString(fromBytes) + " " + Byte.toString((byte) 0x80) + " " + Short.toString((short) 0x8000) + " " + Byte.valueOf((byte) 5).equals((byte) 5)
            + " " + Short.compare((short) -1, (short) 1) + " " + Byte.compare((byte) 127, (byte) -128));
    }
}
