package corpus.lang.str;

/** String concatenation of every type, incl. char, null, boxed values, objects with toString, char arrays via valueOf. @gcstress */
public class Concat {
    static class P {
        final int x;
        P(int x) { this.x = x; }
        @Override public String toString() { return "P(" + x + ")"; }
    }

    static class NullToString {
        @Override public String toString() { return null; }
    }

    public static void main(String[] args) {
        boolean t = true;
        byte b = -5;
        short s = 300;
        char c = 'c';
        int i = -42;
        long l = 1234567890123L;
        float f = 1.5f;
        double d = -0.25;
        String nul = null;
        Object o = null;
        Integer boxed = 77;
        Long bl = null;
        System.out.println("all: " + t + b + s + c + i + l + f + d + nul + o + boxed + bl);
        System.out.println(c + c + "|" + c + c);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        System.out.println((char) ('a' + 1) + "!");
        System.out.println(new P(3) + " and " + new P(-1));
        System.out.println("null toString: " + new NullToString());
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k;
        acc += 'x';
        acc += 2.0;
        acc += null;
        acc += true;
        System.out.println(acc);
        String x = null;
        x += "y";
        System.out.println(x);
        char[] arr = {'h', 'i'};
        System.out.println(String.valueOf(arr) + String.valueOf(arr, 1, 1) + String.valueOf(3) + String.valueOf('z') + String.valueOf(true)
            + String.valueOf((Object) null) + String.valueOf(2L) + String.valueOf(1.0f));
        System.out.println("unicode: " + "\u00e9\u4e2d" + '\u00fc' + "\t|" + "\\" + "\"" + '\'');
        System.out.println("min values: " + Integer.MIN_VALUE + " " + Long.MIN_VALUE + " " + Byte.MIN_VALUE + " " + Short.MIN_VALUE + " "
            + (int) Character.MIN_VALUE + " " + Float.MIN_VALUE + " " + Double.MIN_VALUE);
        String big = "" + Long.MAX_VALUE + Integer.MAX_VALUE + Double.MAX_VALUE + Float.MAX_VALUE;
        System.out.println(big + " " + big.length());
        System.out.println("ternary in concat: " + (i < 0 ? "neg" : "pos") + (l > 0 ? 1 : 2.0));
        final String k1 = "con", k2 = "stant";
        System.out.println((k1 + k2) == "constant");
        String many = "a" + 1 + 'b' + 2L + "c" + 3.0f + 'd' + 4.0 + "e" + true + 'f' + (byte) 5 + "g" + (short) 6 + 'h' + nul + "i" + o + "j"
            + boxed + "k" + new P(7) + "l" + c + "m" + i + "n" + l + "o" + f + "p" + d + "q" + b + "r" + s + "s" + t;
        System.out.println(many);
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder: " + sb + sb.length());
    }
}
