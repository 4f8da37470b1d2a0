package corpus.util;

import java.util.*;

/** IdentityHashMap: reference equality for keys, null key, removal with probing, views (no order printed). @gcstress */
public class IdentityMapOps {
    public static void main(String[] args) {
        IdentityHashMap<String, Integer> m = new IdentityHashMap<>();
        String a1 = new String("a");
        String a2 = new String("a");
        m.put(a1, 1);
        m.put(a2, 2);
        m.put(null, 0);
        System.out.println(m.size() + " " + m.get(a1) + " " + m.get(a2) + " " + m.get("a") + " " + m.get(null) + " " + m.containsKey(new String("a")) + " " + m.containsValue(2));
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Object k = new Object();
            keys.add(k);
            m.put(String.valueOf(i).intern() == null ? null : new String("k" + i), i);
        }
        System.out.println(m.size());
        IdentityHashMap<Object, Integer> om = new IdentityHashMap<>();
        for (int i = 0; i < keys.size(); i++) om.put(keys.get(i), i);
        int ok = 0;
        for (int i = 0; i < keys.size(); i++) if (om.get(keys.get(i)) == i) ok++;
        for (int i = 0; i < keys.size(); i += 2) om.remove(keys.get(i));
        int ok2 = 0;
        for (int i = 1; i < keys.size(); i += 2) if (om.get(keys.get(i)) == i) ok2++;
        System.out.println(ok + " " + ok2 + " " + om.size());
        Iterator<Map.Entry<Object, Integer>> it = om.entrySet().iterator();
        int removed = 0;
        while (it.hasNext()) {
            Map.Entry<Object, Integer> e = it.next();
            if (e.getValue() % 3 == 0) {
                it.remove();
                removed++;
            }
        }
        long sum = 0;
        for (Integer v : om.values()) sum += v;
        System.out.println(removed + " " + om.size() + " " + sum);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Integer big1 = 1000;
        Integer big2 = Integer.valueOf(1000).intValue() + 0;
        seen.add(big1);
        seen.add(big1);
        System.out.println(seen.size() + " " + seen.contains(big1));
        IdentityHashMap<String, String> single = new IdentityHashMap<>();
        single.put("k", "v");
        System.out.println(single + " " + single.equals(Map.of("k", "v")) + " " + new IdentityHashMap<>(single).size());
    }
}
