package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable collections of List.of, Set.of, Map.of and their copyOf methods. Null
 * elements, keys and values are rejected (NullPointerException), as are duplicates
 * (IllegalArgumentException "duplicate element: x" / "duplicate key: k"); every mutator
 * throws UnsupportedOperationException. Set.of/Map.of iterate in insertion order: the JDK's
 * order depends on a random per-JVM salt, so no program can rely on it.
 */
class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    private static final Object[] EMPTY_ARRAY = new Object[0];
    static final ListN<?> EMPTY_LIST = new ListN<>(EMPTY_ARRAY, true);
    static final SetN<?> EMPTY_SET = new SetN<>(EMPTY_ARRAY, true);
    static final MapN<?, ?> EMPTY_MAP = new MapN<>(EMPTY_ARRAY, true);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) EMPTY_SET;
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof List12 || coll instanceof ListN) {
            return (List<E>) coll;
        } else if (coll.isEmpty()) {
            return emptyList();
        } else {
            return (List<E>) List.of(coll.toArray());
        }
    }

    @SafeVarargs
    static <E> List<E> listFromArray(E... input) {
        return new ListN<>(input);
    }

    abstract static class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    abstract static class AbstractImmutableList<E> extends AbstractImmutableCollection<E>
            implements List<E>, RandomAccess {
        public void add(int index, E element) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public void addFirst(E e) {
            throw uoe();
        }

        public void addLast(E e) {
            throw uoe();
        }

        public E removeFirst() {
            throw uoe();
        }

        public E removeLast() {
            throw uoe();
        }

        public List<E> subList(int fromIndex, int toIndex) {
            int size = size();
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(this, fromIndex, toIndex - fromIndex);
        }

        public Iterator<E> iterator() {
            return new ListItr<E>(this, size());
        }

        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        public ListIterator<E> listIterator(final int index) {
            int size = size();
            if (index < 0 || index > size) {
                throw outOfBounds(index);
            }
            return new ListItr<E>(this, size, index);
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0, s = size(); i < s; i++) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size() - 1; i >= 0; i--) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof List)) {
                return false;
            }
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !Objects.equals(get(i), oit.next())) {
                    return false;
                }
            }
            return !oit.hasNext();
        }

        public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) {
                hash = 31 * hash + Objects.hashCode(get(i));
            }
            return hash;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            int size = size();
            Object[] array = new Object[size];
            for (int i = 0; i < size; i++) {
                array[i] = get(i);
            }
            return array;
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = size();
            T[] array = a.length >= size ? a : ArraysSupport.newArrayLike(a, size);
            for (int i = 0; i < size; i++) {
                array[i] = (T) get(i);
            }
            if (array.length > size) {
                array[size] = null;
            }
            return array;
        }

        IndexOutOfBoundsException outOfBounds(int index) {
            return new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
        }
    }

    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private final boolean isListIterator;
        private int cursor;

        ListItr(List<E> list, int size) {
            this.list = list;
            this.size = size;
            this.cursor = 0;
            isListIterator = false;
        }

        ListItr(List<E> list, int size, int index) {
            this.list = list;
            this.size = size;
            this.cursor = index;
            isListIterator = true;
        }

        public boolean hasNext() {
            return cursor != size;
        }

        public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public void remove() {
            throw uoe();
        }

        public boolean hasPrevious() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor != 0;
        }

        public E previous() {
            if (!isListIterator) {
                throw uoe();
            }
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public int nextIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor;
        }

        public int previousIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor - 1;
        }

        public void set(E e) {
            throw uoe();
        }

        public void add(E e) {
            throw uoe();
        }
    }

    static final class SubList<E> extends AbstractImmutableList<E> {
        final AbstractImmutableList<E> root;
        final int offset;
        final int size;

        SubList(AbstractImmutableList<E> root, int offset, int size) {
            if (root instanceof SubList) {
                SubList<E> parent = (SubList<E>) root;
                this.root = parent.root;
                this.offset = parent.offset + offset;
            } else {
                this.root = root;
                this.offset = offset;
            }
            this.size = size;
        }

        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        public int size() {
            return size;
        }

        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > size) {
                throw outOfBounds(index);
            }
            return new ListItr<>(this, size(), index);
        }
    }

    static final class List12<E> extends AbstractImmutableList<E> {
        private final E e0;
        private final E e1;
        private final int size;

        List12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = null;
            this.size = 1;
        }

        List12(E e0, E e1) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = Objects.requireNonNull(e1);
            this.size = 2;
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return false;
        }

        public E get(int index) {
            if (index == 0) {
                return e0;
            } else if (index == 1 && size == 2) {
                return e1;
            }
            throw outOfBounds(index);
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            if (o.equals(e0)) {
                return 0;
            } else if (size == 2 && o.equals(e1)) {
                return 1;
            } else {
                return -1;
            }
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            if (size == 2 && o.equals(e1)) {
                return 1;
            } else if (o.equals(e0)) {
                return 0;
            } else {
                return -1;
            }
        }
    }

    static final class ListN<E> extends AbstractImmutableList<E> {
        private final E[] elements;

        /** Trusted array, no copy, no checks. */
        ListN(E[] elements, boolean trusted) {
            this.elements = elements;
        }

        @SafeVarargs
        @SuppressWarnings("unchecked")
        ListN(E... input) {
            E[] tmp = (E[]) new Object[input.length];
            for (int i = 0; i < input.length; i++) {
                tmp[i] = Objects.requireNonNull(input[i]);
            }
            this.elements = tmp;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public int size() {
            return elements.length;
        }

        public E get(int index) {
            return elements[index];
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }

        public int indexOf(Object o) {
            if (o == null) {
                throw new NullPointerException();
            }
            Object[] es = elements;
            for (int i = 0; i < es.length; i++) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            if (o == null) {
                throw new NullPointerException();
            }
            Object[] es = elements;
            for (int i = es.length - 1; i >= 0; i--) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
            return -1;
        }
    }

    abstract static class AbstractImmutableSet<E> extends AbstractImmutableCollection<E> implements Set<E> {
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            } else if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            if (c.size() != size()) {
                return false;
            }
            for (Object e : c) {
                if (e == null || !contains(e)) {
                    return false;
                }
            }
            return true;
        }

        public abstract int hashCode();
    }

    static final class Set12<E> extends AbstractImmutableSet<E> {
        private final E e0;
        private final E e1;

        Set12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = null;
        }

        Set12(E e0, E e1) {
            if (e0.equals(Objects.requireNonNull(e1))) {
                throw new IllegalArgumentException("duplicate element: " + e0);
            }
            this.e0 = e0;
            this.e1 = e1;
        }

        public int size() {
            return (e1 == null) ? 1 : 2;
        }

        public boolean isEmpty() {
            return false;
        }

        public boolean contains(Object o) {
            return o.equals(e0) || (e1 != null && o.equals(e1));
        }

        public int hashCode() {
            return e0.hashCode() + (e1 == null ? 0 : e1.hashCode());
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int idx = 0;

                public boolean hasNext() {
                    return idx < size();
                }

                public E next() {
                    if (idx == 0 && size() > 0) {
                        idx = 1;
                        return e0;
                    } else if (idx == 1 && e1 != null) {
                        idx = 2;
                        return e1;
                    }
                    throw new NoSuchElementException();
                }
            };
        }
    }

    /** Elements in insertion order, plus an open-addressing table for contains. */
    static final class SetN<E> extends AbstractImmutableSet<E> {
        private final E[] elements;
        private final Object[] table;

        SetN(E[] trusted, boolean empty) {
            this.elements = trusted;
            this.table = new Object[1];
        }

        @SafeVarargs
        @SuppressWarnings("unchecked")
        SetN(E... input) {
            table = new Object[2 * input.length];
            E[] es = (E[]) new Object[input.length];
            for (int i = 0; i < input.length; i++) {
                E e = input[i];
                int idx = probe(e);
                if (idx >= 0) {
                    throw new IllegalArgumentException("duplicate element: " + e);
                } else {
                    table[-(idx + 1)] = e;
                    es[i] = e;
                }
            }
            this.elements = es;
        }

        private int probe(Object pe) {
            int idx = Math.floorMod(pe.hashCode(), table.length);
            while (true) {
                Object ee = table[idx];
                if (ee == null) {
                    return -idx - 1;
                } else if (pe.equals(ee)) {
                    return idx;
                } else if (++idx == table.length) {
                    idx = 0;
                }
            }
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return elements.length > 0 && probe(o) >= 0;
        }

        public int hashCode() {
            int h = 0;
            for (E e : elements) {
                h += e.hashCode();
            }
            return h;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int idx = 0;

                public boolean hasNext() {
                    return idx < elements.length;
                }

                public E next() {
                    if (idx >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return elements[idx++];
                }
            };
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }
    }

    abstract static class AbstractImmutableMap<K, V> extends AbstractMap<K, V> {
        public void clear() {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V getOrDefault(Object key, V defaultValue) {
            V v;
            return ((v = get(key)) != null) ? v : defaultValue;
        }
    }

    static final class Map1<K, V> extends AbstractImmutableMap<K, V> {
        private final K k0;
        private final V v0;

        Map1(K k0, V v0) {
            this.k0 = Objects.requireNonNull(k0);
            this.v0 = Objects.requireNonNull(v0);
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return Set.of(new KeyValueHolder<>(k0, v0));
        }

        public V get(Object o) {
            return o.equals(k0) ? v0 : null;
        }

        public boolean containsKey(Object o) {
            return o.equals(k0);
        }

        public boolean containsValue(Object o) {
            return o.equals(v0);
        }

        public int size() {
            return 1;
        }

        public boolean isEmpty() {
            return false;
        }

        public int hashCode() {
            return k0.hashCode() ^ v0.hashCode();
        }
    }

    /** Keys and values alternate in insertion order in kv; table holds key indexes (+1). */
    static final class MapN<K, V> extends AbstractImmutableMap<K, V> {
        private final Object[] kv;
        private final int[] table;
        private final int size;

        MapN(Object[] empty, boolean trusted) {
            this.kv = empty;
            this.table = new int[1];
            this.size = 0;
        }

        MapN(Object... input) {
            if ((input.length & 1) != 0) {
                throw new InternalError("length is odd");
            }
            size = input.length >> 1;
            table = new int[2 * size];
            kv = new Object[input.length];
            for (int i = 0; i < input.length; i += 2) {
                Object k = Objects.requireNonNull(input[i]);
                Object v = Objects.requireNonNull(input[i + 1]);
                int idx = probe(k);
                if (idx >= 0) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                } else {
                    table[-(idx + 1)] = i / 2 + 1;
                    kv[i] = k;
                    kv[i + 1] = v;
                }
            }
        }

        private int probe(Object pk) {
            int idx = Math.floorMod(pk.hashCode(), table.length);
            while (true) {
                int slot = table[idx];
                if (slot == 0) {
                    return -idx - 1;
                } else if (pk.equals(kv[2 * (slot - 1)])) {
                    return idx;
                } else if (++idx == table.length) {
                    idx = 0;
                }
            }
        }

        public boolean containsKey(Object o) {
            Objects.requireNonNull(o);
            return size > 0 && probe(o) >= 0;
        }

        public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            for (int i = 1; i < kv.length; i += 2) {
                if (o.equals(kv[i])) {
                    return true;
                }
            }
            return false;
        }

        public int hashCode() {
            int hash = 0;
            for (int i = 0; i < kv.length; i += 2) {
                hash += kv[i].hashCode() ^ kv[i + 1].hashCode();
            }
            return hash;
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            if (size == 0) {
                Objects.requireNonNull(o);
                return null;
            }
            int i = probe(o);
            if (i >= 0) {
                return (V) kv[2 * (table[i] - 1) + 1];
            } else {
                return null;
            }
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return MapN.this.size;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int idx = 0;

                        public boolean hasNext() {
                            return idx < kv.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (idx >= kv.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<K, V> e = new KeyValueHolder<>((K) kv[idx], (V) kv[idx + 1]);
                            idx += 2;
                            return e;
                        }
                    };
                }
            };
        }
    }
}
