package corpus.lang.misc;

/** Interleaved System.out/System.err output, printStackTrace-free error reporting, print of every type on both streams. */
public class StdErr {
    public static void main(String[] args) {
        System.out.println("out 1");
        System.err.println("err 1");
        System.err.print('c');
        System.err.print(1);
        System.err.print(2L);
        System.err.print(1.5f);
        System.err.print(2.5);
        System.err.print(true);
        System.err.print((Object) null);
        System.err.print(new char[] {'x', 'y'});
        System.err.println();
        System.out.print("no newline at end of stdout");
        System.err.println("err \u00e9\u4e2d");
        System.out.println();
        System.out.println((String) null);
        System.out.println((Object) null);
        System.out.println(new char[] {'o', 'k'});
        System.out.println(-0.0f);
        System.out.println('\u00e9');
        System.out.write('W');
        System.out.write('\n');
        System.out.flush();
        byte[] raw = "raw bytes\n".getBytes();
        System.out.write(raw, 0, raw.length);
        System.err.println("last line to stderr");
    }
}
