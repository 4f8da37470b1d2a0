package corpus.lang.str;

/** switch on strings, including hash collisions ("Aa"/"BB", "AaAa"/"BBBB"/"AaBB"), default, fall-through, null. */
public class StringSwitch {
    static int classify(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "BBAa": return 6;
            case "": return 7;
            case "hello":
            case "world": return 8;
            case "fall":
                System.out.print("[fall]");
            case "through":
                return 9;
            default: return -1;
        }
    }

    static String yielding(String s) {
        return switch (s) {
            case "one", "uno" -> "1";
            case "two" -> {
                String r = "2";
                yield r + r;
            }
            case "Ea", "FB" -> "collide";
            default -> "?" + s.length();
        };
    }

    public static void main(String[] args) {
        String[] in = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "world", "fall", "through", "Ab", "C#", "AaAaAa"};
        for (String s : in) System.out.println("'" + s + "' " + s.hashCode() + " -> " + classify(s));
        String[] in2 = {"one", "uno", "two", "Ea", "FB", "xyz", "tw" + "o", new String("one")};
        for (String s : in2) System.out.println(s + " -> " + yielding(s));
        String n = null;
        try {
            classify(n);
        } catch (NullPointerException e) {
            System.out.println("switch on null: NPE");
        }
        StringBuilder built = new StringBuilder("B").append('B');
        System.out.println("built BB -> " + classify(built.toString()));
    }
}
