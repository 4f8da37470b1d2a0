package corpus.lang.obj;

/** A small interpreter with an abstract class hierarchy: many virtual and interface calls, megamorphic call sites, protected access. */
public class Polymorphism {
    interface Node { long eval(long[] env); String show(); }

    static abstract class Binary implements Node {
        protected final Node l, r;
        Binary(Node l, Node r) { this.l = l; this.r = r; }
        protected abstract long op(long a, long b);
        protected abstract String sym();
        public long eval(long[] env) { return op(l.eval(env), r.eval(env)); }
        public String show() { return "(" + l.show() + " " + sym() + " " + r.show() + ")"; }
    }

    static final class Add extends Binary {
        Add(Node l, Node r) { super(l, r); }
        protected long op(long a, long b) { return a + b; }
        protected String sym() { return "+"; }
    }
    static final class Mul extends Binary {
        Mul(Node l, Node r) { super(l, r); }
        protected long op(long a, long b) { return a * b; }
        protected String sym() { return "*"; }
    }
    static final class Sub extends Binary {
        Sub(Node l, Node r) { super(l, r); }
        protected long op(long a, long b) { return a - b; }
        protected String sym() { return "-"; }
    }
    static final class Mod extends Binary {
        Mod(Node l, Node r) { super(l, r); }
        protected long op(long a, long b) { return b == 0 ? 0 : a % b; }
        protected String sym() { return "%"; }
    }
    static final class Const implements Node {
        final long v;
        Const(long v) { this.v = v; }
        public long eval(long[] env) { return v; }
        public String show() { return Long.toString(v); }
    }
    static final class Var implements Node {
        final int i;
        Var(int i) { this.i = i; }
        public long eval(long[] env) { return env[i]; }
        public String show() { return "x" + i; }
    }

    static long seed = 12345;
    static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    static Node build(int depth) {
        if (depth == 0 || next(5) == 0) return next(2) == 0 ? new Const(next(100) - 50) : new Var(next(3));
        Node l = build(depth - 1), r = build(depth - 1);
        switch (next(4)) {
            case 0: return new Add(l, r);
            case 1: return new Mul(l, r);
            case 2: return new Sub(l, r);
            default: return new Mod(l, r);
        }
    }

    public static void main(String[] args) {
        Node small = build(3);
        System.out.println(small.show());
        Node big = build(14);
        long acc = 0;
        long[] env = new long[3];
        for (int i = 0; i < 2000; i++) {
            env[0] = i;
            env[1] = i * 7 - 3;
            env[2] = -i;
            acc = acc * 31 + big.eval(env);
        }
        System.out.println("acc " + acc + " shown length " + big.show().length());
    }
}
