package java.util;

/** The EnumSet implementation: one bit per constant, by ordinal, in a long[]. */
final class BitEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private long[] elements;
    private int size;

    BitEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        elements = new long[(universe.length + 63) >>> 6];
    }

    void addRange(E from, E to) {
        for (int i = from.ordinal(); i <= to.ordinal(); i++)
            setBit(i);
    }

    void addAll() {
        for (int i = 0; i < universe.length; i++)
            setBit(i);
    }

    void complement() {
        for (int i = 0; i < universe.length; i++) {
            if (hasBit(i))
                clearBit(i);
            else
                setBit(i);
        }
    }

    private boolean hasBit(int i) {
        return (elements[i >>> 6] & (1L << i)) != 0;
    }

    private boolean setBit(int i) {
        long old = elements[i >>> 6];
        elements[i >>> 6] = old | (1L << i);
        if (old != elements[i >>> 6]) {
            size++;
            return true;
        }
        return false;
    }

    private boolean clearBit(int i) {
        long old = elements[i >>> 6];
        elements[i >>> 6] = old & ~(1L << i);
        if (old != elements[i >>> 6]) {
            size--;
            return true;
        }
        return false;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private int next = nextFrom(0);
            private int lastReturned = -1;

            private int nextFrom(int i) {
                while (i < universe.length && !hasBit(i))
                    i++;
                return i;
            }

            public boolean hasNext() {
                return next < universe.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= universe.length)
                    throw new NoSuchElementException();
                lastReturned = next;
                next = nextFrom(next + 1);
                return (E) universe[lastReturned];
            }

            public void remove() {
                if (lastReturned < 0)
                    throw new IllegalStateException();
                clearBit(lastReturned);
                lastReturned = -1;
            }
        };
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private boolean isMember(Object e) {
        if (e == null)
            return false;
        Class<?> eClass = e.getClass();
        return eClass == elementType || eClass.getSuperclass() == elementType;
    }

    public boolean contains(Object e) {
        return isMember(e) && hasBit(((Enum<?>) e).ordinal());
    }

    public boolean add(E e) {
        typeCheck(e);
        return setBit(e.ordinal());
    }

    public boolean remove(Object e) {
        return isMember(e) && clearBit(((Enum<?>) e).ordinal());
    }

    public void clear() {
        Arrays.fill(elements, 0L);
        size = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof BitEnumSet))
            return super.equals(o);
        BitEnumSet<?> es = (BitEnumSet<?>) o;
        if (es.elementType != elementType)
            return size == 0 && es.size == 0;
        return Arrays.equals(es.elements, elements);
    }

    public BitEnumSet<E> clone() {
        BitEnumSet<E> result = (BitEnumSet<E>) super.clone();
        result.elements = Arrays.copyOf(elements, elements.length);
        return result;
    }
}
