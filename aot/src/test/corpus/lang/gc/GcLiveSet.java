package corpus.lang.gc;

import java.util.ArrayList;
import java.util.HashMap;

/** Many live objects at once (a 2M-node linked list, a map of 200k entries) surviving repeated collections triggered by churn. */
public class GcLiveSet {
    static final class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    public static void main(String[] args) {
        Node head = null;
        for (int i = 0; i < 2_000_000; i++) head = new Node(i, head);
        HashMap<Integer, String> map = new HashMap<>();
        for (int i = 0; i < 200_000; i++) map.put(i, "v" + i);
        long garbage = 0;
        for (int r = 0; r < 3_000_000; r++) {
            int[] tmp = new int[16];
            tmp[r & 15] = r;
            garbage += tmp[r & 15];
            if (r % 1_000_000 == 0) {
                ArrayList<String> strs = new ArrayList<>();
                for (int k = 0; k < 100_000; k++) strs.add(Integer.toString(k));
                garbage += strs.size();
            }
        }
        long sum = 0;
        int count = 0;
        for (Node n = head; n != null; n = n.next) {
            sum += n.value;
            count++;
        }
        long mapSum = 0;
        for (int i = 0; i < 200_000; i += 997) mapSum += map.get(i).length();
        System.out.println("list " + count + " " + sum);
        System.out.println("map " + map.size() + " " + mapSum + " " + map.get(123456));
        System.out.println("garbage " + garbage);
    }
}
