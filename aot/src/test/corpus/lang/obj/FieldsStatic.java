package corpus.lang.obj;

/** Field defaults, final fields, static vs instance counters, instance initialiser order, this-escape, static nested access to privates. */
public class FieldsStatic {
    static int instances;
    static final long BIG = 1L << 40;
    static final double RATIO = 1.0 / 3;
    static String label = "L" + BIG;
    final int id = ++instances;
    int x = 5, y = x * 2;
    { y += 1; }
    private int priv = 3;
    boolean z;
    byte b;
    char c;
    short s;
    long l;
    float f;
    double d;
    Object o;

    FieldsStatic() { }
    FieldsStatic(int x) { this(); this.x = x; }

    static class Peer {
        int readPrivate(FieldsStatic f) { return f.priv++; }
    }

    public static void main(String[] args) {
        FieldsStatic a = new FieldsStatic(), b = new FieldsStatic(99);
        System.out.println(a.id + " " + b.id + " " + instances + " " + a.x + " " + a.y + " " + b.x + " " + b.y);
        System.out.println(a.z + " " + a.b + " " + (int) a.c + " " + a.s + " " + a.l + " " + a.f + " " + a.d + " " + a.o);
        System.out.println(BIG + " " + RATIO + " " + label);
        Peer p = new Peer();
        System.out.println(p.readPrivate(a) + " " + p.readPrivate(a) + " " + a.priv);
        FieldsStatic.instances += 10;
        a.instances++;   // static through an instance
        System.out.println(instances + " " + new FieldsStatic().id);
        FieldsStatic nul = null;
        System.out.println("static via null reference: " + nul.instances);
        long total = 0;
        FieldsStatic[] many = new FieldsStatic[1000];
        for (int i = 0; i < many.length; i++) many[i] = new FieldsStatic(i);
        for (FieldsStatic m : many) total += m.x + m.y + m.id;
        System.out.println("total " + total);
    }
}
