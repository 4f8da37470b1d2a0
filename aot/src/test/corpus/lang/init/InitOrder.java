package corpus.lang.init;

/** JLS 12.4 initialisation order: superclass first, triggers (new, static call, static field, subclass), non-triggers. */
public class InitOrder {
    static final StringBuilder log = new StringBuilder();

    static void log(String s) { log.append(s).append(' '); }

    static class Super {
        static int x = init("Super.x");
        static { log("Super.static"); }
        int inst = instInit("Super.inst");
        { log("Super.block"); }
        Super() { log("Super()"); }
    }

    static class Sub extends Super {
        static int y = init("Sub.y");
        static { log("Sub.static"); }
        int inst2 = instInit("Sub.inst2");
        Sub() { super(); log("Sub()"); }
        static void touch() { log("Sub.touch"); }
    }

    static class Constants {
        static final int CONST = 42;                  // a compile-time constant: no initialisation
        static final String SCONST = "const";         // also a constant
        static final Integer BOXED = 7;               // not a constant
        static { log("Constants.static"); }
    }

    static class ViaStaticField {
        static int value = 5;
        static { log("ViaStaticField.static"); }
    }

    static class ViaStaticPut {
        static int value;
        static { log("ViaStaticPut.static"); }
    }

    static class Parent {
        static int shared = init("Parent.shared");
    }

    static class Child extends Parent {
        static { log("Child.static"); }
    }

    static class ArrayOnly {
        static { log("ArrayOnly.static"); }
    }

    static class Literal {
        static { log("Literal.static"); }
    }

    static int init(String what) {
        log(what);
        return what.length();
    }

    static int instInit(String what) {
        log(what);
        return 1;
    }

    static void step(String name) {
        System.out.println(name + ": " + log);
        log.setLength(0);
    }

    public static void main(String[] args) {
        step("start");
        new Sub();
        step("new Sub");
        new Sub();
        step("new Sub again");
        System.out.println(Constants.CONST + Constants.SCONST);
        step("constants");
        System.out.println(Constants.BOXED);
        step("boxed constant");
        System.out.println(ViaStaticField.value);
        step("static get");
        ViaStaticPut.value = 9;
        step("static put");
        System.out.println(Child.shared);   // only Parent is initialised: the field is declared there
        step("inherited static field via subclass");
        ArrayOnly[] arr = new ArrayOnly[3];
        step("array of class (no init) " + arr.length);
        Class<?> c = Literal.class;
        step("class literal (no init) " + c.getSimpleName());
        Sub.touch();
        step("static call on initialised class");
        new Child();
        step("new Child");
    }
}
