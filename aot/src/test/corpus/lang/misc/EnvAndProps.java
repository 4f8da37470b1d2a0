package corpus.lang.misc;

/** System.getenv of absent variables, System.lineSeparator, arraycopy, currentTimeMillis/nanoTime monotonic (not printed). */
public class EnvAndProps {
    public static void main(String[] args) {
        System.out.println("absent env: " + System.getenv("MYOS_CORPUS_SURELY_UNSET_VARIABLE"));
        System.out.println("PATH present: " + (System.getenv("PATH") != null));
        System.out.println("line separator: " + (int) System.lineSeparator().charAt(0) + " length " + System.lineSeparator().length());
        long t0 = System.nanoTime();
        long m0 = System.currentTimeMillis();
        long x = 0;
        for (int i = 0; i < 1000000; i++) x += i ^ (x >>> 3);
        long t1 = System.nanoTime();
        System.out.println("nanoTime monotonic: " + (t1 >= t0) + " millis plausible: " + (m0 > 1600000000000L) + " " + x);
    }
}
