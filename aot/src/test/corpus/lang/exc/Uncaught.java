package corpus.lang.exc;

/** An exception ending main: "Exception in thread "main" ..." on stderr, exit status 1, stdout flushed first. */
public class Uncaught {
    static void fail(int depth) {
        if (depth == 0) throw new IllegalStateException("boom");
        fail(depth - 1);
    }

    public static void main(String[] args) {
        System.out.println("before");
        System.out.print("no newline yet");
        System.err.println("to stderr");
        fail(5);
    }
}
