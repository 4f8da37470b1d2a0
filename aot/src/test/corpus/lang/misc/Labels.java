package corpus.lang.misc;

/** Labeled break and continue, nested loops, do-while, loops with complex conditions. */
public class Labels {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 5; i++) {
            inner:
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                if ((i + j) % 2 == 0) continue inner;
                sb.append(i).append(j).append(' ');
            }
        }
        System.out.println(sb);
        int found = -1;
        search:
        for (int a = 1; a < 50; a++) {
            for (int b = a; b < 50; b++) {
                for (int c = b; c < 50; c++) {
                    if (a * a + b * b == c * c && a + b + c == 30) {
                        found = a * 10000 + b * 100 + c;
                        break search;
                    }
                }
            }
        }
        System.out.println("triple " + found);
        int n = 0;
        do {
            n += 3;
        } while (n < 20);
        System.out.println("do-while " + n);
        int k = 100;
        do k--; while (false);
        System.out.println(k);
        block:
        {
            if (n > 10) break block;
            System.out.println("skipped");
        }
        int count = 0;
        for (int i = 0, j = 10; i < j; i++, j--) count += j - i;
        System.out.println("two vars " + count);
        int w = 0;
        while (true) {
            if (++w > 7) break;
        }
        System.out.println("while(true) " + w);
        long collatzSteps = 0;
        for (long start = 1; start < 3000; start++) {
            long x = start;
            while (x != 1) {
                x = (x & 1) == 0 ? x / 2 : 3 * x + 1;
                collatzSteps++;
            }
        }
        System.out.println("collatz " + collatzSteps);
        boolean t = true, f = false;
        int side = 0;
        if (f && (side++ > 0)) side += 100;
        if (t || (side++ > 0)) side += 10;
        if (f & (side++ > 0)) side += 100;
        if (t | (side++ > 0)) side += 1000;
        System.out.println("short-circuit " + side + " " + (t ^ f) + " " + (!t));
    }
}
