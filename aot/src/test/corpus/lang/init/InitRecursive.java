package corpus.lang.init;

/** Recursive initialisation sees default values; static fields in textual order; interface fields not initialised by class init. */
public class InitRecursive {
    static class A {
        static int a1 = B.b1 + 1;    // starts B's init, which reads A.a1 while A is being initialised
        static int a2 = 100;
    }

    static class B {
        static int b1 = A.a2 + 10;   // A is in progress: a2 is still 0
        static int b2 = A.a1;
    }

    static class Order {
        static int first = second() + 1;
        static int secondValue = 50;
        static int second() { return secondValue; }   // still 0 when first is computed
    }

    interface Iface {
        int IFACE_VALUE = InitRecursive.note("Iface.IFACE_VALUE");
        default void m() { }
    }

    interface Plain {
        int PLAIN = InitRecursive.note("Plain.PLAIN");
    }

    static class Impl implements Iface, Plain {
        static { note("Impl.static"); }
    }

    static StringBuilder log = new StringBuilder();

    static int note(String s) {
        log.append(s).append(' ');
        return s.length();
    }

    static class Self {
        static final Self INSTANCE = new Self();
        static int counter = 10;
        final int seen;
        Self() { seen = counter; counter++; }
    }

    public static void main(String[] args) {
        System.out.println("A.a1=" + A.a1 + " A.a2=" + A.a2 + " B.b1=" + B.b1 + " B.b2=" + B.b2);
        System.out.println("Order.first=" + Order.first + " secondValue=" + Order.secondValue);
        new Impl();
        System.out.println("after new Impl: " + log);
        log.setLength(0);
        System.out.println("Plain.PLAIN=" + Plain.PLAIN + " log: " + log);
        log.setLength(0);
        System.out.println("Iface.IFACE_VALUE=" + Iface.IFACE_VALUE + " log: " + log);
        System.out.println("Self.INSTANCE.seen=" + Self.INSTANCE.seen + " counter=" + Self.counter);
    }
}
