package corpus.util;

import java.util.*;

/** LinkedHashMap insertion and access order, removeEldestEntry (LRU), LinkedHashSet. @gcstress */
public class LinkedHashMapLru {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int max;

        Lru(int max) {
            super(16, 0.75f, true);
            this.max = max;
        }

        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > max;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String s : "zeta alpha mu beta omega alpha pi".split(" ")) m.merge(s, 1, Integer::sum);
        System.out.println(m);
        m.remove("mu");
        m.put("zeta", 10);
        m.put("mu", 3);
        System.out.println(m + " " + m.keySet() + " " + m.values());
        Lru<Integer, String> lru = new Lru<>(4);
        for (int i = 0; i < 6; i++) lru.put(i, "v" + i);
        System.out.println(lru);
        lru.get(3);
        lru.put(6, "v6");
        lru.getOrDefault(4, "x");
        lru.put(5, "again");
        System.out.println(lru);
        System.out.println(lru.containsKey(2) + " " + lru.containsValue("v4"));
        Iterator<Map.Entry<Integer, String>> it = lru.entrySet().iterator();
        it.next();
        it.remove();
        System.out.println(lru);
        try {
            for (Integer k : lru.keySet()) lru.get(k);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME on access-order get during iteration");
        }
        LinkedHashMap<Integer, Integer> big = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) big.put((i * 7919) % 1000, i);
        int n = 0;
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Integer> e : big.entrySet()) {
            if (n++ < 15) sb.append(e).append(' ');
        }
        System.out.println(sb);
        big.keySet().removeIf(k -> k % 3 != 0);
        System.out.println(big.size() + " " + big.keySet().iterator().next());
        big.replaceAll((k, v) -> k + v);
        StringBuilder sb2 = new StringBuilder();
        big.forEach((k, v) -> { if (k < 30) sb2.append(k).append('=').append(v).append(','); });
        System.out.println(sb2);
        Set<String> ls = new LinkedHashSet<>(List.of("d", "a", "c"));
        ls.add("b");
        ls.add("a");
        ls.remove("c");
        ls.add("c");
        System.out.println(ls + " " + ls.contains("b") + " " + ls.size());
        Set<Integer> lhs = new LinkedHashSet<>();
        for (int i = 20; i > 0; i -= 3) lhs.add(i);
        System.out.println(lhs + " " + lhs.equals(new HashSet<>(lhs)) + " " + (lhs.hashCode() == new HashSet<>(lhs).hashCode()));
        Map<String, String> copy = new LinkedHashMap<>(Map.of("k", "v"));
        copy.putAll(new TreeMap<>(Map.of("b", "2", "a", "1", "c", "3")));
        System.out.println(copy);
        System.out.println(copy.entrySet().contains(Map.entry("a", "1")) + " " + copy.entrySet().contains(Map.entry("a", "2")));
    }
}
