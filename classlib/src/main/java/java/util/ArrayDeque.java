package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** Circular-array deque; nulls are rejected; iterators are weakly fail-fast as in the JDK. */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    transient Object[] elements;
    transient int head;
    transient int size;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1
                : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c)
            addLast(e);
    }

    private int phys(int i) {
        int p = head + i;
        int n = elements.length;
        return p >= n ? p - n : p;
    }

    private void grow() {
        int oldCapacity = elements.length;
        int jump = (oldCapacity < 64) ? oldCapacity + 2 : oldCapacity >> 1;
        int newCapacity = ArraysSupport.newLength(oldCapacity, 1, jump);
        Object[] es = new Object[newCapacity];
        for (int i = 0; i < size; i++)
            es[i] = elements[phys(i)];
        elements = es;
        head = 0;
    }

    @SuppressWarnings("unchecked")
    private E at(int i) {
        return (E) elements[phys(i)];
    }

    public void addFirst(E e) {
        if (e == null)
            throw new NullPointerException();
        if (size == elements.length)
            grow();
        head = head == 0 ? elements.length - 1 : head - 1;
        elements[head] = e;
        size++;
    }

    public void addLast(E e) {
        if (e == null)
            throw new NullPointerException();
        if (size == elements.length)
            grow();
        elements[phys(size)] = e;
        size++;
    }

    public boolean addAll(Collection<? extends E> c) {
        final int s = size;
        for (E e : c)
            addLast(e);
        return size > s;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    public E pollFirst() {
        if (size == 0)
            return null;
        E e = at(0);
        elements[head] = null;
        head = head + 1 == elements.length ? 0 : head + 1;
        size--;
        return e;
    }

    public E pollLast() {
        if (size == 0)
            return null;
        int p = phys(size - 1);
        @SuppressWarnings("unchecked")
        E e = (E) elements[p];
        elements[p] = null;
        size--;
        return e;
    }

    public E getFirst() {
        if (size == 0)
            throw new NoSuchElementException();
        return at(0);
    }

    public E getLast() {
        if (size == 0)
            throw new NoSuchElementException();
        return at(size - 1);
    }

    public E peekFirst() {
        return size == 0 ? null : at(0);
    }

    public E peekLast() {
        return size == 0 ? null : at(size - 1);
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = size - 1; i >= 0; i--) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the element at logical index i; returns true if later elements moved back. */
    boolean delete(int i) {
        if (i < size - 1 - i) {
            for (int j = i; j > 0; j--)
                elements[phys(j)] = elements[phys(j - 1)];
            elements[head] = null;
            head = head + 1 == elements.length ? 0 : head + 1;
            size--;
            return false;
        } else {
            for (int j = i; j < size - 1; j++)
                elements[phys(j)] = elements[phys(j + 1)];
            elements[phys(size - 1)] = null;
            size--;
            return true;
        }
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Iterator<E> iterator() {
        return new DeqIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator(true);
    }

    private class DeqIterator implements Iterator<E> {
        private final boolean descending;
        private int cursor;
        private int remaining;
        private int lastRet = -1;

        DeqIterator(boolean descending) {
            this.descending = descending;
            this.remaining = size;
            this.cursor = descending ? size - 1 : 0;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0)
                throw new NoSuchElementException();
            if (cursor < 0 || cursor >= size)
                throw new ConcurrentModificationException();
            E e = at(cursor);
            if (e == null)
                throw new ConcurrentModificationException();
            lastRet = cursor;
            cursor += descending ? -1 : 1;
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0)
                throw new IllegalStateException();
            delete(lastRet);
            if (!descending)
                cursor--;
            lastRet = -1;
        }

        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (hasNext())
                action.accept(next());
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++)
                if (o.equals(at(i)))
                    return true;
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        for (int i = 0; i < size; i++)
            elements[phys(i)] = null;
        head = 0;
        size = 0;
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (int i = 0; i < size; i++) {
            E e = at(i);
            if (e == null)
                throw new ConcurrentModificationException();
            action.accept(e);
        }
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> c.contains(e));
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> !c.contains(e));
    }

    private boolean bulkRemove(Predicate<? super E> filter) {
        int n = size;
        boolean[] dead = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (filter.test(at(i))) {
                dead[i] = true;
                any = true;
            }
        }
        if (!any)
            return false;
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (!dead[i]) {
                elements[phys(w)] = elements[phys(i)];
                w++;
            }
        }
        for (int i = w; i < n; i++)
            elements[phys(i)] = null;
        size = w;
        return true;
    }

    public Object[] toArray() {
        Object[] a = new Object[size];
        for (int i = 0; i < size; i++)
            a[i] = at(i);
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < size)
            a = ArraysSupport.newArrayLike(a, size);
        for (int i = 0; i < size; i++)
            a[i] = (T) at(i);
        if (a.length > size)
            a[size] = null;
        return a;
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
