package corpus.rt;

/**
 * Deep and wide structures: complete binary trees built and dropped repeatedly while one
 * long-lived tree must survive every collection intact (checked by a checksum that visits
 * every node). Exercises precise marking of object fields and the sweep of many small slots.
 */
public class GcTrees {
    static final class Node {
        Node left, right;
        final int value;
        Node(int value) { this.value = value; }
    }

    static Node build(int depth, int base) {
        Node n = new Node(base);
        if (depth > 0) {
            n.left = build(depth - 1, base * 2);
            n.right = build(depth - 1, base * 2 + 1);
        }
        return n;
    }

    static long sum(Node n) {
        long s = 0;
        while (n != null) {          // iterative on the right spine, recursive on the left
            s += n.value + sum(n.left);
            n = n.right;
        }
        return s;
    }

    public static void main(String[] args) {
        Node keep = build(12, 1);
        long expected = sum(keep);
        long churn = 0;
        for (int round = 0; round < 24; round++) {
            Node t = build(7 + round % 4, round);
            churn += sum(t);
        }
        System.out.println("long-lived tree " + expected + " " + (sum(keep) == expected ? "intact" : "CORRUPTED"));
        System.out.println("churn " + churn);
    }
}
