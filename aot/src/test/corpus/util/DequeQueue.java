package corpus.util;

import java.util.*;

/** ArrayDeque, LinkedList as List/Deque, PriorityQueue heap order (array order shown by toString). @gcstress */
public class DequeQueue {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        ArrayDeque<Integer> d = new ArrayDeque<>();
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) d.addFirst(i);
            else d.addLast(i);
        }
        System.out.println(d + " " + d.size() + " " + d.peekFirst() + " " + d.peekLast() + " " + d.getFirst() + " " + d.getLast());
        System.out.println(d.pollFirst() + " " + d.pollLast() + " " + d.pop() + " " + d.removeLast() + " " + d);
        d.push(100);
        d.offer(200);
        d.offerFirst(-1);
        System.out.println(d + " " + d.contains(200) + " " + d.removeFirstOccurrence(3) + " " + d.removeLastOccurrence(99) + " " + d);
        Iterator<Integer> di = d.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) sb.append(di.next()).append(' ');
        System.out.println(sb);
        Iterator<Integer> it = d.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println(d);
        d.removeIf(x -> x > 50);
        System.out.println(d + " " + Arrays.toString(d.toArray()));
        t("addFirst null", () -> new ArrayDeque<String>().addFirst(null));
        t("removeFirst empty", () -> new ArrayDeque<String>().removeFirst());
        t("element empty", () -> new ArrayDeque<String>().element());
        t("pop empty", () -> new ArrayDeque<String>().pop());
        System.out.println(new ArrayDeque<String>().poll() + " " + new ArrayDeque<String>().peek());
        ArrayDeque<String> big = new ArrayDeque<>(2);
        for (int i = 0; i < 1000; i++) {
            big.addLast("x" + i);
            if (i % 3 == 0) big.pollFirst();
            if (i % 7 == 0) big.addFirst("f" + i);
        }
        System.out.println(big.size() + " " + big.peekFirst() + " " + big.peekLast());
        LinkedList<String> ll = new LinkedList<>(List.of("b", "c"));
        ll.addFirst("a");
        ll.addLast("d");
        ll.add(2, "bc");
        System.out.println(ll + " " + ll.get(2) + " " + ll.indexOf("d") + " " + ll.getFirst() + ll.getLast() + " " + ll.peekLast() + " " + ll.element());
        System.out.println(ll.removeFirst() + ll.removeLast() + ll.remove(1) + " " + ll + " " + ll.pollLast() + " " + ll);
        t("LinkedList get", () -> ll.get(5));
        t("LinkedList add", () -> ll.add(9, "q"));
        t("LinkedList empty getFirst", () -> new LinkedList<String>().getFirst());
        t("LinkedList empty remove", () -> new LinkedList<String>().remove());
        ListIterator<String> li = ll.listIterator();
        li.add("start");
        li.next();
        li.set("B");
        li.add("after");
        System.out.println(ll + " " + li.nextIndex() + " " + li.previousIndex());
        while (li.hasPrevious()) li.previous();
        li.next();
        li.remove();
        System.out.println(ll);
        t("LinkedList CME", () -> {
            for (String s : ll) ll.add(s);
        });
        LinkedList<Integer> nums = new LinkedList<>();
        for (int i = 0; i < 50; i++) nums.add(i % 7);
        nums.removeIf(x -> x == 3);
        nums.removeFirstOccurrence(0);
        nums.removeLastOccurrence(6);
        System.out.println(nums.size() + " " + nums.subList(10, 20) + " " + nums.equals(new ArrayList<>(nums)) + " " + nums.hashCode());
        Iterator<Integer> rev = nums.descendingIterator();
        sb.setLength(0);
        for (int i = 0; i < 8 && rev.hasNext(); i++) sb.append(rev.next());
        System.out.println(sb);
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {42, 7, 19, 3, 25, 3, 88, 1, 56, 14, 9, 31};
        for (int v : vals) pq.offer(v);
        System.out.println(pq + " peek=" + pq.peek() + " size=" + pq.size());
        pq.remove(19);
        pq.remove(99);
        System.out.println(pq);
        sb.setLength(0);
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb);
        PriorityQueue<String> ps = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        ps.addAll(List.of("pear", "fig", "apple", "kiwi", "banana", "date", "plum", "a"));
        System.out.println(ps + " " + ps.comparator().compare("aa", "b"));
        Iterator<String> pit = ps.iterator();
        while (pit.hasNext()) if (pit.next().length() == 4) pit.remove();
        System.out.println(ps);
        PriorityQueue<Integer> heapified = new PriorityQueue<>(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1));
        System.out.println(heapified);
        heapified.removeIf(x -> x % 3 == 0);
        System.out.println(heapified + " " + heapified.contains(4) + " " + Arrays.toString(heapified.toArray()));
        PriorityQueue<Integer> fromPq = new PriorityQueue<>(heapified);
        PriorityQueue<Integer> fromSorted = new PriorityQueue<>(new TreeSet<>(List.of(5, 1, 3)));
        System.out.println(fromPq + " " + fromSorted);
        t("pq null", () -> new PriorityQueue<String>().add(null));
        t("pq capacity", () -> new PriorityQueue<String>(0));
        t("pq element empty", () -> new PriorityQueue<String>().element());
        t("pq incomparable", () -> {
            PriorityQueue<Object> q = new PriorityQueue<>();
            q.add(new Object());
            q.add(new Object());
        });
        Random r = new Random(99);
        PriorityQueue<Integer> rq = new PriorityQueue<>(Collections.reverseOrder());
        for (int i = 0; i < 200; i++) {
            rq.add(r.nextInt(1000));
            if (i % 5 == 0) rq.poll();
        }
        System.out.println(rq.size() + " " + rq.peek() + " " + new ArrayList<>(rq).subList(0, 10));
    }
}
