package corpus.lang.misc;

/** switch statements: tableswitch, lookupswitch (sparse, negative, extreme keys), fall-through, default placement, yield. */
public class Switches {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2:
            case 3: return "two-or-three";
            case 4: { String s = "four"; return s; }
            case 5: return "five";
            case 6: return "six";
            default: return "dense-default";
        }
    }

    static String sparse(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return "MIN";
            case -1000000: return "-1e6";
            case -1: return "-1";
            case 7: return "7";
            case 1000: return "1000";
            case 65536: return "65536";
            case Integer.MAX_VALUE: return "MAX";
            default: return "sparse-default";
        }
    }

    static int fallthrough(int x) {
        int r = 0;
        switch (x) {
            default: r += 1000;
            case 1: r += 1;
            case 2: r += 10;
                break;
            case 3: r += 100;
        }
        return r;
    }

    static int yields(int x) {
        return switch (x % 4) {
            case 0 -> 10;
            case 1, -1 -> {
                int t = x * 2;
                yield t + 1;
            }
            case 2, -2 -> throw new IllegalArgumentException("two: " + x);
            default -> -x;
        };
    }

    static int byteSwitch(byte b) {
        switch (b) {
            case -128: return 1;
            case 127: return 2;
            case 0: return 3;
            default: return 0;
        }
    }

    static String charSwitch(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case '\uffff': return "max";
            case ' ': return "space";
            default: return Character.isLetter(c) ? "consonant" : "other";
        }
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 8; i++) System.out.print(dense(i) + " ");
        System.out.println();
        int[] keys = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -1, 0, 7, 8, 1000, 65536, 65535, Integer.MAX_VALUE, Integer.MAX_VALUE - 1};
        for (int k : keys) System.out.print(sparse(k) + " ");
        System.out.println();
        for (int i = 0; i <= 4; i++) System.out.print(fallthrough(i) + " ");
        System.out.println();
        for (int i = -5; i <= 5; i++) {
            try {
                System.out.print(yields(i) + " ");
            } catch (IllegalArgumentException e) {
                System.out.print("[" + e.getMessage() + "] ");
            }
        }
        System.out.println();
        System.out.println(byteSwitch((byte) -128) + " " + byteSwitch((byte) 127) + " " + byteSwitch((byte) 0) + " " + byteSwitch((byte) 5));
        System.out.println(charSwitch('a') + " " + charSwitch('z') + " " + charSwitch('\uffff') + " " + charSwitch(' ') + " " + charSwitch('1'));
        long total = 0;
        for (int i = 0; i < 100000; i++) {
            switch (i & 15) {
                case 0: total += 3; break;
                case 1: total ^= i; break;
                case 5: total -= 7;
                case 6: total *= 3; break;
                case 9: total += i >> 2; break;
                case 15: continue;
                default: total++;
            }
            total &= 0xFFFFFFFFFFL;
        }
        System.out.println("loop total " + total);
        Integer boxed = 3;
        switch (boxed) {   // unboxing switch
            case 3: System.out.println("boxed three"); break;
            default: System.out.println("?");
        }
    }
}
