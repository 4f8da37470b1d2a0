package corpus.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** HashMap-heavy workload: Integer and String keys, put/get/merge/remove/iteration, resizing. args[0] = operations (thousands). */
public final class HashMapBench {
    public static void main(String[] args) {
        int n = (args.length > 0 ? Integer.parseInt(args[0]) : 100) * 1000;
        long checksum = 0;
        HashMap<Integer, Integer> counts = new HashMap<>();
        int x = 12345;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            int key = (x >>> 8) % (n / 4 + 1);
            counts.merge(key, 1, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) checksum = checksum * 31 + e.getKey() * 7 + e.getValue();
        HashMap<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < n / 4; i++) {
            String k = "w" + (i % 5000);
            index.computeIfAbsent(k, s -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < 5000; i += 3) {
            List<Integer> l = index.get("w" + i);
            checksum += l.size() + l.get(l.size() - 1);
        }
        HashMap<Long, String> churn = new HashMap<>();
        for (int i = 0; i < n / 2; i++) {
            churn.put((long) i * 2654435761L, "v");
            if (i >= 1000) churn.remove((long) (i - 1000) * 2654435761L);
        }
        checksum += churn.size();
        for (Long k : churn.keySet()) checksum ^= k;
        System.out.println("distinct " + counts.size() + " index " + index.size() + " checksum " + checksum);
    }
}
