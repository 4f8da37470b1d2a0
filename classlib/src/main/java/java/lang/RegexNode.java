package java.lang;

/**
 * A node of a compiled Regex. Matching is continuation-passing backtracking: a node
 * matches at i and calls k with each possible end position until k accepts.
 */
abstract class RegexNode {
    interface Cont {
        boolean run(int i);
    }

    /** A set of code points (character classes, ., \d, ...). */
    interface CharSet {
        boolean has(int cp);
    }

    abstract boolean match(Regex.State st, int i, Cont k);

    /** Single code point width: lets Repeat loop iteratively instead of recursing. */
    int singleWidthMatch(Regex.State st, int i) {
        return -1;
    }

    boolean isSingle() {
        return false;
    }

    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean isWord(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** One code point from a set (also literals: a set of one, case folded if needed). */
    static final class One extends RegexNode {
        final CharSet set;

        One(CharSet set) {
            this.set = set;
        }

        @Override
        int singleWidthMatch(Regex.State st, int i) {
            String s = st.s;
            if (i >= s.length()) return -1;
            int cp = s.codePointAt(i);
            return set.has(cp) ? i + Character.charCount(cp) : -1;
        }

        @Override
        boolean isSingle() {
            return true;
        }

        @Override
        boolean match(Regex.State st, int i, Cont k) {
            int j = singleWidthMatch(st, i);
            return j >= 0 && k.run(j);
        }
    }

    static final class Seq extends RegexNode {
        final RegexNode[] nodes;

        Seq(RegexNode[] nodes) {
            this.nodes = nodes;
        }

        @Override
        boolean match(Regex.State st, int i, Cont k) {
            return from(0, st, i, k);
        }

        private boolean from(int idx, Regex.State st, int i, Cont k) {
            if (idx == nodes.length) return k.run(i);
            return nodes[idx].match(st, i, j -> from(idx + 1, st, j, k));
        }
    }

    static final class Alt extends RegexNode {
        final RegexNode[] alts;

        Alt(RegexNode[] alts) {
            this.alts = alts;
        }

        @Override
        boolean match(Regex.State st, int i, Cont k) {
            for (RegexNode a : alts) if (a.match(st, i, k)) return true;
            return false;
        }
    }

    /** A capturing group: records [i, j) while the continuation runs, restores on failure. */
    static final class Group extends RegexNode {
        final int n;
        final RegexNode body;

        Group(int n, RegexNode body) {
            this.n = n;
            this.body = body;
        }

        @Override
        boolean match(Regex.State st, int i, Cont k) {
            int[] g = st.groups;
            return body.match(st, i, j -> {
                int os = g[2 * n], oe = g[2 * n + 1];
                g[2 * n] = i;
                g[2 * n + 1] = j;
                if (k.run(j)) return true;
                g[2 * n] = os;
                g[2 * n + 1] = oe;
                return false;
            });
        }
    }

    static final int GREEDY = 0, LAZY = 1, POSSESSIVE = 2;

    static final class Repeat extends RegexNode {
        final RegexNode body;
        final int min, max, kind;

        Repeat(RegexNode body, int min, int max, int kind) {
            this.body = body;
            this.min = min;
            this.max = max;
            this.kind = kind;
        }

        @Override
        boolean match(Regex.State st, int i, Cont k) {
            if (body.isSingle()) return matchSingle(st, i, k);
            if (kind == POSSESSIVE) {
                int pos = i, count = 0;
                int[] end = new int[1];
                while (count < max && body.match(st, pos, j -> {
                    end[0] = j;
                    return true;
                })) {
                    if (end[0] == pos && count >= min) break;
                    pos = end[0];
                    count++;
                }
                return count >= min && k.run(pos);
            }
            return rec(st, i, 0, k);
        }

        private boolean rec(Regex.State st, int i, int count, Cont k) {
            if (kind == LAZY) {
                if (count >= min && k.run(i)) return true;
                return count < max && body.match(st, i, j -> (j != i || count < min) && rec(st, j, count + 1, k));
            }
            if (count < max && body.match(st, i, j -> (j != i || count < min) && rec(st, j, count + 1, k))) return true;
            return count >= min && k.run(i);
        }

        /** Iterative form for one-code-point bodies (no recursion per character). */
        private boolean matchSingle(Regex.State st, int i, Cont k) {
            if (kind == LAZY) {
                int pos = i, count = 0;
                while (true) {
                    if (count >= min && k.run(pos)) return true;
                    if (count >= max) return false;
                    int j = body.singleWidthMatch(st, pos);
                    if (j < 0) return false;
                    pos = j;
                    count++;
                }
            }
            // Record every end position so that backtracking can step back over surrogate pairs.
            int[] ends = new int[16];
            ends[0] = i;
            int count = 0, pos = i;
            while (count < max) {
                int j = body.singleWidthMatch(st, pos);
                if (j < 0) break;
                pos = j;
                count++;
                if (count == ends.length) {
                    int[] bigger = new int[count * 2];
                    System.arraycopy(ends, 0, bigger, 0, count);
                    ends = bigger;
                }
                ends[count] = pos;
            }
            if (count < min) return false;
            if (kind == POSSESSIVE) return k.run(pos);
            for (int c = count; c >= min; c--) if (k.run(ends[c])) return true;
            return false;
        }
    }

    /** ^ $ \b \B \A \z \Z. */
    static final class Anchor extends RegexNode {
        final char type;
        final boolean multiline;

        Anchor(char type, boolean multiline) {
            this.type = type;
            this.multiline = multiline;
        }

        @Override
        boolean match(Regex.State st, int i, Cont k) {
            String s = st.s;
            int len = s.length();
            boolean ok;
            switch (type) {
                case '^':
                    ok = i == 0 || (multiline && i < len && isLineTerminator(s.charAt(i - 1))
                            && !(s.charAt(i - 1) == '\r' && s.charAt(i) == '\n'));
                    break;
                case '$':
                    ok = i == len || (multiline ? isLineTerminator(s.charAt(i)) && !(s.charAt(i) == '\n' && i > 0 && s.charAt(i - 1) == '\r')
                            : atFinalTerminator(s, i));
                    break;
                case 'A': ok = i == 0; break;
                case 'z': ok = i == len; break;
                case 'Z': ok = i == len || atFinalTerminator(s, i); break;
                case 'b': ok = isBoundary(s, i); break;
                default: ok = !isBoundary(s, i); break; // 'B'
            }
            return ok && k.run(i);
        }

        /** Before a line terminator that ends the input (\r\n counts as one). */
        private static boolean atFinalTerminator(String s, int i) {
            int len = s.length();
            if (i == len - 2 && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n') return true;
            return i == len - 1 && isLineTerminator(s.charAt(i)) && !(s.charAt(i) == '\n' && i > 0 && s.charAt(i - 1) == '\r');
        }

        private static boolean isBoundary(String s, int i) {
            boolean left = i > 0 && isWordChar(s.codePointBefore(i));
            boolean right = i < s.length() && isWordChar(s.codePointAt(i));
            return left != right;
        }

        /** Since JDK 19 \b agrees with \w (ASCII word chars). */
        private static boolean isWordChar(int cp) {
            return isWord(cp);
        }
    }

    static final class BackRef extends RegexNode {
        final int n;
        final boolean ci;

        BackRef(int n, boolean ci) {
            this.n = n;
            this.ci = ci;
        }

        @Override
        boolean match(Regex.State st, int i, Cont k) {
            int gs = st.groups[2 * n], ge = st.groups[2 * n + 1];
            if (gs < 0) return false;
            int len = ge - gs;
            if (i + len > st.s.length()) return false;
            if (!st.s.regionMatches(ci, i, st.s, gs, len)) return false;
            return k.run(i + len);
        }
    }

    /** (?=X) (?!X) (?<=X) (?<!X). */
    static final class Look extends RegexNode {
        final RegexNode body;
        final boolean ahead, negative;

        Look(RegexNode body, boolean ahead, boolean negative) {
            this.body = body;
            this.ahead = ahead;
            this.negative = negative;
        }

        @Override
        boolean match(Regex.State st, int i, Cont k) {
            boolean found;
            if (ahead) {
                found = body.match(st, i, j -> true);
            } else {
                found = false;
                for (int start = i; start >= 0 && !found; start--) found = body.match(st, start, j -> j == i);
            }
            return found != negative && k.run(i);
        }
    }

    /** \R: \r\n or any single line break char. */
    static final class LineBreak extends RegexNode {
        @Override
        boolean match(Regex.State st, int i, Cont k) {
            String s = st.s;
            if (i >= s.length()) return false;
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' && k.run(i + 2)) return true;
            return (c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                    && k.run(i + 1);
        }
    }
}
