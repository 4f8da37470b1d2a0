package corpus.lang.obj.pp;

import corpus.lang.obj.PackagePrivateOverride.A;
import corpus.lang.obj.PackagePrivateOverride.Abs;
import corpus.lang.obj.PackagePrivateOverride.B;
import corpus.lang.obj.PackagePrivateOverride.C;
import corpus.lang.obj.PackagePrivateOverride.Fin;

/**
 * The other package of corpus.lang.obj.PackagePrivateOverride (no main: the harness
 * compiles it with the program that uses it).
 */
public class PpOther {
    /** Redeclares m package-private here: does not override A.m. */
    public static class S extends A {
        void m() { System.out.println("  S.m"); }
        @Override protected void prot() { System.out.println("  S.prot"); }
        @Override public void pub() { System.out.println("  S.pub"); }
    }

    /** Redeclares m public: still does not override the package-private A.m. */
    public static class Pub extends A {
        public void m() { System.out.println("  Pub.m"); }
        void tick(int n) { System.out.println("  Pub.tick " + n); }
    }

    /** Under B (whose m is public, overriding A.m): Q.m overrides B.m, hence A.m. */
    public static class Q extends B {
        @Override public void m() { System.out.println("  Q.m"); }
    }

    public static class R extends B {
    }

    /** Under C (p1): C.m is package-private there; T.m overrides neither C.m nor A.m, only S.m. */
    public static class T extends C {
        @Override void m() { System.out.println("  T.m"); }
    }

    public interface I {
        void m();
    }

    /** Implements I.m publicly; A.m (package-private, p1) stays separate. */
    public static class WithIface extends A implements I {
        public void m() { System.out.println("  WithIface.m"); }
    }

    public static void viaInterface(I i) {
        i.m();
    }

    /** Calls resolved to S.m (package-private in this package). */
    public static void callsFromThere(S s) {
        System.out.print(s.getClass().getSimpleName() + " as S:");
        s.m();
        s.prot();
    }

    /** Calls resolved to Pub.m (public). */
    public static void callsFromPub(Pub p) {
        System.out.print(p.getClass().getSimpleName() + " as Pub:");
        p.m();
        p.tick(2);
    }

    /** Declares its own package-private f: does not implement Abs.f. */
    public abstract static class AbsS extends Abs {
        String f() { return "AbsS.f"; }
    }

    public static String callAbsS(AbsS a) {
        return a.f();
    }

    /** m here does not override the final package-private Fin.m (so it may be declared). */
    public static class FinSub extends Fin {
        void m() { System.out.println("  FinSub.m"); }
    }

    public static void callFinSub(FinSub f) {
        f.m();
    }
}
