package corpus.util;

import java.util.*;

/** Allocation-heavy collection workload: far more garbage than live data; checksums only. */
public class CollectionsStress {
    public static void main(String[] args) {
        Random r = new Random(2026);
        long check = 0;
        for (int round = 0; round < 5; round++) {
            Map<String, List<Integer>> m = new HashMap<>();
            for (int i = 0; i < 60000; i++) {
                String k = "k" + r.nextInt(20000);
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
            for (Map.Entry<String, List<Integer>> e : m.entrySet()) check = check * 31 + e.getKey().hashCode() + e.getValue().size();
            TreeMap<Integer, String> t = new TreeMap<>();
            for (int i = 0; i < 30000; i++) t.put(r.nextInt(1 << 20), "v" + i);
            while (t.size() > 1000) t.pollFirstEntry();
            check += t.firstKey() + t.lastKey();
            LinkedList<int[]> ll = new LinkedList<>();
            for (int i = 0; i < 20000; i++) {
                ll.add(new int[] {i, i * i});
                if (i % 3 == 0) ll.removeFirst();
            }
            check += ll.size() + ll.getLast()[1];
            int[] arr = new int[200000];
            for (int i = 0; i < arr.length; i++) arr[i] = r.nextInt();
            Arrays.sort(arr);
            check += arr[arr.length / 3];
            Integer[] boxed = new Integer[50000];
            for (int i = 0; i < boxed.length; i++) boxed[i] = r.nextInt(1000);
            Arrays.sort(boxed, Comparator.reverseOrder());
            check += boxed[100] + boxed[49999];
            PriorityQueue<Long> pq = new PriorityQueue<>();
            for (int i = 0; i < 50000; i++) pq.add(r.nextLong() >>> 20);
            for (int i = 0; i < 25000; i++) check ^= pq.poll();
            Set<List<Integer>> sets = new HashSet<>();
            for (int i = 0; i < 20000; i++) sets.add(List.of(r.nextInt(100), r.nextInt(100)));
            check += sets.size();
            ArrayDeque<String> dq = new ArrayDeque<>();
            for (int i = 0; i < 100000; i++) {
                dq.addLast(Integer.toString(i));
                if (dq.size() > 50) dq.pollFirst();
            }
            check += dq.peekFirst().length();
            System.out.println("round " + round + " check " + check);
        }
    }
}
