package java.lang;

/** The base of every record class; equals/hashCode/toString are generated (ObjectMethods, resolved by aot). */
public abstract class Record {
    protected Record() {}

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
