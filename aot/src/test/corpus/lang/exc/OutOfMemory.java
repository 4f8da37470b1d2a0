package corpus.lang.exc;

/** OutOfMemoryError is an exception, not a crash: a 16 TiB request fails, the program catches it and continues allocating. */
public class OutOfMemory {
    public static void main(String[] args) {
        try {
            long[][] huge = new long[1000][Integer.MAX_VALUE - 8];   // 16 GiB per row
            System.out.println("allocated?! " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e.getClass().getName());
        }
        int[] after = new int[1000];
        after[999] = 7;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append(i % 10);
        System.out.println("still fine " + after[999] + " " + sb.length());
    }
}
