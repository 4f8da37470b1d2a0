package java.lang;

import java.lang.RegexNode.CharSet;

/** Parses a java.util.regex pattern into RegexNode trees (see Regex for the syntax covered). */
final class RegexParser {
    private final String p;
    private int pos;
    private int flags;
    int groupCount;

    RegexParser(String pattern) {
        this.p = pattern;
    }

    RegexNode parseAll() {
        RegexNode n = parseAlt();
        if (pos < p.length()) {
            if (p.charAt(pos) == ')') throw error("Unmatched closing ')'", pos - 1);
            throw error("Unexpected character '" + p.charAt(pos) + "'", pos);
        }
        return n;
    }

    /** The JDK's PatternSyntaxException message, thrown as IllegalArgumentException. */
    private IllegalArgumentException error(String desc, int index) {
        StringBuilder sb = new StringBuilder(desc);
        if (index >= 0) sb.append(" near index ").append(index);
        sb.append('\n').append(p);
        if (index >= 0 && index < p.length()) {
            sb.append('\n');
            for (int i = 0; i < index; i++) sb.append(' ');
            sb.append('^');
        }
        return new IllegalArgumentException(sb.toString());
    }

    private UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("regular expression \"" + p + "\": " + what
                + " is not supported by the MyOS class library");
    }

    private boolean more() {
        return pos < p.length();
    }

    private char peek() {
        return p.charAt(pos);
    }

    private RegexNode parseAlt() {
        RegexNode[] alts = new RegexNode[] {parseSeq()};
        while (more() && peek() == '|') {
            pos++;
            RegexNode[] bigger = new RegexNode[alts.length + 1];
            System.arraycopy(alts, 0, bigger, 0, alts.length);
            bigger[alts.length] = parseSeq();
            alts = bigger;
        }
        return alts.length == 1 ? alts[0] : new RegexNode.Alt(alts);
    }

    private RegexNode parseSeq() {
        RegexNode[] nodes = new RegexNode[4];
        int n = 0;
        while (more() && peek() != '|' && peek() != ')') {
            RegexNode atom = parseAtom();
            if (atom == null) continue; // a flag group such as (?i)
            atom = parseQuantifier(atom);
            if (n == nodes.length) {
                RegexNode[] bigger = new RegexNode[n * 2];
                System.arraycopy(nodes, 0, bigger, 0, n);
                nodes = bigger;
            }
            nodes[n++] = atom;
        }
        if (n == 1) return nodes[0];
        RegexNode[] exact = new RegexNode[n];
        System.arraycopy(nodes, 0, exact, 0, n);
        return new RegexNode.Seq(exact);
    }

    private RegexNode parseQuantifier(RegexNode atom) {
        if (!more()) return atom;
        char c = peek();
        int min, max;
        int start = pos;
        if (c == '*') { min = 0; max = Integer.MAX_VALUE; pos++; }
        else if (c == '+') { min = 1; max = Integer.MAX_VALUE; pos++; }
        else if (c == '?') { min = 0; max = 1; pos++; }
        else if (c == '{') {
            pos++;
            int from = pos;
            while (more() && Character.isDigit(peek())) pos++;
            if (from == pos) throw error("Illegal repetition", start);
            min = Integer.parseInt(p.substring(from, pos));
            max = min;
            if (more() && peek() == ',') {
                pos++;
                int f2 = pos;
                while (more() && Character.isDigit(peek())) pos++;
                max = f2 == pos ? Integer.MAX_VALUE : Integer.parseInt(p.substring(f2, pos));
            }
            if (!more() || peek() != '}') throw error("Unclosed counted closure", pos);
            pos++;
            if (max < min) throw error("Illegal repetition range", start);
        } else {
            return atom;
        }
        int kind = RegexNode.GREEDY;
        if (more() && peek() == '?') { kind = RegexNode.LAZY; pos++; }
        else if (more() && peek() == '+') { kind = RegexNode.POSSESSIVE; pos++; }
        return new RegexNode.Repeat(atom, min, max, kind);
    }

    private RegexNode parseAtom() {
        char c = peek();
        switch (c) {
            case '(':
                return parseGroup();
            case '[':
                pos++;
                return new RegexNode.One(caseFold(parseClass()));
            case '.': {
                pos++;
                boolean dotall = (flags & Regex.DOTALL) != 0;
                return new RegexNode.One(cp -> dotall || !RegexNode.isLineTerminator(cp));
            }
            case '^':
                pos++;
                return new RegexNode.Anchor('^', (flags & Regex.MULTILINE) != 0);
            case '$':
                pos++;
                return new RegexNode.Anchor('$', (flags & Regex.MULTILINE) != 0);
            case '\\':
                return parseEscape();
            case '*': case '+': case '?':
                throw error("Dangling meta character '" + c + "'", pos);
            case '{':
                throw error("Illegal repetition", pos);
            default: {
                int cp = p.codePointAt(pos);
                pos += Character.charCount(cp);
                return literal(cp);
            }
        }
    }

    private RegexNode literal(int cp) {
        return new RegexNode.One(caseFold(single(cp)));
    }

    private static CharSet single(int cp) {
        return c -> c == cp;
    }

    /** CASE_INSENSITIVE folds ASCII only, unless UNICODE_CASE (as java.util.regex). */
    private CharSet caseFold(CharSet set) {
        if ((flags & Regex.CI) == 0) return set;
        boolean unicode = (flags & Regex.UNICODE_CASE) != 0;
        return c -> {
            if (set.has(c)) return true;
            if (unicode) return set.has(Character.toUpperCase(c)) || set.has(Character.toLowerCase(c));
            if (c >= 'a' && c <= 'z') return set.has(c - 32);
            if (c >= 'A' && c <= 'Z') return set.has(c + 32);
            return false;
        };
    }

    private RegexNode parseGroup() {
        int start = pos;
        pos++; // '('
        int savedFlags = flags;
        RegexNode node;
        if (more() && peek() == '?') {
            pos++;
            if (!more()) throw error("Unknown inline modifier", pos);
            char c = peek();
            if (c == ':') {
                pos++;
                node = parseAlt();
            } else if (c == '=' || c == '!') {
                pos++;
                node = new RegexNode.Look(parseAlt(), true, c == '!');
            } else if (c == '<' && pos + 1 < p.length() && (p.charAt(pos + 1) == '=' || p.charAt(pos + 1) == '!')) {
                boolean neg = p.charAt(pos + 1) == '!';
                pos += 2;
                node = new RegexNode.Look(parseAlt(), false, neg);
            } else if (c == '<' || c == '>') {
                throw unsupported(c == '<' ? "named groups" : "atomic groups");
            } else {
                // inline flags: (?imsu-imsu) for the rest of the group, or (?imsu-imsu:X)
                boolean on = true;
                int f = flags;
                while (more() && peek() != ')' && peek() != ':') {
                    char fc = peek();
                    int bit;
                    switch (fc) {
                        case 'i': bit = Regex.CI; break;
                        case 's': bit = Regex.DOTALL; break;
                        case 'm': bit = Regex.MULTILINE; break;
                        case 'u': bit = Regex.UNICODE_CASE; break;
                        case '-': on = false; pos++; continue;
                        case 'x': case 'd': case 'U': throw unsupported("the inline flag '" + fc + "'");
                        default: throw error("Unknown inline modifier", pos);
                    }
                    f = on ? f | bit : f & ~bit;
                    pos++;
                }
                if (!more()) throw error("Unclosed group", p.length());
                if (peek() == ')') {
                    pos++;
                    flags = f; // applies to the rest of the enclosing group
                    return null;
                }
                pos++; // ':'
                flags = f;
                node = parseAlt();
            }
        } else {
            int n = ++groupCount;
            node = new RegexNode.Group(n, parseAlt());
        }
        if (!more() || peek() != ')') throw error("Unclosed group", p.length());
        pos++;
        flags = savedFlags;
        return node;
    }

    private RegexNode parseEscape() {
        int start = pos;
        pos++; // '\'
        if (!more()) throw error("Unexpected internal error", pos);
        char c = peek();
        switch (c) {
            case 'b': pos++; return new RegexNode.Anchor('b', false);
            case 'B': pos++; return new RegexNode.Anchor('B', false);
            case 'A': pos++; return new RegexNode.Anchor('A', false);
            case 'z': pos++; return new RegexNode.Anchor('z', false);
            case 'Z': pos++; return new RegexNode.Anchor('Z', false);
            case 'R': pos++; return new RegexNode.LineBreak();
            case 'G': case 'X': case 'k': case 'N':
                throw unsupported("\\" + c);
            case 'Q': {
                pos++;
                int end = p.indexOf("\\E", pos);
                String quoted = end < 0 ? p.substring(pos) : p.substring(pos, end);
                pos = end < 0 ? p.length() : end + 2;
                RegexNode[] nodes = new RegexNode[quoted.length()];
                int n = 0;
                for (int i = 0; i < quoted.length(); ) {
                    int cp = quoted.codePointAt(i);
                    nodes[n++] = literal(cp);
                    i += Character.charCount(cp);
                }
                RegexNode[] exact = new RegexNode[n];
                System.arraycopy(nodes, 0, exact, 0, n);
                return new RegexNode.Seq(exact);
            }
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            pos++;
            int ref = c - '0';
            while (more() && Character.isDigit(peek())) {
                int newRef = ref * 10 + (peek() - '0');
                if (newRef > groupCount) break;
                ref = newRef;
                pos++;
            }
            return new RegexNode.BackRef(ref, (flags & Regex.CI) != 0);
        }
        CharSet set = escapeSet(true);
        return new RegexNode.One(caseFold(set));
    }

    /** An escape (after '\', at pos) that stands for a set of chars or one char. */
    private CharSet escapeSet(boolean outsideClass) {
        int start = pos - 1;
        char c = p.charAt(pos++);
        switch (c) {
            case 'd': return cp -> cp >= '0' && cp <= '9';
            case 'D': return cp -> !(cp >= '0' && cp <= '9');
            case 's': return RegexParser::isSpace;
            case 'S': return cp -> !isSpace(cp);
            case 'w': return RegexNode::isWord;
            case 'W': return cp -> !RegexNode.isWord(cp);
            case 'h': return RegexParser::isHorizontal;
            case 'H': return cp -> !isHorizontal(cp);
            case 'v': return RegexParser::isVertical;
            case 'V': return cp -> !isVertical(cp);
            case 'p': case 'P': {
                CharSet s = property(start);
                return c == 'p' ? s : cp -> !s.has(cp);
            }
            default:
                pos--;
                return single(escapeCodePoint(outsideClass));
        }
    }

    /** A one-char escape (after '\\', at pos): its code point. */
    private int escapeCodePoint(boolean outsideClass) {
        char c = p.charAt(pos++);
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return '\u0007';
            case 'e': return '\u001B';
            case 'c':
                if (!more()) throw error("Illegal control escape sequence", pos);
                return p.charAt(pos++) ^ 64;
            case '0': {
                int v = 0, digits = 0;
                while (more() && digits < 3 && peek() >= '0' && peek() <= '7') {
                    int nv = v * 8 + (peek() - '0');
                    if (nv > 0377) break;
                    v = nv;
                    pos++;
                    digits++;
                }
                if (digits == 0) throw error("Illegal octal escape sequence", pos);
                return v;
            }
            case 'x':
                if (more() && peek() == '{') {
                    int end = p.indexOf('}', pos);
                    if (end < 0) throw error("Unclosed hexadecimal escape sequence", pos);
                    int v = Integer.parseInt(p.substring(pos + 1, end), 16);
                    pos = end + 1;
                    return v;
                }
                return hex(2);
            case 'u':
                return hex(4);
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                    throw error("Illegal/unsupported escape sequence", pos - 1);
                if (!outsideClass && (c >= '0' && c <= '9')) throw error("Illegal/unsupported escape sequence", pos - 1);
                return c;
        }
    }

    private int hex(int n) {
        if (pos + n > p.length()) throw error("Illegal hexadecimal escape sequence", pos);
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = Character.digit(p.charAt(pos++), 16);
            if (d < 0) throw error("Illegal hexadecimal escape sequence", pos - 1);
            v = v * 16 + d;
        }
        return v;
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static boolean isHorizontal(int c) {
        return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || c == 0x180e || (c >= 0x2000 && c <= 0x200a)
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static boolean isVertical(int c) {
        return (c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** \p{Name} or \pL (pos is after 'p'). */
    private CharSet property(int start) {
        String name;
        if (more() && peek() == '{') {
            int end = p.indexOf('}', pos);
            if (end < 0) throw error("Unclosed character family", p.length());
            name = p.substring(pos + 1, end);
            pos = end + 1;
        } else if (more()) {
            name = String.valueOf(p.charAt(pos++));
        } else {
            throw error("Illegal character family", pos);
        }
        CharSet s = RegexProperties.lookup(name);
        if (s == null) throw error("Unknown character property name {" + name + "}", pos - 1);
        return s;
    }

    /** A [...] class; pos is after '['. Handles ^, ranges, nesting and && (JDK precedence). */
    private CharSet parseClass() {
        int start = pos - 1;
        boolean negate = false;
        if (more() && peek() == '^') {
            negate = true;
            pos++;
        }
        CharSet result = null;   // union built so far
        CharSet inter = null;    // left side of a pending &&
        boolean first = true;
        while (true) {
            if (!more()) throw error("Unclosed character class", p.length() - 1);
            char c = peek();
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            CharSet item;
            if (c == '[') {
                pos++;
                item = parseClass();
            } else if (c == '&' && pos + 1 < p.length() && p.charAt(pos + 1) == '&') {
                pos += 2;
                CharSet left = result == null ? cp -> false : result;
                inter = inter == null ? left : and(inter, left);
                result = null;
                first = false;
                continue;
            } else {
                int lo;
                if (c == '\\') {
                    pos++;
                    if (!more()) throw error("Unclosed character class", p.length() - 1);
                    char e = peek();
                    if ("dDsSwWhHvVpP".indexOf(e) >= 0) {
                        item = escapeSet(false);
                        result = result == null ? item : or(result, item);
                        continue;
                    }
                    if (e == 'Q') {
                        pos++;
                        int end = p.indexOf("\\E", pos);
                        String quoted = end < 0 ? p.substring(pos) : p.substring(pos, end);
                        pos = end < 0 ? p.length() : end + 2;
                        item = cp -> quoted.indexOf(cp) >= 0;
                        result = result == null ? item : or(result, item);
                        continue;
                    }
                    lo = escapeCodePoint(false);
                } else {
                    lo = p.codePointAt(pos);
                    pos += Character.charCount(lo);
                }
                if (more() && peek() == '-' && pos + 1 < p.length() && p.charAt(pos + 1) != ']') {
                    pos++;
                    int hi;
                    if (peek() == '\\') {
                        pos++;
                        hi = escapeCodePoint(false);
                    } else if (peek() == '[') {
                        throw error("Illegal character range", pos);
                    } else {
                        hi = p.codePointAt(pos);
                        pos += Character.charCount(hi);
                    }
                    if (hi < lo) throw error("Illegal character range", pos - 1);
                    int l = lo, h = hi;
                    item = cp -> cp >= l && cp <= h;
                } else {
                    item = single(lo);
                }
            }
            result = result == null ? item : or(result, item);
        }
        if (result == null) result = cp -> false;
        if (inter != null) result = and(inter, result);
        CharSet r = result;
        return negate ? cp -> !r.has(cp) : r;
    }

    private static CharSet or(CharSet a, CharSet b) {
        return cp -> a.has(cp) || b.has(cp);
    }

    private static CharSet and(CharSet a, CharSet b) {
        return cp -> a.has(cp) && b.has(cp);
    }
}
