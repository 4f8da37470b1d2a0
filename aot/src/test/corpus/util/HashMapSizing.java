package corpus.util;

import java.util.*;

/** HashMap/HashSet table sizing through constructors, putAll, clone and copy constructors (visible in iteration order). @gcstress */
public class HashMapSizing {
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 100; i++) nums.add(i * 37 % 211 + (i % 3) * 64);
        Set<Integer> one = new HashSet<>();
        for (Integer n : nums) one.add(n);
        System.out.println(one);
        System.out.println(new HashSet<>(nums));
        System.out.println(new HashSet<>(nums.subList(0, 13)));
        System.out.println(new LinkedHashSet<>(nums.subList(0, 13)));
        for (int cap : new int[] {0, 1, 2, 3, 5, 17, 100}) {
            Map<Integer, Integer> m = new HashMap<>(cap);
            for (int i = 0; i < 13; i++) m.put(i * 31, i);
            System.out.println(cap + ": " + m.keySet());
        }
        Map<Integer, Integer> small = new HashMap<>(2, 4.0f);
        for (int i = 0; i < 20; i++) small.put(i * 5, i);
        System.out.println(small.keySet());
        Map<Integer, Integer> src = new HashMap<>();
        for (int i = 0; i < 30; i++) src.put(i * 129, i);
        Map<Integer, Integer> copy = new HashMap<>(src);
        System.out.println(src.keySet());
        System.out.println(copy.keySet());
        Map<Integer, Integer> target = new HashMap<>();
        target.put(-1, -1);
        target.putAll(src);
        System.out.println(target.keySet());
        @SuppressWarnings("unchecked")
        HashMap<Integer, Integer> cl = (HashMap<Integer, Integer>) ((HashMap<Integer, Integer>) src).clone();
        System.out.println(cl.keySet() + " " + cl.equals(src));
        Map<Object, String> mixed = new HashMap<>();
        mixed.put(Long.MAX_VALUE, "L");
        mixed.put(-0.0, "negzero");
        mixed.put(0.0, "zero");
        mixed.put(Double.NaN, "nan");
        mixed.put(Boolean.FALSE, "f");
        mixed.put('x', "c");
        mixed.put((short) -3, "s");
        mixed.put((byte) 7, "b");
        mixed.put(-1L, "negL");
        mixed.put("", "empty");
        mixed.put(List.of(1, 2), "list");
        mixed.put(Set.of(), "set");
        mixed.put(Map.of(), "map");
        mixed.put(Optional.of(3), "opt");
        System.out.println(mixed + " " + mixed.get(Double.NaN) + " " + mixed.get(-0.0) + " " + mixed.get(new ArrayList<>(List.of(1, 2))));
        Map<String, List<Integer>> groups = new HashMap<>();
        String[] words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split(" ");
        for (int i = 0; i < words.length; i++) groups.computeIfAbsent(words[i].substring(0, 1), k -> new ArrayList<>()).add(i);
        System.out.println(groups);
        Map<Character, Integer> freq = new HashMap<>();
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) freq.merge(c, 1, Integer::sum);
        System.out.println(freq);
        Map<Integer, Integer> shrink = new HashMap<>();
        for (int i = 0; i < 1000; i++) shrink.put(i, i);
        for (int i = 0; i < 1000; i++) if (i % 97 != 0) shrink.remove(i);
        System.out.println(shrink);
    }
}
