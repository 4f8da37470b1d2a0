package corpus.lang.obj;

/** Virtual dispatch, super calls, field hiding, static vs instance methods, constructors calling overridable methods. */
public class Inheritance {
    static class A {
        String name = "A.name";
        static String sname = "A.sname";
        int initSeen;

        A() {
            initSeen = describe().length();   // calls the override before B's fields are set
        }

        String describe() { return "A"; }
        static String who() { return "static A"; }
        String callWho() { return who(); }
        String chain() { return "A.chain"; }
        final String fin() { return "final in A sees " + describe(); }
    }

    static class B extends A {
        String name = "B.name";
        static String sname = "B.sname";
        String extra = "set";

        @Override String describe() { return "B(extra=" + extra + ")"; }
        static String who() { return "static B"; }
        @Override String chain() { return "B.chain>" + super.chain(); }
        String superName() { return super.name + "/" + this.name + "/" + ((A) this).name; }
    }

    static class C extends B {
        @Override String describe() { return "C>" + super.describe(); }
        @Override String chain() { return "C.chain>" + super.chain(); }
    }

    static class Counter {
        private int n;
        Counter inc() { n++; return this; }
        int get() { return n; }
    }

    public static void main(String[] args) {
        A a = new A();
        A ab = new B();
        B b = new B();
        A ac = new C();
        System.out.println(a.describe() + " " + ab.describe() + " " + ac.describe());
        System.out.println("init saw: " + a.initSeen + " " + ab.initSeen + " " + ac.initSeen);
        System.out.println(ab.name + " " + b.name + " " + ((A) b).name + " " + b.superName());
        System.out.println(A.sname + " " + B.sname + " " + A.who() + " " + B.who() + " " + ab.callWho());
        System.out.println(ac.chain());
        System.out.println(ac.fin());
        System.out.println(new Counter().inc().inc().inc().get());
        A[] all = {a, ab, b, ac};
        int total = 0;
        for (A x : all) total += x.describe().length();
        System.out.println("total " + total);
        Object o = b;
        System.out.println(o instanceof A ? "B is an A" : "?");
        System.out.println(a.getClass().getName() + " " + ac.getClass().getName() + " " + ac.getClass().getSuperclass().getName()
            + " " + a.getClass().getSimpleName() + " " + (a.getClass() == A.class) + " " + (ab.getClass() == A.class));
        System.out.println(new Object().equals(null) + " " + a.equals(a) + " " + "s".equals(a));
    }
}
