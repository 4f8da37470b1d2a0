package java.lang;

public final class Void {
    /** void.class, which javac compiles to a read of this field. */
    @SuppressWarnings("unchecked")
    public static final Class<Void> TYPE = (Class<Void>) Class.getPrimitiveClass("void");

    private Void() {}
}
