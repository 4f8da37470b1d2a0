package corpus.lang.lambda;

import java.util.ArrayList;
import java.util.List;

/** Local records, enums and interfaces (Java 16), static members in inner classes, lambdas in local types. */
public class LocalTypes {
    public static void main(String[] args) {
        record Pair(String k, int v) {
            Pair {
                k = k.toUpperCase();
            }
        }
        enum Level { LOW, MID, HIGH }
        interface Scorer { int score(Pair p); }
        Scorer s = p -> p.v() * (p.k().length());
        List<Pair> ps = new ArrayList<>();
        String[] names = {"a", "bb", "ccc"};
        for (int i = 0; i < names.length; i++) ps.add(new Pair(names[i], i + 1));
        int total = 0;
        for (Pair p : ps) total += s.score(p);
        System.out.println(ps + " " + total);
        for (Level l : Level.values()) {
            String d = switch (l) {
                case LOW -> "low";
                case MID -> "mid";
                case HIGH -> "high";
            };
            System.out.print(d + l.ordinal() + " ");
        }
        System.out.println();
        class Acc {
            static int created;   // static member of a local class (allowed since Java 16)
            int sum;
            Acc() { created++; }
        }
        Acc a = new Acc(), b = new Acc();
        a.sum = 1;
        b.sum = 2;
        System.out.println("created " + Acc.created + " " + (a.sum + b.sum));
    }
}
