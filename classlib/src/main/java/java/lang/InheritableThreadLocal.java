package java.lang;

/** A ThreadLocal whose value a new thread copies from the thread that created it. */
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {}

    protected T childValue(T parentValue) {
        return parentValue;
    }

    @Override
    Object[] table(Thread t) {
        return t.inheritableThreadLocals;
    }

    @Override
    void setTable(Thread t, Object[] table) {
        t.inheritableThreadLocals = table;
    }
}
