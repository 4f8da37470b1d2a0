package corpus.util;

import java.util.*;

/** TreeMap/TreeSet: ordering, navigation, submaps and their bounds, descending views, errors. @gcstress */
public class TreeMapNav {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 25, 35, 65, 5, 95, 60, 40, 85};
        for (int k : keys) m.put(k, "v" + k);
        System.out.println(m);
        System.out.println(m.firstKey() + " " + m.lastKey() + " " + m.firstEntry() + " " + m.lastEntry());
        System.out.println(m.lowerKey(30) + " " + m.floorKey(30) + " " + m.ceilingKey(31) + " " + m.higherKey(95) + " " + m.floorEntry(4) + " " + m.ceilingEntry(96));
        System.out.println(m.headMap(30) + " " + m.headMap(30, true) + " " + m.tailMap(85) + " " + m.tailMap(85, false));
        System.out.println(m.subMap(20, 60) + " " + m.subMap(20, false, 60, true));
        NavigableMap<Integer, String> d = m.descendingMap();
        System.out.println(d);
        System.out.println(d.firstKey() + " " + d.headMap(70) + " " + d.tailMap(30, true) + " " + d.subMap(80, 30));
        System.out.println(d.higherKey(50) + " " + d.lowerKey(50) + " " + d.ceilingKey(51) + " " + d.floorKey(51));
        System.out.println(m.navigableKeySet() + " " + m.descendingKeySet() + " " + m.values());
        NavigableMap<Integer, String> sub = m.subMap(20, true, 70, false);
        System.out.println(sub.size() + " " + sub.firstEntry() + " " + sub.lastEntry() + " " + sub.containsKey(70) + " " + sub.get(80) + " " + sub.get(25));
        t("sub.put out of range", () -> sub.put(75, "x"));
        t("sub.subMap out of range", () -> sub.subMap(10, 30));
        t("subMap from>to", () -> m.subMap(60, 20));
        t("headMap out", () -> sub.headMap(99));
        sub.put(21, "v21");
        sub.remove(25);
        System.out.println(m + " " + sub);
        System.out.println(sub.pollFirstEntry() + " " + sub.pollLastEntry() + " " + sub + " " + sub.descendingMap());
        t("firstKey on empty", () -> new TreeMap<String, String>().firstKey());
        t("null key", () -> m.put(null, "x"));
        t("null get", () -> m.get(null));
        t("entry setValue", () -> m.firstEntry().setValue("z"));
        Iterator<Map.Entry<Integer, String>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, String> e = it.next();
            if (e.getKey() % 20 == 0) it.remove();
            else e.setValue(e.getValue() + "!");
        }
        System.out.println(m);
        Iterator<Integer> di = m.descendingKeySet().iterator();
        while (di.hasNext()) if (di.next() % 3 == 0) di.remove();
        System.out.println(m);
        t("CME", () -> {
            for (Integer k : m.keySet()) if (k == 35) m.put(36, "x");
        });
        TreeMap<String, Integer> byLen = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : "pear fig apple kiwi banana date plum".split(" ")) byLen.put(s, s.length());
        System.out.println(byLen + " " + byLen.comparator().compare("ab", "abc"));
        System.out.println(byLen.descendingMap().comparator().compare("ab", "abc"));
        TreeSet<String> ts = new TreeSet<>(List.of("delta", "alpha", "charlie", "bravo", "echo", "foxtrot"));
        System.out.println(ts + " " + ts.first() + " " + ts.last() + " " + ts.headSet("charlie") + " " + ts.tailSet("delta", false) + " " + ts.subSet("b", "e"));
        System.out.println(ts.descendingSet() + " " + ts.lower("charlie") + " " + ts.higher("charlie") + " " + ts.ceiling("c") + " " + ts.floor("c"));
        System.out.println(ts.pollFirst() + " " + ts.pollLast() + " " + ts);
        NavigableSet<String> view = ts.subSet("bravo", true, "echo", true);
        view.add("cobra");
        t("view add out of range", () -> view.add("zulu"));
        System.out.println(ts + " " + view + " " + view.descendingSet());
        TreeSet<Integer> nums = new TreeSet<>(Collections.reverseOrder());
        for (int i = 0; i < 20; i += 3) nums.add(i);
        System.out.println(nums + " " + nums.headSet(9) + " " + nums.ceiling(10));
        TreeMap<Integer, Integer> big = new TreeMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 5000; i++) big.put(r.nextInt(10000), i);
        for (int i = 0; i < 5000; i++) big.remove(r.nextInt(10000));
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) sum = sum * 31 + e.getKey() * 7 + e.getValue();
        System.out.println(big.size() + " " + sum + " " + big.firstKey() + " " + big.lastKey() + " " + big.headMap(100).size());
        TreeMap<String, Integer> copy = new TreeMap<>(byLen);
        System.out.println(copy + " " + copy.equals(byLen) + " " + copy.hashCode());
        System.out.println(m.keySet().equals(new TreeSet<>(m.keySet())) + " " + m.containsValue("v35!"));
        System.out.println(m.merge(35, "+", String::concat) + " " + m.computeIfAbsent(1, k -> "one") + " " + m.compute(1, (k, v) -> v + k) + " " + m);
    }
}
