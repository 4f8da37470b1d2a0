package corpus.util;

import java.util.*;

/** Hashtable: iteration order across rehashes, null rejection, enumerations, views. @gcstress */
public class HashtableOrder {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Hashtable<String, Integer> h = new Hashtable<>();
        for (int i = 0; i < 40; i++) {
            h.put("k" + i, i);
            if (i == 7 || i == 8 || i == 17 || i == 39) System.out.println(h);
        }
        h.remove("k5");
        h.put("k6", 66);
        System.out.println(h.keySet());
        System.out.println(h.values());
        Enumeration<String> keys = h.keys();
        StringBuilder sb = new StringBuilder();
        while (keys.hasMoreElements()) sb.append(keys.nextElement()).append(',');
        System.out.println(sb);
        System.out.println(h.get("k3") + " " + h.containsKey("k5") + " " + h.contains(66) + " " + h.getOrDefault("zz", -1) + " " + h.size());
        t("put null value", () -> h.put("x", null));
        t("get null key", () -> h.get(null));
        t("contains null", () -> h.contains(null));
        t("CME", () -> {
            for (String k : h.keySet()) h.put(k + "x", 1);
        });
        Hashtable<Integer, String> hi = new Hashtable<>(Map.of(1, "a", 2, "b", 3, "c"));
        hi.merge(2, "!", String::concat);
        hi.computeIfAbsent(40, k -> "forty");
        hi.putIfAbsent(1, "z");
        System.out.println(hi + " " + hi.equals(new HashMap<>(hi)) + " " + hi.hashCode());
        Iterator<Map.Entry<Integer, String>> it = hi.entrySet().iterator();
        while (it.hasNext()) if (it.next().getKey() % 2 == 0) it.remove();
        System.out.println(hi);
        @SuppressWarnings("unchecked")
        Hashtable<Integer, String> cl = (Hashtable<Integer, String>) hi.clone();
        cl.put(99, "n");
        System.out.println(hi + " " + cl);
    }
}
