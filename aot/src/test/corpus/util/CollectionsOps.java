package corpus.util;

import java.util.*;

/** java.util.Collections algorithms and wrappers: sort, shuffle(Random), search, min/max, views, singletons. @gcstress */
public class CollectionsOps {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 20; i++) l.add(i);
        Collections.shuffle(l, new Random(42));
        System.out.println("shuffled " + l);
        LinkedList<Integer> ll = new LinkedList<>(l);
        Collections.shuffle(ll, new Random(42));
        System.out.println("shuffled linked " + ll);
        Collections.sort(l);
        System.out.println(l + " " + Collections.binarySearch(l, 13) + " " + Collections.binarySearch(l, 25));
        Collections.reverse(l);
        System.out.println(l + " " + Collections.binarySearch(l, 13, Collections.reverseOrder()));
        Collections.swap(l, 0, 19);
        Collections.rotate(l, 3);
        System.out.println(l);
        Collections.rotate(ll, -4);
        System.out.println(ll);
        System.out.println(Collections.min(l) + " " + Collections.max(l) + " " + Collections.min(l, Comparator.reverseOrder()) + " " + Collections.max(List.of("pear", "fig", "banana"), Comparator.comparing(String::length)));
        t("max empty", () -> Collections.max(new ArrayList<Integer>()));
        List<String> words = new ArrayList<>(List.of("b", "a", "c", "a", "b", "a"));
        System.out.println(Collections.frequency(words, "a") + " " + Collections.frequency(words, "z") + " " + Collections.disjoint(words, List.of("x", "y")) + " " + Collections.disjoint(words, Set.of("c")));
        Collections.replaceAll(words, "a", "A");
        System.out.println(words + " " + Collections.indexOfSubList(words, List.of("A", "b")) + " " + Collections.lastIndexOfSubList(words, List.of("b", "A")));
        Collections.addAll(words, "x", "y");
        Collections.fill(words.subList(0, 2), "-");
        System.out.println(words);
        List<String> dest = new ArrayList<>(Collections.nCopies(10, "."));
        Collections.copy(dest, words);
        System.out.println(dest);
        t("copy too small", () -> Collections.copy(new ArrayList<>(List.of("a")), words));
        List<Integer> ul = Collections.unmodifiableList(new ArrayList<>(List.of(3, 1, 2)));
        System.out.println(ul + " " + ul.get(1) + " " + ul.contains(2) + " " + ul.equals(List.of(3, 1, 2)) + " " + ul.hashCode());
        t("unmod add", () -> ul.add(4));
        t("unmod set", () -> ul.set(0, 4));
        t("unmod sort", () -> ul.sort(null));
        t("unmod iterator remove", () -> {
            Iterator<Integer> it = ul.iterator();
            it.next();
            it.remove();
        });
        Map<String, Integer> base = new TreeMap<>(Map.of("a", 1, "b", 2));
        Map<String, Integer> um = Collections.unmodifiableMap(base);
        base.put("c", 3);
        System.out.println(um + " " + um.get("c") + " " + um.keySet() + " " + um.values() + " " + um.entrySet());
        t("unmod map put", () -> um.put("d", 4));
        t("unmod entry setValue", () -> um.entrySet().iterator().next().setValue(9));
        t("unmod merge", () -> um.merge("a", 1, Integer::sum));
        Set<Integer> us = Collections.unmodifiableSet(new TreeSet<>(Set.of(5, 1, 3)));
        System.out.println(us + " " + us.contains(3) + " " + us.equals(Set.of(1, 3, 5)));
        t("unmod set remove", () -> us.remove(1));
        System.out.println(Collections.emptyList() + " " + Collections.emptySet() + " " + Collections.emptyMap() + " " + Collections.emptyList().equals(List.of()) + " " + Collections.emptyMap().hashCode());
        t("empty get", () -> Collections.emptyList().get(0));
        t("empty add", () -> Collections.<String>emptyList().add("x"));
        t("empty iterator next", () -> Collections.emptyIterator().next());
        List<String> sl = Collections.singletonList("only");
        Set<String> ss = Collections.singleton("one");
        Map<String, Integer> sm = Collections.singletonMap("k", 1);
        System.out.println(sl + " " + ss + " " + sm + " " + sl.get(0) + " " + ss.contains("one") + " " + sm.get("k") + " " + sm.containsKey("x") + " " + sl.hashCode() + " " + sm.entrySet());
        t("singletonList get(1)", () -> sl.get(1));
        t("singleton add", () -> ss.add("two"));
        t("singletonMap put", () -> sm.put("z", 2));
        List<String> copies = Collections.nCopies(4, "ab");
        System.out.println(copies + " " + copies.size() + " " + copies.indexOf("ab") + " " + copies.lastIndexOf("ab") + " " + copies.hashCode() + " " + copies.subList(1, 3));
        t("nCopies negative", () -> Collections.nCopies(-2, "x"));
        t("nCopies get", () -> copies.get(4));
        Comparator<String> rev = Collections.reverseOrder();
        List<String> names = new ArrayList<>(List.of("mike", "alice", "zed", "bob"));
        names.sort(rev);
        System.out.println(names);
        names.sort(Collections.reverseOrder(rev));
        System.out.println(names);
        names.sort(Collections.reverseOrder(Comparator.comparing(String::length)));
        System.out.println(names);
        List<Integer> sync = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) sync.add(i * i);
        Map<String, Integer> syncMap = Collections.synchronizedMap(new LinkedHashMap<>());
        syncMap.put("x", 1);
        syncMap.merge("x", 5, Integer::sum);
        System.out.println(sync + " " + syncMap + " " + sync.equals(List.of(0, 1, 4, 9, 16)));
        Set<String> fromMap = Collections.newSetFromMap(new LinkedHashMap<>());
        fromMap.add("q");
        fromMap.add("p");
        fromMap.add("q");
        System.out.println(fromMap + " " + fromMap.size());
        Queue<Integer> lifo = Collections.asLifoQueue(new ArrayDeque<>());
        lifo.add(1);
        lifo.offer(2);
        lifo.addAll(List.of(3, 4));
        System.out.println(lifo + " " + lifo.peek() + " " + lifo.poll() + " " + lifo.remove() + " " + lifo + " " + lifo.size());
        List<String> big = new LinkedList<>();
        for (int i = 0; i < 30; i++) big.add("e" + i);
        Collections.reverse(big);
        Collections.rotate(big, 101);
        System.out.println(big);
        Collections.sort(big);
        System.out.println(big.subList(0, 5) + " " + Collections.binarySearch(big, "e25"));
    }
}
