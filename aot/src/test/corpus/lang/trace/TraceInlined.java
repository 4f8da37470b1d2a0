package corpus.lang.trace;

/**
 * Stack traces of exceptions thrown inside methods the compiler inlines (aot Inlining: small
 * statically bound callees at any call site, bigger ones in a program's loops, library
 * methods into program code): every inlined method must still show its own frame, with its
 * own line, and its caller's line, as on HotSpot. Null, bounds, division, class
 * initialisation (in the caller's guard and inside an inlined callee) and explicit throws, at
 * depths 1 to 4, in and outside loops, and caught within the inlined code's caller.
 */
public class TraceInlined {
    static final class Box {
        final int value;
        Box next;

        Box(int value) {
            this.value = value;
        }
    }

    static int deref(Box b) {
        return b.value + 1;
    }

    static int mid(Box b) {
        return deref(b) * 2;
    }

    static int top(Box b) {
        return mid(b.next) - 1;
    }

    static int outer(Box b) {
        return top(b) + top(b.next);
    }

    static int at(int[] a, int i) {
        return a[i];
    }

    static int quotient(long a, long b) {
        return (int) (a / b);
    }

    static int ratio(int a, int b) {
        return a % 7 + quotient(a, b);
    }

    static int positive(int v) {
        if (v <= 0) throw new IllegalArgumentException("not positive: " + v);
        return v;
    }

    /** Bigger than the any-site limit: inlined only where a loop calls it. */
    static int sumTo(int[] a, int n) {
        int s = 0;
        int k = positive(n);
        s += at(a, k - 1);
        s += a.length > 3 ? a[3] : 0;
        s += quotient(s, a.length);
        return s + ratio(n, a.length);
    }

    static final class Lazy {
        static final int V = Integer.parseInt("not a number");

        static int get() {
            return V;
        }
    }

    static final class Lazy2 {
        static final int W;

        static {
            if (Boolean.parseBoolean("true")) throw new IllegalStateException("no W");
            W = 1;
        }
    }

    static int readW() {
        return Lazy2.W;
    }

    static int viaHelper() {
        return readW() + 1;
    }

    public static void main(String[] args) {
        Box chain = new Box(1);
        chain.next = new Box(2);
        try { deref(null); } catch (NullPointerException e) { TraceFrames.show("depth 1 null", e); }
        try { mid(null); } catch (NullPointerException e) { TraceFrames.show("depth 2 null", e); }
        try { top(chain.next); } catch (NullPointerException e) { TraceFrames.show("depth 3 null", e); }
        try { outer(chain); } catch (NullPointerException e) { TraceFrames.show("depth 4 null", e); }
        int[] two = {5, 6};
        try { at(two, 2); } catch (ArrayIndexOutOfBoundsException e) { TraceFrames.show("bounds", e); }
        try { ratio(3, args.length); } catch (ArithmeticException e) { TraceFrames.show("division", e); }
        try { positive(-1); } catch (IllegalArgumentException e) { TraceFrames.show("explicit", e); }
        int sum = 0;
        try {
            for (int i = 0; i < 5; i++) sum += at(two, i);
        } catch (ArrayIndexOutOfBoundsException e) { TraceFrames.show("bounds in a loop " + sum, e); }
        sum = 0;
        for (int n = 2; n >= -1; n--) {
            try {
                sum += sumTo(n == 1 ? new int[0] : two, n);
            } catch (RuntimeException e) { TraceFrames.show("loop n=" + n, e); }
        }
        System.out.println("sum " + sum);
        String s = "abc";
        try {
            for (int i = 0; i <= s.length(); i++) sum += s.charAt(i);
        } catch (StringIndexOutOfBoundsException e) { TraceFrames.show("library in a loop", e); }
        try { java.util.Objects.requireNonNull(null, "library"); } catch (NullPointerException e) { TraceFrames.show("library", e); }
        try { System.out.println(Lazy.get()); } catch (ExceptionInInitializerError e) {
            TraceFrames.show("guard in caller", e);
            TraceFrames.show("guard in caller cause", e.getCause());
        }
        try { System.out.println(viaHelper()); } catch (ExceptionInInitializerError e) {
            TraceFrames.show("guard in inlined callee", e);
            TraceFrames.show("guard in inlined callee cause", e.getCause());
        }
        try { System.out.println(viaHelper()); } catch (NoClassDefFoundError e) { TraceFrames.show("second use", e); }
    }
}
