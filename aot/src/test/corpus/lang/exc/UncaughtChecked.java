package corpus.lang.exc;

/** A checked custom exception without message escaping main; a finally on the way out runs first. */
public class UncaughtChecked {
    static class MyException extends Exception { }

    public static void main(String[] args) throws Exception {
        try {
            System.out.println("working");
            throw new MyException();
        } finally {
            System.out.println("finally runs before the uncaught handler");
        }
    }
}
