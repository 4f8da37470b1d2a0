package corpus.util;

import java.util.*;

/** Vector, Stack, Enumeration and Collections.list/enumeration. @gcstress */
public class VectorStack {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Vector<String> v = new Vector<>(2, 3);
        for (int i = 0; i < 7; i++) v.addElement("e" + i);
        System.out.println(v + " " + v.size() + " " + v.capacity() + " " + v.firstElement() + " " + v.lastElement() + " " + v.elementAt(3) + " " + v.indexOf("e4", 2) + " " + v.lastIndexOf("e1", 5));
        v.insertElementAt("ins", 1);
        v.removeElementAt(0);
        v.setElementAt("set", 2);
        v.removeElement("e6");
        System.out.println(v + " " + v.contains("ins"));
        t("get 99", () -> v.get(99));
        t("elementAt 99", () -> v.elementAt(99));
        t("insertElementAt 99", () -> v.insertElementAt("x", 99));
        t("removeElementAt 99", () -> v.removeElementAt(99));
        t("remove 99", () -> v.remove(99));
        t("firstElement empty", () -> new Vector<String>().firstElement());
        Enumeration<String> en = v.elements();
        StringBuilder sb = new StringBuilder();
        while (en.hasMoreElements()) sb.append(en.nextElement()).append('/');
        System.out.println(sb);
        t("enumeration end", en::nextElement);
        v.setSize(8);
        System.out.println(v + " " + v.size());
        v.setSize(3);
        v.sort(Comparator.reverseOrder());
        System.out.println(v + " " + v.subList(1, 3) + " " + v.equals(List.of("set", "ins", "e2")));
        Vector<Integer> vi = new Vector<>(List.of(5, 2, 8, 1));
        vi.removeIf(x -> x > 4);
        vi.add(0, 9);
        Object[] arr = new Object[4];
        vi.copyInto(arr);
        System.out.println(vi + " " + Arrays.toString(arr) + " " + vi.hashCode());
        Stack<Integer> st = new Stack<>();
        for (int i = 1; i <= 5; i++) st.push(i * i);
        System.out.println(st + " " + st.peek() + " " + st.pop() + " " + st.pop() + " " + st + " " + st.search(1) + " " + st.search(4) + " " + st.search(99) + " " + st.empty());
        while (!st.empty()) st.pop();
        t("pop empty", st::pop);
        t("peek empty", st::peek);
        List<String> back = Collections.list(Collections.enumeration(List.of("x", "y", "z")));
        System.out.println(back + " " + Collections.emptyEnumeration().hasMoreElements());
        Iterator<String> ai = Collections.enumeration(back).asIterator();
        while (ai.hasNext()) System.out.print(ai.next());
        System.out.println();
    }
}
