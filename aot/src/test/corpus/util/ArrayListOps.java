package corpus.util;

import java.util.*;

/** ArrayList: growth, index errors (JDK messages), iterators and CME, subList views, bulk ops. */
public class ArrayListOps {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<Integer> a = new ArrayList<>();
        for (int i = 0; i < 25; i++) a.add(i * 3 % 17);
        System.out.println(a + " size=" + a.size());
        System.out.println("get(5)=" + a.get(5) + " indexOf(9)=" + a.indexOf(9) + " lastIndexOf(0)=" + a.lastIndexOf(0));
        t("get(25)", () -> a.get(25));
        t("get(-1)", () -> a.get(-1));
        t("set(30)", () -> a.set(30, 1));
        t("add(26,x)", () -> a.add(26, 1));
        t("remove(99)", () -> a.remove(99));
        t("new ArrayList(-1)", () -> new ArrayList<Integer>(-1));
        a.add(0, 100);
        a.add(a.size(), 200);
        System.out.println(a.remove(1) + " " + a.remove(Integer.valueOf(200)) + " " + a.remove(Integer.valueOf(12345)));
        System.out.println(a);
        a.removeIf(x -> x % 2 == 0);
        System.out.println("odd: " + a);
        a.replaceAll(x -> x * 10);
        System.out.println("x10: " + a);
        a.sort(null);
        System.out.println("sorted: " + a);
        a.sort(Comparator.reverseOrder());
        System.out.println("reversed: " + a);
        System.out.println("contains 30: " + a.contains(30) + ", 31: " + a.contains(31));
        List<Integer> sub = a.subList(2, 6);
        System.out.println("sub " + sub + " " + sub.size());
        sub.set(0, -1);
        sub.remove(1);
        sub.add(77);
        System.out.println("after sub edits " + a + " sub=" + sub);
        sub.clear();
        System.out.println("after sub.clear " + a);
        t("subList(3,1)", () -> a.subList(3, 1));
        t("subList(-1,1)", () -> a.subList(-1, 1));
        t("subList(0,99)", () -> a.subList(0, 99));
        List<Integer> sub2 = a.subList(0, 2);
        a.add(5);
        t("stale subList", () -> sub2.size());
        t("CME foreach", () -> {
            for (Integer x : a) if (x == 5) a.add(6);
        });
        t("CME forEach", () -> a.forEach(x -> { if (a.size() < 100) a.add(1); }));
        Iterator<Integer> it = a.iterator();
        t("remove before next", it::remove);
        while (it.hasNext()) if (it.next() > 50) it.remove();
        System.out.println("iter removed >50: " + a);
        t("next past end", it::next);
        ListIterator<Integer> li = a.listIterator(a.size());
        StringBuilder sb = new StringBuilder();
        while (li.hasPrevious()) sb.append(li.previousIndex()).append(':').append(li.previous()).append(' ');
        System.out.println(sb);
        li.add(-5);
        li.next();
        li.set(-6);
        System.out.println(a + " nextIndex=" + li.nextIndex());
        t("listIterator(99)", () -> a.listIterator(99));
        List<String> s = new ArrayList<>(List.of("x", "y", "z"));
        List<String> s2 = new ArrayList<>(s);
        System.out.println(s.equals(s2) + " " + (s.hashCode() == s2.hashCode()) + " " + s.hashCode());
        s2.add(null);
        System.out.println(s2 + " " + s2.indexOf(null) + " " + s2.contains(null) + " " + s2.hashCode());
        Object[] arr = s.toArray();
        String[] sa = s.toArray(new String[0]);
        String[] big = s.toArray(new String[5]);
        System.out.println(arr.length + " " + sa.length + " " + sa.getClass().getSimpleName() + " " + Arrays.toString(big));
        s.addAll(1, List.of("p", "q"));
        System.out.println(s + " " + s.containsAll(List.of("p", "z")));
        s.retainAll(List.of("x", "q", "zz"));
        System.out.println("retain " + s);
        s.removeAll(List.of("x"));
        System.out.println("removeAll " + s + " empty=" + s.isEmpty());
        s.clear();
        System.out.println(s + " " + s.isEmpty());
        List<Object> self = new ArrayList<>();
        self.add(self);
        self.add(1);
        System.out.println(self);
        ArrayList<Integer> big2 = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < 100000; i++) big2.add(i);
        for (int i = 0; i < big2.size(); i += 7) sum += big2.get(i);
        big2.subList(10, 99990).clear();
        System.out.println(sum + " " + big2);
        @SuppressWarnings("unchecked")
        ArrayList<Integer> cl = (ArrayList<Integer>) big2.clone();
        cl.add(1);
        System.out.println(cl.size() + " " + big2.size());
        t("sub.sort", () -> {
            List<Integer> l = new ArrayList<>(List.of(5, 4, 3, 2, 1));
            l.subList(1, 4).sort(null);
            System.out.println(l);
        });
    }
}
