package corpus.lang.obj;

/** Array covariance and ArrayStoreException, System.arraycopy checks, instanceof on arrays. */
public class Covariance {
    static class Animal { public String toString() { return getClass().getSimpleName(); } }
    static class Dog extends Animal { }
    static class Cat extends Animal { }

    public static void main(String[] args) {
        Object[] objs = new String[2];
        objs[0] = "fine";
        try {
            objs[1] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        Animal[] animals = new Dog[2];
        animals[0] = new Dog();
        try {
            animals[1] = new Cat();
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        animals[1] = null;   // null is always storable
        System.out.println(animals[0] + " " + animals[1]);
        Object[][] nested = new Integer[1][1];
        try {
            nested[0] = new String[1];
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        try {
            nested[0][0] = "x";
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        Object o = new int[3];
        System.out.println((o instanceof int[]) + " " + (o instanceof Object[]) + " " + (objs instanceof String[]) + " " + (objs instanceof Object[])
            + " " + (nested instanceof Object[][]) + " " + (nested instanceof Number[][]) + " " + (animals instanceof Cat[]));
        Object[] oo = new Object[] {"a", 1};
        Object p = oo;
        System.out.println((p instanceof String[]) + " " + (new Object[0] instanceof Object) + " " + (new Cloneable[0] instanceof Object[]));
        int[] src = {1, 2, 3, 4, 5};
        int[] dst = new int[5];
        System.arraycopy(src, 0, dst, 1, 4);
        System.out.println(java.util.Arrays.toString(dst));
        System.arraycopy(src, 0, src, 1, 4);   // overlapping: as if through a temporary
        System.out.println(java.util.Arrays.toString(src));
        try {
            System.arraycopy(src, 0, new long[5], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        try {
            System.arraycopy(src, 3, dst, 0, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, dst, -1, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            System.arraycopy(null, 0, dst, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE arraycopy");
        }
        Object[] mixed = {"s", 1, "t"};
        String[] strs = new String[3];
        try {
            System.arraycopy(mixed, 0, strs, 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage() + " partial: " + strs[0] + " " + strs[1]);
        }
        try {
            System.arraycopy("notarray", 0, strs, 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
    }
}
