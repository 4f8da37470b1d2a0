package corpus.lang.arith;

/** Compound assignment narrowing (implicit casts), ++/-- on byte/short/char, integer casts. */
public class Narrowing {
    static byte sb = 127;
    short ss = 32767;

    public static void main(String[] args) {
        byte b = 127;
        b++;
        System.out.println("byte 127++ = " + b);
        b--;
        System.out.println("byte -128-- = " + b);
        b += 200;
        System.out.println("byte += 200 -> " + b);
        b *= 3;
        System.out.println("byte *= 3 -> " + b);
        b >>= 1;
        System.out.println("byte >>= 1 -> " + b);
        b = -1;
        b >>>= 28;
        System.out.println("byte -1 >>>= 28 -> " + b);
        short s = Short.MAX_VALUE;
        s++;
        System.out.println("short MAX++ = " + s);
        s += 1.7;
        System.out.println("short += 1.7 -> " + s);
        s -= 70000;
        System.out.println("short -= 70000 -> " + s);
        int i = 5;
        i += 3.9;
        System.out.println("int += 3.9 -> " + i);
        i *= 1e10;
        System.out.println("int *= 1e10 -> " + i);
        i = 7;
        i /= 2.0f;
        System.out.println("int /= 2.0f -> " + i);
        long l = 10;
        l *= 0.55;
        System.out.println("long *= 0.55 -> " + l);
        l += Float.NaN;
        System.out.println("long += NaN -> " + l);
        char c = 'z';
        c += 1000000;
        System.out.println("char += 1000000 -> " + (int) c);
        float f = 1;
        f += 1e-10;
        System.out.println("float += 1e-10 -> " + f);
        sb++;
        new Narrowing().run();
        byte[] arr = {127, -128};
        arr[0]++;
        arr[1]--;
        arr[0] += arr[1];
        System.out.println("array elements: " + arr[0] + " " + arr[1] + " static " + sb);
        short[] sa = {1};
        int old = sa[0]--;
        System.out.println("postfix " + old + " " + sa[0] + " prefix " + (++sa[0]) + " " + (--sa[0]));
        char[] ca = {'\uffff'};
        ca[0]++;
        System.out.println("char array ++: " + (int) ca[0]);
        System.out.println("casts: " + (byte) 200 + " " + (short) 40000 + " " + (int) 3000000000L + " " + (byte) -129 + " " + (char) 65601
            + " " + (short) (char) 65535 + " " + (int) (byte) 0x80 + " " + (long) (int) 0xFFFFFFFFL + " " + (0xFFL & (byte) -1));
        int x = 0;
        x = x++ + ++x;
        System.out.println("x = x++ + ++x: " + x);
        int y = 5;
        y += y++ * --y;
        System.out.println("y += y++ * --y: " + y);
    }

    void run() {
        ss++;
        ss += 2;
        System.out.println("field short: " + ss + " static byte " + sb);
    }
}
