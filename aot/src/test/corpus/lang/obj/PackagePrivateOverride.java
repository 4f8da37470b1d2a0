package corpus.lang.obj;

import corpus.lang.obj.pp.PpOther;

/**
 * Package-private methods and overriding across packages (JLS §8.4.8.1, JVMS §5.4.5/§5.4.6):
 * a method of another package with the same signature as a package-private one does not
 * override it, so a call resolved to the package-private method still runs it; a class
 * back in the first package overrides it again, directly or through a public method of a
 * class in between. The classes of the other package are in pp/PpOther.java.
 */
public class PackagePrivateOverride {
    /** Root: m is package-private in this package. */
    public static class A {
        void m() { System.out.println("  A.m"); }
        public void callM() { m(); }   // invokevirtual A.m from this package
        protected void prot() { System.out.println("  A.prot"); }
        public void pub() { System.out.println("  A.pub"); }
        void tick(int n) { System.out.println("  A.tick " + n); }
    }

    /** Same package: overrides A.m (and widens it). */
    public static class B extends A {
        @Override public void m() { System.out.println("  B.m"); }
    }

    /** Back in this package under PpOther.S (package-private m there): overrides A.m only. */
    public static class C extends PpOther.S {
        @Override void m() { System.out.println("  C.m"); }
    }

    /** Back in this package under PpOther.Pub (public m there): overrides A.m and Pub.m. */
    public static class D extends PpOther.Pub {
        @Override public void m() {
            System.out.print("  D.m then super:");
            super.m();   // invokespecial PpOther.Pub.m across packages
        }
    }

    /** Under D, in this package, declaring nothing. */
    public static class E extends D {
    }

    /** Package-private abstract method, implemented again in this package below PpOther.AbsS. */
    public abstract static class Abs {
        abstract String f();
        public String callF() { return f(); }
    }

    public static class AbsImpl extends PpOther.AbsS {
        @Override String f() { return "AbsImpl.f"; }
    }

    /** Package-private final method: PpOther.Fin's m does not override it, so it is legal. */
    public static class Fin {
        final void m() { System.out.println("  Fin.m (final)"); }
        public void callM() { m(); }
    }

    static void viaA(String label, A a) {
        System.out.println(label);
        a.m();         // resolved A.m, from this package
        a.callM();
        a.prot();
        a.pub();
        a.tick(1);
    }

    public static void main(String[] args) {
        viaA("A", new A());
        viaA("B", new B());
        viaA("S (p2, package-private m)", new PpOther.S());
        viaA("Pub (p2, public m)", new PpOther.Pub());
        viaA("C (p1 under S)", new C());
        viaA("D (p1 under Pub)", new D());
        viaA("E (p1 under D)", new E());
        viaA("Q (p2 under B: B.m is public)", new PpOther.Q());
        viaA("R (p2 under B, no m)", new PpOther.R());
        viaA("T (p2 under C)", new PpOther.T());

        System.out.println("calls resolved in the other package");
        PpOther.callsFromThere(new PpOther.S());
        PpOther.callsFromThere(new C());
        PpOther.callsFromThere(new PpOther.T());
        PpOther.callsFromPub(new PpOther.Pub());
        PpOther.callsFromPub(new D());
        PpOther.callsFromPub(new E());
        D d = new E();
        System.out.print("E as D:");
        d.m();

        System.out.println("interface");
        PpOther.viaInterface(new PpOther.WithIface());
        viaA("WithIface as A", new PpOther.WithIface());

        System.out.println("abstract package-private");
        Abs x = new AbsImpl();
        System.out.println("  " + x.callF() + " / " + x.f());
        System.out.println("  " + PpOther.callAbsS((PpOther.AbsS) x));

        System.out.println("final package-private");
        Fin fin = new PpOther.FinSub();
        fin.m();
        fin.callM();
        PpOther.callFinSub((PpOther.FinSub) fin);
    }
}
