package corpus.util;

import java.util.*;

/** StringTokenizer: default and custom delimiters, returned delimiters, delimiter change, counts. @gcstress */
public class StringTokenizerOps {
    public static void main(String[] args) {
        StringTokenizer st = new StringTokenizer("  the quick\tbrown\n\nfox  ");
        System.out.println(st.countTokens());
        StringBuilder sb = new StringBuilder();
        while (st.hasMoreTokens()) sb.append('[').append(st.nextToken()).append(']');
        System.out.println(sb + " " + st.countTokens());
        try {
            st.nextToken();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        StringTokenizer csv = new StringTokenizer("a,b,,c;d", ",;", true);
        sb.setLength(0);
        while (csv.hasMoreElements()) sb.append('<').append(csv.nextElement()).append('>');
        System.out.println(sb);
        StringTokenizer change = new StringTokenizer("key=value;other=thing");
        System.out.println(change.nextToken("=") + " | " + change.nextToken(";") + " | " + change.nextToken("=;") + " | " + change.countTokens() + " | " + change.nextToken());
        StringTokenizer empty = new StringTokenizer("");
        System.out.println(empty.hasMoreTokens() + " " + empty.countTokens());
        StringTokenizer nums = new StringTokenizer("10 20 30 40");
        int sum = 0;
        while (nums.hasMoreTokens()) sum += Integer.parseInt(nums.nextToken());
        System.out.println(sum);
    }
}
