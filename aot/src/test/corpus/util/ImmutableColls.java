package corpus.util;

import java.util.*;

/** List.of/Set.of/Map.of and copyOf: nulls, duplicates, immutability, equality (no Set/Map iteration order printed). @gcstress */
public class ImmutableColls {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<String> l0 = List.of();
        List<String> l1 = List.of("a");
        List<String> l2 = List.of("a", "b");
        List<String> l5 = List.of("a", "b", "c", "d", "e");
        List<Integer> ln = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        System.out.println(l0 + " " + l1 + " " + l2 + " " + l5 + " " + ln);
        System.out.println(l5.get(4) + " " + l5.indexOf("c") + " " + l5.lastIndexOf("z") + " " + l5.subList(1, 3) + " " + l5.hashCode() + " " + l5.equals(Arrays.asList("a", "b", "c", "d", "e")));
        t("List.of null", () -> List.of("a", null));
        t("List.of varargs null", () -> List.of(new String[] {"a", "b", "c", null}));
        t("contains null", () -> l5.contains(null));
        t("indexOf null", () -> l2.indexOf(null));
        t("add", () -> l5.add("f"));
        t("set", () -> l2.set(0, "z"));
        t("remove", () -> l1.remove(0));
        t("sort", () -> l5.sort(null));
        t("replaceAll", () -> l5.replaceAll(s -> s));
        t("removeIf", () -> l5.removeIf(s -> true));
        t("clear", () -> l0.clear());
        t("get 2 of List12", () -> l2.get(2));
        t("get 5 of ListN", () -> l5.get(5));
        t("get -1 of List12", () -> l1.get(-1));
        t("subList bad", () -> l5.subList(2, 9));
        t("subList get", () -> l5.subList(1, 3).get(2));
        t("iterator remove", () -> {
            Iterator<String> it = l5.iterator();
            it.next();
            it.remove();
        });
        ListIterator<String> li = l5.listIterator(5);
        StringBuilder sb = new StringBuilder();
        while (li.hasPrevious()) sb.append(li.previous());
        System.out.println(sb);
        List<String> src = new ArrayList<>(List.of("x", "y"));
        List<String> cp = List.copyOf(src);
        src.add("z");
        System.out.println(cp + " " + (List.copyOf(cp) == cp));
        t("copyOf with null", () -> List.copyOf(Arrays.asList("a", null)));
        Set<Integer> s3 = Set.of(3, 1, 2);
        System.out.println(s3.size() + " " + s3.contains(2) + " " + s3.contains(7) + " " + s3.equals(new HashSet<>(List.of(1, 2, 3))) + " " + s3.hashCode() + " " + new TreeSet<>(s3));
        t("Set.of dup", () -> Set.of("a", "b", "a"));
        t("Set.of dup2", () -> Set.of("x", "x"));
        t("Set.of null", () -> Set.of("a", null));
        t("Set contains null", () -> s3.contains(null));
        t("Set add", () -> s3.add(9));
        Set<String> sc = Set.copyOf(List.of("q", "q", "r"));
        System.out.println(sc.size() + " " + sc.containsAll(List.of("q", "r")));
        Map<String, Integer> m2 = Map.of("one", 1, "two", 2);
        Map<String, Integer> m1 = Map.of("k", 0);
        Map<String, Integer> me = Map.ofEntries(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 3));
        System.out.println(m1 + " " + m2.size() + " " + m2.get("two") + " " + m2.get("three") + " " + m2.containsKey("one") + " " + m2.containsValue(2) + " " + new TreeMap<>(me) + " " + me.getOrDefault("z", -1));
        System.out.println(m2.equals(new HashMap<>(Map.of("two", 2, "one", 1))) + " " + m2.hashCode() + " " + new TreeMap<>(m2).equals(m2));
        t("Map.of dup key", () -> Map.of("a", 1, "a", 2));
        t("Map.of null value", () -> Map.of("a", null));
        t("Map get null", () -> m2.get(null));
        t("Map1 get null", () -> m1.get(null));
        t("Map put", () -> m2.put("x", 1));
        t("Map computeIfAbsent present", () -> m2.computeIfAbsent("one", k -> 5));
        t("Map remove", () -> m1.remove("k"));
        t("entry null", () -> Map.entry(null, 1));
        Map.Entry<String, Integer> e = Map.entry("key", 7);
        System.out.println(e + " " + e.getKey() + " " + e.getValue() + " " + e.equals(new AbstractMap.SimpleEntry<>("key", 7)) + " " + e.hashCode());
        t("entry setValue", () -> e.setValue(8));
        Map<String, Integer> mc = Map.copyOf(new TreeMap<>(Map.of("z", 26, "y", 25)));
        System.out.println(mc.size() + " " + mc.get("y") + " " + (Map.copyOf(mc) == mc));
        AbstractMap.SimpleEntry<String, Integer> se = new AbstractMap.SimpleEntry<>("s", 1);
        se.setValue(2);
        AbstractMap.SimpleImmutableEntry<String, Integer> sie = new AbstractMap.SimpleImmutableEntry<>(se);
        System.out.println(se + " " + sie + " " + se.equals(sie) + " " + sie.hashCode());
        t("SimpleImmutableEntry setValue", () -> sie.setValue(3));
        List<Map.Entry<String, Integer>> es = new ArrayList<>(List.of(Map.entry("b", 2), Map.entry("a", 3), Map.entry("c", 1)));
        es.sort(Map.Entry.comparingByKey());
        System.out.println(es);
        es.sort(Map.Entry.comparingByValue());
        System.out.println(es);
        es.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
        System.out.println(es);
    }
}
