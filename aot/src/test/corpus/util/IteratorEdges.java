package corpus.util;

import java.util.*;

/** Iterator removal and view edge cases across collections: descending views, heaps, deques, sublists, tree bins. @gcstress */
public class IteratorEdges {
    static final class Bad implements Comparable<Bad> {
        final int v;

        Bad(int v) {
            this.v = v;
        }

        public int hashCode() {
            return v % 4;
        }

        public boolean equals(Object o) {
            return o instanceof Bad && ((Bad) o).v == v;
        }

        public int compareTo(Bad o) {
            return Integer.compare(v, o.v);
        }

        public String toString() {
            return "B" + v;
        }
    }

    public static void main(String[] args) {
        TreeMap<Integer, Integer> tm = new TreeMap<>();
        for (int i = 0; i < 40; i++) tm.put(i * 3 % 41, i);
        NavigableMap<Integer, Integer> dsub = tm.descendingMap().subMap(35, true, 5, false);
        System.out.println(dsub.keySet());
        Iterator<Map.Entry<Integer, Integer>> it = dsub.entrySet().iterator();
        while (it.hasNext()) if (it.next().getKey() % 2 == 0) it.remove();
        System.out.println(dsub + " " + dsub.size() + " " + tm.size());
        Iterator<Integer> ki = tm.headMap(20, true).descendingKeySet().iterator();
        while (ki.hasNext()) if (ki.next() % 3 == 0) ki.remove();
        System.out.println(tm.keySet());
        tm.tailMap(30).clear();
        tm.headMap(5).values().removeIf(v -> v > 0);
        System.out.println(tm + " " + tm.descendingMap().firstEntry() + " " + tm.descendingMap().pollLastEntry());
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int i = 0; i < 30; i++) pq.add((i * 17) % 31);
        Iterator<Integer> pit = pq.iterator();
        List<Integer> seen = new ArrayList<>();
        while (pit.hasNext()) {
            int v = pit.next();
            seen.add(v);
            if (v % 4 == 1) pit.remove();
        }
        Collections.sort(seen);
        System.out.println(pq + " " + seen.size() + " " + seen.subList(0, 10));
        ArrayDeque<Integer> dq = new ArrayDeque<>(4);
        for (int i = 0; i < 20; i++) {
            if (i % 2 == 0) dq.addFirst(i);
            else dq.addLast(i);
        }
        Iterator<Integer> ddi = dq.descendingIterator();
        while (ddi.hasNext()) if (ddi.next() % 3 == 0) ddi.remove();
        System.out.println(dq);
        Iterator<Integer> dai = dq.iterator();
        while (dai.hasNext()) if (dai.next() % 5 == 0) dai.remove();
        System.out.println(dq + " " + dq.size());
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 150; i++) ll.add(i);
        Collections.rotate(ll, 37);
        Collections.reverse(ll);
        List<Integer> lsub = ll.subList(10, 30);
        lsub.removeIf(x -> x % 2 == 0);
        lsub.add(0, -1);
        ListIterator<Integer> lli = lsub.listIterator(lsub.size());
        while (lli.hasPrevious()) if (lli.previous() % 3 == 0) lli.set(-3);
        System.out.println(ll.subList(0, 40) + " " + ll.size());
        Map<Bad, Integer> hm = new HashMap<>();
        for (int i = 0; i < 100; i++) hm.put(new Bad(i), i);
        Iterator<Bad> hki = hm.keySet().iterator();
        while (hki.hasNext()) if (hki.next().v % 3 == 0) hki.remove();
        System.out.println(hm.keySet());
        for (int i = 0; i < 100; i += 2) hm.remove(new Bad(i));
        System.out.println(hm.keySet() + " " + hm.get(new Bad(97)) + " " + hm.containsKey(new Bad(96)));
        for (int i = 0; i < 100; i++) hm.merge(new Bad(i), 1000, Integer::sum);
        System.out.println(hm);
        Map<Bad, Integer> lhm = new LinkedHashMap<>(hm);
        for (int i = 0; i < 100; i += 7) lhm.remove(new Bad(i));
        lhm.put(new Bad(5), -5);
        System.out.println(lhm.keySet());
        Set<Bad> hs = new HashSet<>(hm.keySet());
        hs.removeIf(b -> b.v > 50);
        System.out.println(hs);
        List<Integer> al = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        ListIterator<Integer> ali = al.listIterator();
        while (ali.hasNext()) {
            int v = ali.next();
            if (v % 2 == 0) ali.remove();
            else if (v % 3 == 0) ali.add(v * 100);
            else ali.set(-v);
        }
        System.out.println(al);
    }
}
