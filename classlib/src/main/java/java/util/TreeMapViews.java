package java.util;

/** TreeMap's iterators, key/value/entry views and navigable submaps (ascending and descending). */
final class TreeMapViews {
    private TreeMapViews() {
    }

    private static final Object UNBOUNDED = new Object();

    /** Walks entries from first (inclusive) toward fence (exclusive, null = unbounded). */
    static class EntryIter<K, V> {
        final TreeMap<K, V> m;
        TreeMap.Entry<K, V> next;
        TreeMap.Entry<K, V> lastReturned;
        int expectedModCount;
        final Object fenceKey;
        final boolean descending;

        EntryIter(TreeMap<K, V> m, TreeMap.Entry<K, V> first, TreeMap.Entry<K, V> fence, boolean descending) {
            this.m = m;
            this.next = first;
            this.expectedModCount = m.modCount;
            this.fenceKey = fence == null ? UNBOUNDED : fence.key;
            this.descending = descending;
        }

        public final boolean hasNext() {
            return next != null && next.key != fenceKey;
        }

        final TreeMap.Entry<K, V> nextEntry() {
            TreeMap.Entry<K, V> e = next;
            if (e == null || e.key == fenceKey)
                throw new NoSuchElementException();
            if (m.modCount != expectedModCount)
                throw new ConcurrentModificationException();
            next = descending ? TreeMap.predecessor(e) : TreeMap.successor(e);
            lastReturned = e;
            return e;
        }

        public final void remove() {
            if (lastReturned == null)
                throw new IllegalStateException();
            if (m.modCount != expectedModCount)
                throw new ConcurrentModificationException();
            if (!descending && lastReturned.left != null && lastReturned.right != null)
                next = lastReturned;
            m.deleteEntry(lastReturned);
            expectedModCount = m.modCount;
            lastReturned = null;
        }
    }

    static final class EntryIterator<K, V> extends EntryIter<K, V> implements Iterator<Map.Entry<K, V>> {
        EntryIterator(TreeMap<K, V> m, TreeMap.Entry<K, V> first, TreeMap.Entry<K, V> fence, boolean descending) {
            super(m, first, fence, descending);
        }

        public Map.Entry<K, V> next() {
            return nextEntry();
        }
    }

    static final class KeyIterator<K, V> extends EntryIter<K, V> implements Iterator<K> {
        KeyIterator(TreeMap<K, V> m, TreeMap.Entry<K, V> first, TreeMap.Entry<K, V> fence, boolean descending) {
            super(m, first, fence, descending);
        }

        public K next() {
            return nextEntry().key;
        }
    }

    static final class ValueIterator<K, V> extends EntryIter<K, V> implements Iterator<V> {
        ValueIterator(TreeMap<K, V> m, TreeMap.Entry<K, V> first, TreeMap.Entry<K, V> fence, boolean descending) {
            super(m, first, fence, descending);
        }

        public V next() {
            return nextEntry().value;
        }
    }

    @SuppressWarnings("unchecked")
    static <K> Iterator<K> keyIterator(NavigableMap<K, ?> m, boolean descending) {
        if (m instanceof TreeMap) {
            TreeMap<K, Object> t = (TreeMap<K, Object>) m;
            return new KeyIterator<>(t, descending ? t.getLastEntry() : t.getFirstEntry(), null, descending);
        }
        SubMap<K, Object> s = (SubMap<K, Object>) m;
        return s.keyIterator(descending);
    }

    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        private final NavigableMap<E, ?> m;

        KeySet(NavigableMap<E, ?> map) {
            m = map;
        }

        public Iterator<E> iterator() {
            return keyIterator(m, false);
        }

        public Iterator<E> descendingIterator() {
            return keyIterator(m, true);
        }

        public int size() {
            return m.size();
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        public void clear() {
            m.clear();
        }

        public E lower(E e) {
            return m.lowerKey(e);
        }

        public E floor(E e) {
            return m.floorKey(e);
        }

        public E ceiling(E e) {
            return m.ceilingKey(e);
        }

        public E higher(E e) {
            return m.higherKey(e);
        }

        public E first() {
            return m.firstKey();
        }

        public E last() {
            return m.lastKey();
        }

        public Comparator<? super E> comparator() {
            return m.comparator();
        }

        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return (e == null) ? null : e.getKey();
        }

        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return (e == null) ? null : e.getKey();
        }

        public boolean remove(Object o) {
            int oldSize = size();
            m.remove(o);
            return size() != oldSize;
        }

        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<>(m.headMap(toElement, inclusive));
        }

        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<>(m.tailMap(fromElement, inclusive));
        }

        public SortedSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        public SortedSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        public SortedSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }

        public NavigableSet<E> descendingSet() {
            return new KeySet<>(m.descendingMap());
        }
    }

    static final class Values<K, V> extends AbstractCollection<V> {
        private final TreeMap<K, V> m;

        Values(TreeMap<K, V> m) {
            this.m = m;
        }

        public Iterator<V> iterator() {
            return new ValueIterator<>(m, m.getFirstEntry(), null, false);
        }

        public int size() {
            return m.size();
        }

        public boolean contains(Object o) {
            return m.containsValue(o);
        }

        public boolean remove(Object o) {
            for (TreeMap.Entry<K, V> e = m.getFirstEntry(); e != null; e = TreeMap.successor(e)) {
                if (TreeMap.valEquals(e.getValue(), o)) {
                    m.deleteEntry(e);
                    return true;
                }
            }
            return false;
        }

        public void clear() {
            m.clear();
        }
    }

    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final TreeMap<K, V> m;

        EntrySet(TreeMap<K, V> m) {
            this.m = m;
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(m, m.getFirstEntry(), null, false);
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object value = entry.getValue();
            TreeMap.Entry<K, V> p = m.getEntry(entry.getKey());
            return p != null && TreeMap.valEquals(p.getValue(), value);
        }

        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object value = entry.getValue();
            TreeMap.Entry<K, V> p = m.getEntry(entry.getKey());
            if (p != null && TreeMap.valEquals(p.getValue(), value)) {
                m.deleteEntry(p);
                return true;
            }
            return false;
        }

        public int size() {
            return m.size();
        }

        public void clear() {
            m.clear();
        }
    }

    /** A range view [lo, hi] of a TreeMap, optionally in descending order. */
    static final class SubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
        final TreeMap<K, V> m;
        final K lo, hi;
        final boolean fromStart, toEnd;
        final boolean loInclusive, hiInclusive;
        final boolean descending;
        private transient Set<Map.Entry<K, V>> entrySetView;
        private transient KeySet<K> navigableKeySetView;

        SubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi,
                boolean hiInclusive, boolean descending) {
            if (!fromStart && !toEnd) {
                if (m.compare(lo, hi) > 0)
                    throw new IllegalArgumentException("fromKey > toKey");
            } else {
                if (!fromStart)
                    m.compare(lo, lo);
                if (!toEnd)
                    m.compare(hi, hi);
            }
            this.m = m;
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        final boolean tooLow(Object key) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                if (c < 0 || (c == 0 && !loInclusive))
                    return true;
            }
            return false;
        }

        final boolean tooHigh(Object key) {
            if (!toEnd) {
                int c = m.compare(key, hi);
                if (c > 0 || (c == 0 && !hiInclusive))
                    return true;
            }
            return false;
        }

        final boolean inRange(Object key) {
            return !tooLow(key) && !tooHigh(key);
        }

        final boolean inClosedRange(Object key) {
            return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
        }

        final boolean inRange(Object key, boolean inclusive) {
            return inclusive ? inRange(key) : inClosedRange(key);
        }

        final TreeMap.Entry<K, V> absLowest() {
            TreeMap.Entry<K, V> e = (fromStart ? m.getFirstEntry()
                    : (loInclusive ? m.getCeilingEntry(lo) : m.getHigherEntry(lo)));
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absHighest() {
            TreeMap.Entry<K, V> e = (toEnd ? m.getLastEntry()
                    : (hiInclusive ? m.getFloorEntry(hi) : m.getLowerEntry(hi)));
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absCeiling(K key) {
            if (tooLow(key))
                return absLowest();
            TreeMap.Entry<K, V> e = m.getCeilingEntry(key);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absHigher(K key) {
            if (tooLow(key))
                return absLowest();
            TreeMap.Entry<K, V> e = m.getHigherEntry(key);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absFloor(K key) {
            if (tooHigh(key))
                return absHighest();
            TreeMap.Entry<K, V> e = m.getFloorEntry(key);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absLower(K key) {
            if (tooHigh(key))
                return absHighest();
            TreeMap.Entry<K, V> e = m.getLowerEntry(key);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absHighFence() {
            return (toEnd ? null : (hiInclusive ? m.getHigherEntry(hi) : m.getCeilingEntry(hi)));
        }

        final TreeMap.Entry<K, V> absLowFence() {
            return (fromStart ? null : (loInclusive ? m.getLowerEntry(lo) : m.getFloorEntry(lo)));
        }

        TreeMap.Entry<K, V> subLowest() {
            return descending ? absHighest() : absLowest();
        }

        TreeMap.Entry<K, V> subHighest() {
            return descending ? absLowest() : absHighest();
        }

        TreeMap.Entry<K, V> subCeiling(K key) {
            return descending ? absFloor(key) : absCeiling(key);
        }

        TreeMap.Entry<K, V> subHigher(K key) {
            return descending ? absLower(key) : absHigher(key);
        }

        TreeMap.Entry<K, V> subFloor(K key) {
            return descending ? absCeiling(key) : absFloor(key);
        }

        TreeMap.Entry<K, V> subLower(K key) {
            return descending ? absHigher(key) : absLower(key);
        }

        /** Keys in this view's order (reverse = the opposite order). */
        Iterator<K> keyIterator(boolean reverse) {
            boolean desc = descending != reverse;
            return desc ? new KeyIterator<>(m, absHighest(), absLowFence(), true)
                    : new KeyIterator<>(m, absLowest(), absHighFence(), false);
        }

        public boolean isEmpty() {
            return (fromStart && toEnd) ? m.isEmpty() : entrySet().isEmpty();
        }

        public int size() {
            return (fromStart && toEnd) ? m.size() : entrySet().size();
        }

        public boolean containsKey(Object key) {
            return inRange(key) && m.containsKey(key);
        }

        public V put(K key, V value) {
            if (!inRange(key))
                throw new IllegalArgumentException("key out of range");
            return m.put(key, value);
        }

        public V putIfAbsent(K key, V value) {
            if (!inRange(key))
                throw new IllegalArgumentException("key out of range");
            return m.putIfAbsent(key, value);
        }

        public V get(Object key) {
            return !inRange(key) ? null : m.get(key);
        }

        public V remove(Object key) {
            return !inRange(key) ? null : m.remove(key);
        }

        public Map.Entry<K, V> ceilingEntry(K key) {
            return TreeMap.exportEntry(subCeiling(key));
        }

        public K ceilingKey(K key) {
            return TreeMap.keyOrNull(subCeiling(key));
        }

        public Map.Entry<K, V> higherEntry(K key) {
            return TreeMap.exportEntry(subHigher(key));
        }

        public K higherKey(K key) {
            return TreeMap.keyOrNull(subHigher(key));
        }

        public Map.Entry<K, V> floorEntry(K key) {
            return TreeMap.exportEntry(subFloor(key));
        }

        public K floorKey(K key) {
            return TreeMap.keyOrNull(subFloor(key));
        }

        public Map.Entry<K, V> lowerEntry(K key) {
            return TreeMap.exportEntry(subLower(key));
        }

        public K lowerKey(K key) {
            return TreeMap.keyOrNull(subLower(key));
        }

        public K firstKey() {
            return TreeMap.key(subLowest());
        }

        public K lastKey() {
            return TreeMap.key(subHighest());
        }

        public Map.Entry<K, V> firstEntry() {
            return TreeMap.exportEntry(subLowest());
        }

        public Map.Entry<K, V> lastEntry() {
            return TreeMap.exportEntry(subHighest());
        }

        public Map.Entry<K, V> pollFirstEntry() {
            TreeMap.Entry<K, V> e = subLowest();
            Map.Entry<K, V> result = TreeMap.exportEntry(e);
            if (e != null)
                m.deleteEntry(e);
            return result;
        }

        public Map.Entry<K, V> pollLastEntry() {
            TreeMap.Entry<K, V> e = subHighest();
            Map.Entry<K, V> result = TreeMap.exportEntry(e);
            if (e != null)
                m.deleteEntry(e);
            return result;
        }

        public Comparator<? super K> comparator() {
            return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
        }

        public NavigableSet<K> navigableKeySet() {
            KeySet<K> nksv = navigableKeySetView;
            return (nksv != null) ? nksv : (navigableKeySetView = new KeySet<>(this));
        }

        public Set<K> keySet() {
            return navigableKeySet();
        }

        public NavigableSet<K> descendingKeySet() {
            return descendingMap().navigableKeySet();
        }

        public NavigableMap<K, V> descendingMap() {
            return new SubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }

        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (!inRange(fromKey, fromInclusive))
                throw new IllegalArgumentException("fromKey out of range");
            if (!inRange(toKey, toInclusive))
                throw new IllegalArgumentException("toKey out of range");
            if (descending)
                return new SubMap<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
            return new SubMap<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
        }

        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            if (!inRange(toKey, inclusive))
                throw new IllegalArgumentException("toKey out of range");
            if (descending)
                return new SubMap<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
            return new SubMap<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
        }

        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            if (!inRange(fromKey, inclusive))
                throw new IllegalArgumentException("fromKey out of range");
            if (descending)
                return new SubMap<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
            return new SubMap<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
        }

        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return subMap(fromKey, true, toKey, false);
        }

        public SortedMap<K, V> headMap(K toKey) {
            return headMap(toKey, false);
        }

        public SortedMap<K, V> tailMap(K fromKey) {
            return tailMap(fromKey, true);
        }

        public Set<Map.Entry<K, V>> entrySet() {
            Set<Map.Entry<K, V>> es = entrySetView;
            return (es != null) ? es : (entrySetView = new SubMapEntrySet());
        }

        final class SubMapEntrySet extends AbstractSet<Map.Entry<K, V>> {
            public Iterator<Map.Entry<K, V>> iterator() {
                return descending ? new EntryIterator<>(m, absHighest(), absLowFence(), true)
                        : new EntryIterator<>(m, absLowest(), absHighFence(), false);
            }

            public int size() {
                if (fromStart && toEnd)
                    return m.size();
                int n = 0;
                for (Iterator<Map.Entry<K, V>> i = iterator(); i.hasNext(); i.next())
                    n++;
                return n;
            }

            public boolean isEmpty() {
                TreeMap.Entry<K, V> n = absLowest();
                return n == null || tooHigh(n.key);
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry))
                    return false;
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                Object key = entry.getKey();
                if (!inRange(key))
                    return false;
                TreeMap.Entry<?, ?> node = m.getEntry(key);
                return node != null && TreeMap.valEquals(node.getValue(), entry.getValue());
            }

            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry))
                    return false;
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                Object key = entry.getKey();
                if (!inRange(key))
                    return false;
                TreeMap.Entry<K, V> node = m.getEntry(key);
                if (node != null && TreeMap.valEquals(node.getValue(), entry.getValue())) {
                    m.deleteEntry(node);
                    return true;
                }
                return false;
            }
        }
    }
}
