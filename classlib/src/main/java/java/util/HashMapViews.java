package java.util;

import java.util.function.Consumer;

/** The key, value and entry views and iterators shared by HashMap and LinkedHashMap. */
final class HashMapViews {
    private HashMapViews() {
    }

    /** A fail-fast iterator over nodes in the map's iteration order. */
    abstract static class NodeIterator<K, V> {
        final HashMap<K, V> map;
        int expectedModCount;
        HashMap.Node<K, V> current;

        NodeIterator(HashMap<K, V> map) {
            this.map = map;
            this.expectedModCount = map.modCount;
        }

        abstract boolean hasNext();

        abstract HashMap.Node<K, V> nextNode();

        final void remove() {
            HashMap.Node<K, V> p = current;
            if (p == null)
                throw new IllegalStateException();
            if (map.modCount != expectedModCount)
                throw new ConcurrentModificationException();
            current = null;
            map.removeNode(p.hash, p.key, null, false, false);
            expectedModCount = map.modCount;
        }
    }

    /** Table order: bucket by bucket, each bin from its head. */
    static final class HashNodeIterator<K, V> extends NodeIterator<K, V> {
        HashMap.Node<K, V> next;
        int index;

        HashNodeIterator(HashMap<K, V> map) {
            super(map);
            HashMap.Node<K, V>[] t = map.table;
            if (t != null && map.size > 0) {
                do {
                } while (index < t.length && (next = t[index++]) == null);
            }
        }

        boolean hasNext() {
            return next != null;
        }

        HashMap.Node<K, V> nextNode() {
            HashMap.Node<K, V>[] t;
            HashMap.Node<K, V> e = next;
            if (map.modCount != expectedModCount)
                throw new ConcurrentModificationException();
            if (e == null)
                throw new NoSuchElementException();
            if ((next = (current = e).next) == null && (t = map.table) != null) {
                do {
                } while (index < t.length && (next = t[index++]) == null);
            }
            return e;
        }
    }

    static final class KeyIterator<K, V> implements Iterator<K> {
        private final NodeIterator<K, V> it;

        KeyIterator(NodeIterator<K, V> it) {
            this.it = it;
        }

        public boolean hasNext() {
            return it.hasNext();
        }

        public K next() {
            return it.nextNode().key;
        }

        public void remove() {
            it.remove();
        }
    }

    static final class ValueIterator<K, V> implements Iterator<V> {
        private final NodeIterator<K, V> it;

        ValueIterator(NodeIterator<K, V> it) {
            this.it = it;
        }

        public boolean hasNext() {
            return it.hasNext();
        }

        public V next() {
            return it.nextNode().value;
        }

        public void remove() {
            it.remove();
        }
    }

    static final class EntryIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        private final NodeIterator<K, V> it;

        EntryIterator(NodeIterator<K, V> it) {
            this.it = it;
        }

        public boolean hasNext() {
            return it.hasNext();
        }

        public Map.Entry<K, V> next() {
            return it.nextNode();
        }

        public void remove() {
            it.remove();
        }
    }

    static final class KeySet<K, V> extends AbstractSet<K> {
        private final HashMap<K, V> map;

        KeySet(HashMap<K, V> map) {
            this.map = map;
        }

        public int size() {
            return map.size;
        }

        public void clear() {
            map.clear();
        }

        public Iterator<K> iterator() {
            return new KeyIterator<>(map.nodeIterator());
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object key) {
            return map.removeNode(HashMap.hash(key), key, null, false, true) != null;
        }

        public void forEach(Consumer<? super K> action) {
            if (action == null)
                throw new NullPointerException();
            map.forEachNode(e -> action.accept(e.key));
        }
    }

    static final class Values<K, V> extends AbstractCollection<V> {
        private final HashMap<K, V> map;

        Values(HashMap<K, V> map) {
            this.map = map;
        }

        public int size() {
            return map.size;
        }

        public void clear() {
            map.clear();
        }

        public Iterator<V> iterator() {
            return new ValueIterator<>(map.nodeIterator());
        }

        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        public void forEach(Consumer<? super V> action) {
            if (action == null)
                throw new NullPointerException();
            map.forEachNode(e -> action.accept(e.value));
        }
    }

    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final HashMap<K, V> map;

        EntrySet(HashMap<K, V> map) {
            this.map = map;
        }

        public int size() {
            return map.size;
        }

        public void clear() {
            map.clear();
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(map.nodeIterator());
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Object key = e.getKey();
            HashMap.Node<K, V> candidate = map.getNode(key);
            return candidate != null && candidate.equals(e);
        }

        public boolean remove(Object o) {
            if (o instanceof Map.Entry) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object key = e.getKey();
                Object value = e.getValue();
                return map.removeNode(HashMap.hash(key), key, value, true, true) != null;
            }
            return false;
        }

        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (action == null)
                throw new NullPointerException();
            map.forEachNode(action);
        }
    }
}
