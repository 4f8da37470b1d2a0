package java.lang;

import java.util.function.Supplier;

/**
 * A per-thread variable. Each thread keeps an open-addressing table (key/value slots in
 * Thread.threadLocals) keyed by ThreadLocal identity. Unlike the JDK the keys are strong
 * references: a value stays until remove() or the thread's end even if the ThreadLocal
 * itself became unreachable (there are no weak references in this runtime).
 */
public class ThreadLocal<T> {
    public ThreadLocal() {}

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) throw new NullPointerException();
        return new ThreadLocal<S>() {
            @Override
            protected S initialValue() {
                return supplier.get();
            }
        };
    }

    Object[] table(Thread t) {
        return t.threadLocals;
    }

    void setTable(Thread t, Object[] table) {
        t.threadLocals = table;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        Object[] tab = table(t);
        if (tab != null) {
            int i = find(tab, this);
            if (tab[i] == this) return (T) tab[i + 1];
        }
        T value = initialValue();
        set(value);
        return value;
    }

    public void set(T value) {
        Thread t = Thread.currentThread();
        Object[] tab = table(t);
        if (tab == null) {
            tab = new Object[16];
            setTable(t, tab);
        }
        int i = find(tab, this);
        if (tab[i] == this) {
            tab[i + 1] = value;
            return;
        }
        tab[i] = this;
        tab[i + 1] = value;
        if (count(tab) * 8 > tab.length * 3) setTable(t, rehash(tab, tab.length * 2)); // load > 3/4
    }

    public void remove() {
        Thread t = Thread.currentThread();
        Object[] tab = table(t);
        if (tab == null) return;
        int i = find(tab, this);
        if (tab[i] != this) return;
        // Backward-shift deletion keeps every probe sequence unbroken.
        int mask = tab.length - 1;
        tab[i] = null;
        tab[i + 1] = null;
        for (int j = (i + 2) & mask; tab[j] != null; j = (j + 2) & mask) {
            Object k = tab[j], v = tab[j + 1];
            tab[j] = null;
            tab[j + 1] = null;
            int h = find(tab, k);
            tab[h] = k;
            tab[h + 1] = v;
        }
    }

    /** Slot of key, or of the empty slot where it would go. */
    private static int find(Object[] tab, Object key) {
        int mask = tab.length - 1;
        int i = (System.identityHashCode(key) << 1) & mask;
        while (tab[i] != null && tab[i] != key) i = (i + 2) & mask;
        return i;
    }

    private static int count(Object[] tab) {
        int n = 0;
        for (int i = 0; i < tab.length; i += 2) if (tab[i] != null) n++;
        return n;
    }

    private static Object[] rehash(Object[] tab, int size) {
        Object[] bigger = new Object[size];
        for (int i = 0; i < tab.length; i += 2) {
            if (tab[i] != null) {
                int j = find(bigger, tab[i]);
                bigger[j] = tab[i];
                bigger[j + 1] = tab[i + 1];
            }
        }
        return bigger;
    }

    /** A new thread's copy of its parent's inheritable values, through childValue. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object[] inherit(Object[] parent) {
        Object[] tab = new Object[parent.length];
        for (int i = 0; i < parent.length; i += 2) {
            if (parent[i] != null) {
                InheritableThreadLocal key = (InheritableThreadLocal) parent[i];
                int j = find(tab, key);
                tab[j] = key;
                tab[j + 1] = key.childValue(parent[i + 1]);
            }
        }
        return tab;
    }
}
