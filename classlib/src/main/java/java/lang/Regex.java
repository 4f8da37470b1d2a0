package java.lang;

/**
 * A backtracking regular-expression engine for String.matches/split/replaceAll/replaceFirst,
 * with java.util.regex semantics for the commonly used syntax: literals and escapes
 * (\t \n \r \f \a \e \0n \xhh \\uhhhh \Q..\E), . ^ $ \b \B \A \z \Z, classes [...] with
 * ranges, negation, nesting and &&, \d \D \s \S \w \W \h \H \R, \p{..}/\P{..} (POSIX,
 * general categories, IsAlphabetic/IsLetter/...), groups ( ) (?: ) (?= ) (?! ) (?<= ) (?<! ),
 * inline flags (?i) (?s) (?m) (?u) (?imsu-imsu:...), greedy/reluctant/possessive quantifiers
 * * + ? {n} {n,} {n,m}, alternation and back references \n. Not supported (rejected with
 * UnsupportedOperationException): named groups, atomic groups, \G, \X, comments mode.
 * Syntax errors throw IllegalArgumentException with the JDK's description (the JDK throws
 * java.util.regex.PatternSyntaxException, which this library does not have).
 */
final class Regex {
    static final int CI = 1, DOTALL = 2, MULTILINE = 4, UNICODE_CASE = 8;

    final String pattern;
    final RegexNode root;
    final int groupCount;

    private Regex(String pattern, RegexNode root, int groupCount) {
        this.pattern = pattern;
        this.root = root;
        this.groupCount = groupCount;
    }

    static Regex compile(String pattern) {
        RegexParser p = new RegexParser(pattern);
        RegexNode root = p.parseAll();
        return new Regex(pattern, root, p.groupCount);
    }

    /** Matching state: the input and the group bounds (group 0 is the whole match). */
    static final class State {
        final String s;
        final int[] groups;
        int matchEnd;

        State(String s, int groupCount) {
            this.s = s;
            this.groups = new int[(groupCount + 1) * 2];
        }

        void clearGroups() {
            for (int i = 0; i < groups.length; i++) groups[i] = -1;
        }
    }

    /** Tries a match starting exactly at from; requireEnd forces it to end at the input end. */
    private boolean matchAt(State st, int from, boolean requireEnd) {
        st.clearGroups();
        int len = st.s.length();
        boolean ok = root.match(st, from, j -> {
            if (requireEnd && j != len) return false;
            st.matchEnd = j;
            return true;
        });
        if (ok) {
            st.groups[0] = from;
            st.groups[1] = st.matchEnd;
        }
        return ok;
    }

    boolean matches(String s) {
        return matchAt(new State(s, groupCount), 0, true);
    }

    /** java.util.regex.Matcher.find from index from; after an empty match the caller advances. */
    private boolean find(State st, int from) {
        int len = st.s.length();
        for (int i = from; i <= len; i++) if (matchAt(st, i, false)) return true;
        return false;
    }

    /** Pattern.split semantics (limit, no leading empty string for a zero-width match at 0). */
    String[] split(String s, int limit) {
        State st = new State(s, groupCount);
        int index = 0, count = 0, from = 0;
        boolean limited = limit > 0;
        String[] list = new String[8];
        while (from <= s.length() && find(st, from)) {
            int start = st.groups[0], end = st.groups[1];
            from = end == start ? end + 1 : end; // Matcher.find: step past an empty match
            if (!limited || count < limit - 1) {
                if (index == 0 && index == start && start == end) continue;
                list = StringOps.add(list, count++, s.substring(index, start));
                index = end;
            } else if (count == limit - 1) {
                list = StringOps.add(list, count++, s.substring(index));
                index = end;
                break;
            }
        }
        if (index == 0) return new String[] {s};
        if (!limited || count < limit) list = StringOps.add(list, count++, s.substring(index));
        return StringOps.finish(list, count, limit);
    }

    /** Matcher.replaceAll / replaceFirst with $n, ${name} (rejected) and \ escapes. */
    String replace(String s, String replacement, boolean all) {
        State st = new State(s, groupCount);
        StringBuilder sb = null;
        int append = 0, from = 0;
        while (from <= s.length() && find(st, from)) {
            if (sb == null) sb = new StringBuilder(s.length() + 16);
            int start = st.groups[0], end = st.groups[1];
            sb.append(s, append, start);
            appendExpanded(sb, replacement, st);
            append = end;
            if (!all) break;
            from = end == start ? end + 1 : end;
        }
        if (sb == null) return s;
        return sb.append(s, append, s.length()).toString();
    }

    private void appendExpanded(StringBuilder sb, String rep, State st) {
        int cursor = 0;
        while (cursor < rep.length()) {
            char c = rep.charAt(cursor);
            if (c == '\\') {
                cursor++;
                if (cursor == rep.length()) throw new IllegalArgumentException("character to be escaped is missing");
                sb.append(rep.charAt(cursor++));
            } else if (c == '$') {
                cursor++;
                if (cursor == rep.length()) throw new IllegalArgumentException("Illegal group reference: group index is missing");
                char next = rep.charAt(cursor);
                if (next == '{') throw new UnsupportedOperationException("named group references are not supported by the MyOS class library");
                int ref = next - '0';
                if (ref < 0 || ref > 9) throw new IllegalArgumentException("Illegal group reference");
                cursor++;
                while (cursor < rep.length()) {
                    int d = rep.charAt(cursor) - '0';
                    if (d < 0 || d > 9) break;
                    int newRef = ref * 10 + d;
                    if (groupCount < newRef) break;
                    ref = newRef;
                    cursor++;
                }
                if (ref > groupCount) throw new IndexOutOfBoundsException("No group " + ref);
                int gs = st.groups[2 * ref], ge = st.groups[2 * ref + 1];
                if (gs != -1) sb.append(st.s, gs, ge);
            } else {
                sb.append(c);
                cursor++;
            }
        }
    }
}
