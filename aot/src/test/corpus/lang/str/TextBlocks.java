package corpus.lang.str;

/** Text blocks (Java 15): indentation stripping, escapes, \s and line continuation; String.lines/strip/indent-free helpers. */
public class TextBlocks {
    public static void main(String[] args) {
        String json = """
            {
              "name": "myos",
              "tabs":\t"yes",
              "quote": "\"""
            }
            """;
        System.out.print(json);
        System.out.println(json.length() + " " + json.hashCode());
        String joined = """
            one \
            line\s
            two""";
        System.out.println("[" + joined + "]");
        String empty = """
            """;
        System.out.println("empty length " + empty.length());
        String html = """
              <p>
                indented
              </p>
            """;
        System.out.print(html);
        System.out.println(html.equals("  <p>\n    indented\n  </p>\n"));
    }
}
