package corpus.util;

import java.io.ByteArrayInputStream;
import java.util.*;

/** Scanner over a String and an InputStream: tokens, lines, numbers, mismatches, end of input. @gcstress */
public class ScannerBasic {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Scanner s = new Scanner("12 -7 +3 hello 2.5 true\nsecond line here\r\n\nlast 99999999999 1e3 NaN");
        System.out.println(s.nextInt() + " " + s.nextInt() + " " + s.hasNextInt() + " " + s.nextInt() + " " + s.hasNextInt() + " " + s.next() + " " + s.hasNextDouble() + " " + s.nextDouble() + " " + s.hasNextBoolean() + " " + s.nextBoolean());
        System.out.println("[" + s.nextLine() + "]");
        System.out.println("[" + s.nextLine() + "]");
        System.out.println("[" + s.nextLine() + "]");
        System.out.println(s.next() + " " + s.hasNextInt() + " " + s.hasNextLong());
        t("nextInt overflow", () -> s.nextInt());
        System.out.println(s.nextLong() + " " + s.nextDouble() + " " + s.nextDouble() + " " + s.hasNext() + " " + s.hasNextLine());
        t("next at end", () -> s.next());
        t("nextLine at end", () -> s.nextLine());
        Scanner m = new Scanner("abc 5");
        t("nextInt mismatch", () -> m.nextInt());
        System.out.println(m.next() + " " + m.nextInt());
        m.close();
        t("closed", () -> m.hasNext());
        Scanner in = new Scanner(new ByteArrayInputStream("3\n10 20 30\nname: Zoë\n  padded  \n".getBytes()));
        int n = in.nextInt();
        long sum = 0;
        for (int i = 0; i < n; i++) sum += in.nextInt();
        in.nextLine();
        System.out.println(n + " " + sum + " [" + in.nextLine() + "] [" + in.nextLine() + "] " + in.hasNextLine());
        Scanner words = new Scanner("a b  c\td\n e");
        List<String> toks = new ArrayList<>();
        while (words.hasNext()) toks.add(words.next());
        System.out.println(toks);
        Scanner lines = new Scanner("x\ny\n");
        int count = 0;
        while (lines.hasNextLine()) {
            lines.nextLine();
            count++;
        }
        System.out.println("lines " + count);
    }
}
