package corpus.lang.arith;

/** char arithmetic: promotion to int, unsigned 16-bit wrap, compound assignment, char in switch. */
public class CharArith {
    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println("" + c + 1);
        c += 2;
        System.out.println(c);
        c++;
        System.out.println(c);
        char z = 0;
        z--;
        System.out.println((int) z + " " + (z == '\uffff'));
        z++;
        System.out.println((int) z);
        char max = Character.MAX_VALUE;
        max += 10;
        System.out.println((int) max);
        char d = '0';
        d *= 2;
        System.out.println((int) d + " " + d);
        int sum = 0;
        for (char ch = 'a'; ch <= 'z'; ch++) sum += ch;
        System.out.println("sum a..z " + sum);
        char[] word = "Hello".toCharArray();
        for (int i = 0; i < word.length; i++) word[i] ^= 0x20;
        System.out.println(new String(word));
        System.out.println(Character.isDigit('7') + " " + Character.isLetter('x') + " " + Character.isWhitespace('\t') + " "
            + Character.toUpperCase('q') + " " + Character.toLowerCase('Q') + " " + Character.getNumericValue('9') + " "
            + Character.digit('f', 16) + " " + Character.forDigit(11, 16) + " " + Character.isUpperCase('a') + " " + Character.isLetterOrDigit('_'));
        char u = '\u00e9';
        System.out.println((int) u + " " + (u > 'z') + " " + (char) 0x263A + " " + "\u00e9t\u00e9".length());
        short s = (short) '\uffff';
        byte b = (byte) '\u0180';
        System.out.println(s + " " + b + " " + (char) -1 + "|" + (int) (char) -1 + " " + (int) (char) (byte) -1);
        switch (c) {
            case 'A': System.out.println("A"); break;
            case 'D': System.out.println("D!"); break;
            default: System.out.println("other");
        }
        Character boxed = 'x';
        char un = boxed;
        System.out.println(boxed + " " + (un + 0) + " " + boxed.compareTo('y') + " " + Character.valueOf('x').equals(boxed) + " " + boxed.hashCode());
    }
}
