package corpus.lang.misc;

/** Boxing and unboxing: caches (== on 127 vs 128), ternary numeric promotion, NPE on unboxing null, equals across types. */
public class Boxing {
    static Integer nullInt() { return null; }

    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c.intValue() == d));
        Integer m = -128, m2 = -128, m3 = -129, m4 = -129;
        System.out.println((m == m2) + " " + (m3 == m4));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + l1.equals(127) + " " + l1.equals(127L));
        Short s1 = 100, s2 = 100;
        Byte b1 = (byte) 200, b2 = (byte) 200;
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println((s1 == s2) + " " + (b1 == b2) + " " + (c1 == c2) + " " + (c3 == c4) + " " + (t1 == t2) + " " + Boolean.parseBoolean("yes"));
        System.out.println((Integer.valueOf(1000) == Integer.valueOf(1000)) + " " + (Integer.valueOf(10) == Integer.valueOf(10)));
        boolean flag = true;
        Object o1 = flag ? 1 : "s";
        Object o2 = flag ? 1 : 2.0;           // binary numeric promotion: Double 1.0
        Object o3 = flag ? (Integer) 1 : (Double) 2.0;
        Object o4 = flag ? 'a' : 0;           // char, since 0 is a constant representable as char
        Object o5 = flag ? 'a' : args.length; // int
        Object o6 = flag ? (byte) 1 : 'b';    // int? no: byte vs char gives int
        System.out.println(o1 + " " + o2 + " " + o3 + " " + o4 + " " + o5 + " " + o6 + " " + o2.getClass().getSimpleName()
            + " " + o4.getClass().getSimpleName() + " " + o5.getClass().getSimpleName() + " " + o6.getClass().getSimpleName());
        Integer n = null;
        try {
            int x = flag ? n : 0;     // unboxes n: NPE
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("NPE in ternary");
        }
        Integer safe = flag ? n : Integer.valueOf(0);   // both reference: no unboxing
        System.out.println("no NPE: " + safe);
        try {
            long sum = 0;
            Long boxedNull = null;
            sum += boxedNull;
            System.out.println(sum);
        } catch (NullPointerException e) {
            System.out.println("NPE in compound");
        }
        try {
            if (nullInt() == 5) System.out.println("?");
        } catch (NullPointerException e) {
            System.out.println("NPE in comparison");
        }
        Integer counter = 0;
        for (int i = 0; i < 1000; i++) counter++;
        System.out.println("boxed counter " + counter);
        Double dn = Double.NaN;
        System.out.println(dn.equals(Double.NaN) + " " + (dn == dn) + " " + (dn.doubleValue() == dn) + " " + Double.valueOf(0.0).equals(-0.0)
            + " " + Double.valueOf(0.0).compareTo(-0.0) + " " + Float.valueOf(1.5f).hashCode() + " " + Double.valueOf(1.5).hashCode());
        System.out.println(Integer.valueOf(5).equals(5L) + " " + Long.valueOf(5).equals(5L) + " " + new Object().equals(null) + " "
            + Integer.valueOf(7).compareTo(9) + " " + Integer.compare(-1, 1) + " " + Long.compare(5, 5) + " " + Character.compare('b', 'a')
            + " " + Boolean.compare(true, false) + " " + Integer.compareUnsigned(-1, 1) + " " + Integer.toUnsignedString(-1)
            + " " + Long.toUnsignedString(-1L) + " " + Integer.divideUnsigned(-1, 3) + " " + Long.remainderUnsigned(-1L, 10));
        System.out.println(Integer.parseInt("-2147483648") + " " + Integer.parseInt("+77") + " " + Long.parseLong("9223372036854775807")
            + " " + Integer.parseInt("ff", 16) + " " + Integer.valueOf("12") + " " + Integer.toString(255, 2) + " " + Integer.toString(-255, 36)
            + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Integer.MAX_VALUE + Integer.MIN_VALUE);
        String[] bad = {"", "2147483648", "12a", "-", "+", " 1", "0x10", null};
        for (String s : bad) {
            try {
                System.out.println(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("NFE " + e.getMessage());
            }
        }
        try {
            Long.parseLong("99999999999999999999");
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        try {
            Byte.parseByte("200");
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
    }
}
