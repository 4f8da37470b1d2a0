package corpus.lang.gc;

import java.util.ArrayList;
import java.util.List;

/** String-heavy churn with a rotating live window; a moderate run that also goes through GC-stress mode. @gcstress */
public class GcStrings {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        List<String> window = new ArrayList<>();
        long h = 0;
        for (int i = 0; i < n; i++) {
            String s = "item-" + i + "-" + (i * 31 % 977) + (i % 3 == 0 ? "-fizz" : "") + (i % 5 == 0 ? "-buzz" : "");
            StringBuilder sb = new StringBuilder(s).reverse();
            window.add(sb.toString());
            if (window.size() > 500) window.remove(0);
            h = h * 31 + s.hashCode();
        }
        long wh = 0;
        for (String s : window) wh += s.hashCode();
        System.out.println("h " + h + " window " + window.size() + " " + wh + " first " + window.get(0));
    }
}
