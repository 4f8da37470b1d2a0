package corpus.lang.obj;

import java.util.ArrayList;
import java.util.List;

/** instanceof and checkcast, ClassCastException messages (HotSpot's format), casts of null, interface casts. */
public class Casts {
    interface Marker { }
    static class Base { }
    static class Derived extends Base implements Marker { }
    static class Other { }

    public static void main(String[] args) {
        Object[] things = {new Base(), new Derived(), new Other(), "str", 42, null, new int[1], new String[1], 3.5};
        for (Object o : things) {
            System.out.println((o instanceof Base) + " " + (o instanceof Derived) + " " + (o instanceof Marker) + " "
                + (o instanceof CharSequence) + " " + (o instanceof Number) + " " + (o instanceof Comparable));
        }
        for (Object o : things) {
            try {
                Derived d = (Derived) o;
                System.out.println("cast ok: " + (d == null ? "null" : "Derived"));
            } catch (ClassCastException e) {
                System.out.println("CCE " + e.getMessage());
            }
        }
        try {
            Marker m = (Marker) things[0];
            System.out.println(m);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            Object o = "x";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            Object o = new int[0];
            long[] l = (long[]) o;
            System.out.println(l);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            Object o = new String[0][];
            Object[] oa = (Object[]) o;
            Integer[][] ia = (Integer[][]) o;
            System.out.println(oa.length + " " + ia);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        List<Object> raw = new ArrayList<>();
        raw.add("a string");
        @SuppressWarnings("unchecked")
        List<Integer> ints = (List<Integer>) (List<?>) raw;
        try {
            int v = ints.get(0);   // checkcast inserted by javac
            System.out.println(v);
        } catch (ClassCastException e) {
            System.out.println("CCE generic " + e.getMessage());
        }
        Object o = 5;
        if (o instanceof Integer) {
            Integer n = (Integer) o;
            System.out.println("pattern-free cast " + (n + 1));
        }
        Base nb = null;
        Derived nd = (Derived) nb;
        System.out.println("null cast " + nd + " " + (nb instanceof Base));
        System.out.println(Integer.class.isInstance(5) + " " + String.class.isInstance(5) + " " + Number.class.isAssignableFrom(Integer.class));
    }
}
