package corpus.util;

import java.util.*;

/** HashMap/HashSet: iteration order across resizes, collisions, removal, compute/merge, views, CME. @gcstress */
public class HashMapOrder {
    static final class Key implements Comparable<Key> {
        final int id;
        final int h;

        Key(int id, int h) {
            this.id = id;
            this.h = h;
        }

        public int hashCode() {
            return h;
        }

        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).id == id;
        }

        public String toString() {
            return "K" + id;
        }

        public int compareTo(Key o) {
            return Integer.compare(id, o.id);
        }
    }

    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            m.put("key" + i, i);
            if (i == 5 || i == 12 || i == 13 || i == 24 || i == 25 || i == 48 || i == 49 || i == 97)
                System.out.println(i + ": " + m);
        }
        for (int i = 0; i < 100; i += 3) m.remove("key" + i);
        System.out.println(m.keySet());
        System.out.println(m.values());
        Map<Integer, String> im = new HashMap<>();
        for (int i = -40; i < 200; i += 7) im.put(i * 1000003, "v" + i);
        im.put(null, "nullkey");
        im.put(7, null);
        System.out.println(im);
        System.out.println(im.get(null) + " " + im.containsKey(7) + " " + im.get(7) + " " + im.getOrDefault(8, "dflt") + " " + im.containsValue(null));
        // colliding keys: same bucket, list order, resize split, more than 8 per bin
        Map<Key, Integer> cm = new HashMap<>();
        for (int i = 0; i < 40; i++) cm.put(new Key(i, (i % 3) * 16 + (i % 2) * 64), i);
        System.out.println(cm);
        cm.remove(new Key(3, 0));
        cm.remove(new Key(0, 0));
        cm.put(new Key(100, 0), 100);
        System.out.println(cm);
        Map<Key, Integer> same = new HashMap<>();
        for (int i = 0; i < 12; i++) same.put(new Key(i * 7 % 12, 42), i);
        System.out.println(same + " " + same.get(new Key(11, 42)));
        for (int i = 0; i < 60; i++) same.put(new Key(100 + i, 42 + (i % 2) * 64), i);
        System.out.println(same);
        for (int i = 0; i < 60; i += 3) same.remove(new Key(100 + i, 42 + (i % 2) * 64));
        System.out.println(same);
        for (int i = 0; i < 200; i++) same.put(new Key(1000 + i, i), i);
        for (int i = 100; i < 160; i++) same.remove(new Key(i, 42 + (i % 2) * 64));
        System.out.println(same);
        Map<String, Integer> collide = new HashMap<>();
        String[] ab = {"Aa", "BB"};
        for (int i = 0; i < 64; i++) {
            StringBuilder w = new StringBuilder();
            for (int b = 0; b < 6; b++) w.append(ab[(i >> b) & 1]);
            collide.put(w.toString(), i);
        }
        System.out.println(collide);
        Map<String, Integer> lcollide = new LinkedHashMap<>(collide);
        for (int i = 0; i < 64; i += 2) lcollide.remove(collide.keySet().iterator().next());
        System.out.println(lcollide);
        // compute family: new keys are prepended to their bin, no resize until next put
        Map<Integer, Integer> c = new HashMap<>();
        for (int i = 0; i < 13; i++) c.computeIfAbsent(i * 16, k -> k / 16);
        c.merge(1, 10, Integer::sum);
        c.merge(1, 10, Integer::sum);
        c.compute(17, (k, v) -> v == null ? -17 : v + 1);
        c.compute(17, (k, v) -> v == null ? -17 : v + 1);
        c.computeIfPresent(0, (k, v) -> null);
        c.computeIfPresent(999, (k, v) -> 1);
        System.out.println(c);
        c.put(5000, 5);
        System.out.println(c);
        System.out.println(c.putIfAbsent(1, 99) + " " + c.putIfAbsent(2, 2) + " " + c.replace(2, 3) + " " + c.replace(2, 3, 4) + " " + c.remove(2, 5) + " " + c.remove(2, 4));
        t("computeIfAbsent modifies", () -> {
            Map<Integer, Integer> x = new HashMap<>();
            x.computeIfAbsent(1, k -> x.put(2, 2));
        });
        t("CME keySet", () -> {
            Map<Integer, Integer> x = new HashMap<>(Map.of(1, 1, 2, 2, 3, 3));
            for (Integer k : x.keySet()) x.put(k + 10, 0);
        });
        t("merge null value", () -> new HashMap<String, String>().merge("a", null, (p, q) -> p));
        t("bad capacity", () -> new HashMap<String, String>(-1));
        t("bad load", () -> new HashMap<String, String>(4, 0f));
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() % 2 == 0) it.remove();
            else e.setValue(e.getValue() * 100);
        }
        System.out.println(m);
        m.keySet().remove("key1");
        m.values().remove(500);
        m.entrySet().removeIf(e -> e.getValue() > 5000);
        System.out.println(m + " " + m.size());
        m.replaceAll((k, v) -> v + k.length());
        System.out.println(m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(';'));
        System.out.println(sb);
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println(copy.equals(m) + " " + (copy.hashCode() == m.hashCode()) + " " + copy);
        Map<String, Integer> tm = new TreeMap<>(m);
        System.out.println(tm.equals(m) + " " + m.equals(tm));
        // HashSet
        Set<String> hs = new HashSet<>();
        for (String w : "the quick brown fox jumps over the lazy dog again and again".split(" ")) hs.add(w);
        System.out.println(hs + " " + hs.size() + " " + hs.contains("fox"));
        Set<Integer> is = new HashSet<>(List.of(1000, 3, 77, 65536, -5, 42));
        System.out.println(is);
        is.retainAll(Set.of(3, 42, 99));
        System.out.println(is);
        Set<Character> chars = new HashSet<>();
        for (char ch = 'z'; ch >= 'a'; ch -= 3) chars.add(ch);
        System.out.println(chars);
        Map<Long, Double> ld = new HashMap<>(64);
        for (long l = 1; l < 1L << 40; l *= 7) ld.put(l, l / 3.0);
        System.out.println(ld.keySet());
        Set<Object> mixed = new HashSet<>();
        mixed.add(true);
        mixed.add(2.5);
        mixed.add('c');
        mixed.add("s");
        mixed.add(10L);
        System.out.println(mixed);
        m.clear();
        System.out.println(m + " " + m.isEmpty());
    }
}
