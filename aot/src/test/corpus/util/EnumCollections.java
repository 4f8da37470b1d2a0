package corpus.util;

import java.util.*;

/** EnumSet and EnumMap: ordinal iteration order, ranges, complements, null values, type errors. @gcstress */
public class EnumCollections {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        TIMES { int apply(int a, int b) { return a * b; } };

        abstract int apply(int a, int b);
    }

    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> work = EnumSet.complementOf(weekend);
        EnumSet<Day> mid = EnumSet.range(Day.TUE, Day.THU);
        System.out.println(weekend + " " + work + " " + mid + " " + EnumSet.allOf(Day.class) + " " + EnumSet.noneOf(Day.class));
        System.out.println(work.contains(Day.MON) + " " + work.contains(Day.SAT) + " " + work.size() + " " + mid.containsAll(EnumSet.of(Day.WED)) + " " + weekend.equals(Set.of(Day.SAT, Day.SUN)));
        work.removeAll(mid);
        work.add(Day.SUN);
        work.remove(Day.MON);
        System.out.println(work + " " + EnumSet.copyOf(List.of(Day.FRI, Day.MON)) + " " + EnumSet.of(Day.WED, Day.MON, Day.FRI, Day.TUE, Day.SUN, Day.SAT));
        Iterator<Day> it = work.iterator();
        while (it.hasNext()) if (it.next() == Day.FRI) it.remove();
        System.out.println(work + " " + EnumSet.of(Op.TIMES, Op.PLUS) + " " + EnumSet.allOf(Op.class).size());
        t("range backwards", () -> EnumSet.range(Day.FRI, Day.MON));
        t("copyOf empty", () -> EnumSet.copyOf(new ArrayList<Day>()));
        t("add null", () -> weekend.add(null));
        t("wrong type", () -> ((Set) weekend).add(Op.PLUS));
        EnumMap<Day, String> plan = new EnumMap<>(Day.class);
        plan.put(Day.FRI, "party");
        plan.put(Day.MON, "work");
        plan.put(Day.WED, null);
        plan.put(Day.SUN, "rest");
        System.out.println(plan + " " + plan.size() + " " + plan.get(Day.WED) + " " + plan.containsKey(Day.WED) + " " + plan.containsKey(Day.TUE) + " " + plan.containsValue(null) + " " + plan.get("MON"));
        System.out.println(plan.keySet() + " " + plan.values() + " " + plan.entrySet());
        plan.remove(Day.MON);
        plan.merge(Day.FRI, "!", String::concat);
        plan.computeIfAbsent(Day.TUE, d -> d.name().toLowerCase());
        for (Map.Entry<Day, String> e : plan.entrySet()) if (e.getKey() == Day.SUN) e.setValue("sleep");
        System.out.println(plan + " " + new EnumMap<>(plan).equals(plan) + " " + new EnumMap<>(Map.of(Op.TIMES, 2)));
        Map<Op, Integer> results = new EnumMap<>(Op.class);
        for (Op op : Op.values()) results.put(op, op.apply(6, 7));
        System.out.println(results);
        t("null key", () -> plan.put(null, "x"));
        t("empty map copy", () -> new EnumMap<Day, String>(new HashMap<Day, String>()));
        t("wrong key type", () -> ((Map) plan).put(Op.PLUS, "x"));
        plan.keySet().removeIf(d -> d.ordinal() > 3);
        System.out.println(plan + " " + plan.isEmpty());
    }
}
