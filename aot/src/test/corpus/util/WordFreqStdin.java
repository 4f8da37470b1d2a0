package corpus.util;

import java.util.*;

/** Reads text from standard input with Scanner; word frequencies via HashMap/TreeMap/PriorityQueue. @gcstress */
public class WordFreqStdin {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int lines = 0;
        Map<String, Integer> freq = new HashMap<>();
        List<Integer> numbers = new ArrayList<>();
        while (in.hasNextLine()) {
            String line = in.nextLine();
            lines++;
            StringTokenizer st = new StringTokenizer(line, " \t.,;:!?()\"'-");
            while (st.hasMoreTokens()) {
                String w = st.nextToken().toLowerCase();
                boolean digits = !w.isEmpty();
                for (int i = 0; i < w.length(); i++) digits &= Character.isDigit(w.charAt(i));
                if (digits) numbers.add(Integer.parseInt(w));
                else freq.merge(w, 1, Integer::sum);
            }
        }
        System.out.println("lines=" + lines + " distinct=" + freq.size() + " numbers=" + numbers);
        System.out.println(freq);
        TreeMap<String, Integer> sorted = new TreeMap<>(freq);
        System.out.println(sorted.headMap("c") + " " + sorted.firstKey() + " " + sorted.lastKey());
        PriorityQueue<Map.Entry<String, Integer>> top = new PriorityQueue<>(
                Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        top.addAll(freq.entrySet());
        StringJoiner j = new StringJoiner(", ", "top: ", "");
        for (int i = 0; i < 8 && !top.isEmpty(); i++) j.add(top.poll().toString());
        System.out.println(j);
        Map<Integer, List<String>> byLen = new TreeMap<>(Comparator.reverseOrder());
        for (String w : freq.keySet()) byLen.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        for (List<String> ws : byLen.values()) Collections.sort(ws);
        System.out.println(byLen);
        Collections.sort(numbers);
        System.out.println(numbers + " max=" + (numbers.isEmpty() ? "none" : Collections.max(numbers)));
    }
}
