package corpus.lang.exc;

/** An Error with a multi-word message escaping main. */
public class UncaughtError {
    public static void main(String[] args) {
        int[] a = new int[2];
        System.out.println("sum " + (a[0] + a[1]));
        throw new AssertionError("invariant broken: " + a.length);
    }
}
