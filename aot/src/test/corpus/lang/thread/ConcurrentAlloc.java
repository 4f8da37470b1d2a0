package corpus.lang.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Several threads allocating concurrently (lists, maps, strings, arrays) with a deterministic combined result. @gcstress */
public class ConcurrentAlloc {
    static final class Node {
        final int value;
        final Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static long work(int seed, int rounds) {
        long acc = 0;
        for (int r = 0; r < rounds; r++) {
            List<String> strs = new ArrayList<>();
            for (int i = 0; i < 50; i++) strs.add("s" + seed + "-" + r + "-" + i);
            HashMap<String, Integer> map = new HashMap<>();
            for (String s : strs) map.put(s, s.length());
            Node head = null;
            for (int i = 0; i < 100; i++) head = new Node(i ^ seed, head);
            for (Node n = head; n != null; n = n.next) acc += n.value;
            for (String s : strs) acc += map.get(s);
            int[] arr = new int[64 + r % 64];
            arr[arr.length - 1] = r;
            acc += arr.length + arr[arr.length - 1];
        }
        return acc;
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = 4;
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long[] results = new long[threads];
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int id = i;
            ts[i] = new Thread(() -> results[id] = work(id, rounds), "alloc-" + i);
        }
        for (Thread t : ts) t.start();
        long mainPart = work(99, rounds);
        for (Thread t : ts) t.join();
        long total = mainPart;
        for (int i = 0; i < threads; i++) {
            System.out.println("thread " + i + ": " + results[i]);
            total += results[i];
        }
        System.out.println("total " + total);
    }
}
