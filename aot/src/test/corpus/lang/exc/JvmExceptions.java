package corpus.lang.exc;

/** Exceptions thrown by the "JVM": NPE (field, method, array, monitor, throw null, unboxing), AIOOBE, CCE, Arithmetic, NASE, ASE. */
public class JvmExceptions {
    int field;
    static JvmExceptions nothing;

    int method() { return 1; }

    interface Op { void run() throws Throwable; }

    static void attempt(String what, Op op) {
        try {
            op.run();
            System.out.println(what + ": no exception");
        } catch (Throwable t) {
            System.out.println(what + ": " + t.getClass().getName() + ": " + t.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("getfield", () -> System.out.println(nothing.field));
        attempt("putfield", () -> nothing.field = 3);
        attempt("invokevirtual", () -> nothing.method());
        attempt("interface call", () -> ((Runnable) null).run());
        attempt("array load", () -> System.out.println(((int[]) null)[0]));
        attempt("array length", () -> System.out.println(((Object[]) null).length));
        attempt("synchronized null", () -> { synchronized (nothing) { System.out.println("in"); } });
        attempt("throw null", () -> { throw null; });
        attempt("unboxing null", () -> { Integer i = null; int x = i; System.out.println(x); });
        attempt("string switch null", () -> { String s = null; switch (s) { default: } });
        attempt("enhanced for over null", () -> { for (int x : (int[]) null) System.out.println(x); });
        int[] three = new int[3];
        char[] none = new char[0];
        long[] two = new long[2];
        byte[] one = new byte[1];
        attempt("AIOOBE load", () -> System.out.println(three[3]));
        attempt("AIOOBE char", () -> System.out.println(none[0]));
        attempt("AIOOBE store", () -> two[2] = 1);
        attempt("AIOOBE min", () -> one[Integer.MIN_VALUE] = 1);
        attempt("AIOOBE 2d", () -> { int[][] g = new int[2][3]; g[1][3]++; });
        attempt("CCE", () -> { Object o = 1L; String s = (String) o; System.out.println(s); });
        attempt("idiv", () -> System.out.println(1 / (args.length)));
        attempt("lrem", () -> System.out.println(1L % (long) args.length));
        attempt("NASE", () -> System.out.println(new double[args.length - 5]));
        attempt("NASE multi", () -> System.out.println(new Object[2][args.length - 1][2]));
        attempt("ASE", () -> { Object[] a = new Integer[1]; a[0] = "s"; });
        attempt("clone null", () -> System.out.println(((int[]) null).clone()));
        attempt("string method on null", () -> { String s = null; System.out.println(s.length()); });
        attempt("equals on null", () -> { Object o = null; System.out.println(o.equals("x")); });
        attempt("toString via concat of a null field is fine", () -> System.out.println("v=" + nothing));
        attempt("assert is disabled", () -> { assert false : "assertions are off by default"; });
        int caught = 0;
        for (int i = 0; i < 100000; i++) {
            try {
                int[] a = new int[i % 4];
                a[3] = i;
            } catch (ArrayIndexOutOfBoundsException e) {
                caught++;
            }
        }
        System.out.println("caught " + caught);
    }
}
