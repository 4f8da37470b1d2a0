package corpus.lang.obj;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** User-defined equals/hashCode used by collections; toString of collections of user objects; Comparable user objects. @gcstress */
public class EqualsHash {
    static final class Key implements Comparable<Key> {
        final String a;
        final int b;
        Key(String a, int b) { this.a = a; this.b = b; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Key)) return false;
            Key k = (Key) o;
            return b == k.b && a.equals(k.a);
        }
        @Override public int hashCode() { return Objects.hash(a, b); }
        @Override public String toString() { return a + "#" + b; }
        @Override public int compareTo(Key o) {
            int c = a.compareTo(o.a);
            return c != 0 ? c : Integer.compare(b, o.b);
        }
    }

    static final class BadHash {
        final int v;
        BadHash(int v) { this.v = v; }
        @Override public boolean equals(Object o) { return o instanceof BadHash && ((BadHash) o).v == v; }
        @Override public int hashCode() { return 42; }   // every key collides
        @Override public String toString() { return "B" + v; }
    }

    public static void main(String[] args) {
        HashMap<Key, Integer> map = new HashMap<>();
        for (int i = 0; i < 20; i++) map.put(new Key("k" + (i % 7), i % 3), i);
        System.out.println(map.size() + " " + map.get(new Key("k3", 0)) + " " + map.containsKey(new Key("k9", 0)) + " " + map);
        HashSet<BadHash> set = new HashSet<>();
        for (int i = 0; i < 100; i++) set.add(new BadHash(i % 37));
        System.out.println("colliding set " + set.size() + " " + set.contains(new BadHash(36)) + " " + set.contains(new BadHash(37)));
        HashMap<BadHash, String> bm = new HashMap<>();
        for (int i = 0; i < 50; i++) bm.put(new BadHash(i), "v" + i);   // long collision chain (treeified in the JDK)
        bm.remove(new BadHash(10));
        System.out.println(bm.size() + " " + bm.get(new BadHash(49)) + " " + bm.get(new BadHash(10)));
        List<Key> keys = new ArrayList<>(map.keySet());
        java.util.Collections.sort(keys);
        System.out.println(keys);
        System.out.println(new Key("x", 1).equals(new Key("x", 1)) + " " + new Key("x", 1).equals(null) + " " + new Key("x", 1).equals("x#1")
            + " " + (new Key("x", 1).hashCode() == new Key("x", 1).hashCode()) + " " + new Key("x", 1).hashCode());
    }
}
