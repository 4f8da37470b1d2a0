package corpus.lang.misc;

/** System.exit(3): buffered output (stdout and stderr, with and without newline) is flushed; finally blocks do not run. */
public class Exit3 {
    public static void main(String[] args) {
        System.out.println("line one");
        System.out.print("partial line ");
        System.out.print(42);
        System.err.print("error without newline");
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 300; i++) big.append(i).append(',');
        System.out.println(big);
        try {
            System.exit(3);
        } finally {
            System.out.println("finally must not run");
        }
    }
}
