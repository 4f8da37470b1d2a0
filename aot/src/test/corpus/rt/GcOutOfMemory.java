package corpus.rt;

/**
 * Running out of heap is an OutOfMemoryError ("Java heap space"), not a crash, and the
 * program goes on after catching it: an array larger than the default heap of either side
 * (16 GiB) fails, a smaller one right after succeeds.
 */
public class GcOutOfMemory {
    public static void main(String[] args) {
        try {
            long[] huge = new long[Integer.MAX_VALUE - 16];
            System.out.println("allocated " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught: " + e.getMessage());
        }
        int[] after = new int[1000];
        after[999] = 42;
        System.out.println("still works: " + after[999]);
    }
}
