package java.lang;

import java.lang.RegexNode.CharSet;

/** \p{...} names of java.util.regex: POSIX (US-ASCII) classes, java.lang.Character
 * properties, Unicode binary properties and general categories. Scripts and blocks
 * (\p{IsLatin}, \p{InGreek}) are not supported: lookup returns null for them. */
final class RegexProperties {
    private RegexProperties() {}

    private static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    static CharSet lookup(String name) {
        switch (name) {
            case "Lower": return c -> c >= 'a' && c <= 'z';
            case "Upper": return c -> c >= 'A' && c <= 'Z';
            case "ASCII": return c -> c >= 0 && c <= 0x7F;
            case "Alpha": return c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            case "Digit": return c -> c >= '0' && c <= '9';
            case "Alnum": return c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            case "Punct": return c -> c < 0x80 && PUNCT.indexOf(c) >= 0;
            case "Graph": return c -> c > 0x20 && c < 0x7F;
            case "Print": return c -> c >= 0x20 && c < 0x7F;
            case "Blank": return c -> c == ' ' || c == '\t';
            case "Cntrl": return c -> (c >= 0 && c < 0x20) || c == 0x7F;
            case "XDigit": return c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case "Space": return RegexParser::isSpace;
            case "javaLowerCase": return Character::isLowerCase;
            case "javaUpperCase": return Character::isUpperCase;
            case "javaWhitespace": return Character::isWhitespace;
            case "javaLetter": return Character::isLetter;
            case "javaDigit": return Character::isDigit;
            case "javaLetterOrDigit": return Character::isLetterOrDigit;
            case "javaAlphabetic": return Character::isAlphabetic;
            case "javaSpaceChar": return Character::isSpaceChar;
            case "javaTitleCase": return Character::isTitleCase;
            case "javaISOControl": return Character::isISOControl;
            case "javaIdeographic": return Character::isIdeographic;
            case "javaDefined": return Character::isDefined;
            case "javaJavaIdentifierStart": return Character::isJavaIdentifierStart;
            case "javaJavaIdentifierPart": return Character::isJavaIdentifierPart;
            case "javaUnicodeIdentifierStart": return Character::isUnicodeIdentifierStart;
            case "javaUnicodeIdentifierPart": return Character::isUnicodeIdentifierPart;
            case "javaIdentifierIgnorable": return Character::isIdentifierIgnorable;
            default: break;
        }
        String n = name;
        if (n.startsWith("Is")) {
            CharSet b = binary(n.substring(2));
            if (b != null) return b;
            n = n.substring(2);
        } else if (n.startsWith("gc=")) {
            n = n.substring(3);
        } else if (n.startsWith("general_category=")) {
            n = n.substring(17);
        }
        int mask = categoryMask(n);
        if (mask == 0) return null;
        int m = mask;
        return c -> ((1 << Character.getType(c)) & m) != 0;
    }

    /** Unicode binary properties (\p{IsAlphabetic} ...), case-insensitive and without '_'/' '. */
    private static CharSet binary(String name) {
        String n = name.toUpperCase().replace("_", "").replace(" ", "").replace("-", "");
        switch (n) {
            case "ALPHABETIC": return Character::isAlphabetic;
            case "LETTER": return Character::isLetter;
            case "DIGIT": return Character::isDigit;
            case "UPPERCASE": return Character::isUpperCase;
            case "LOWERCASE": return Character::isLowerCase;
            case "TITLECASE": return Character::isTitleCase;
            case "IDEOGRAPHIC": return Character::isIdeographic;
            case "WHITESPACE": return c -> ((c >= 0x9 && c <= 0xd) || c == 0x85) || Character.isSpaceChar(c);
            case "CONTROL": return c -> Character.getType(c) == Character.CONTROL;
            case "PUNCTUATION": return c -> categoryHas(categoryMask("P"), c);
            case "HEXDIGIT": return c -> Character.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                    || (c >= 0xFF21 && c <= 0xFF26) || (c >= 0xFF41 && c <= 0xFF46);
            case "ASSIGNED": return c -> Character.getType(c) != Character.UNASSIGNED;
            case "NONCHARACTERCODEPOINT": return c -> (c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef);
            default: return null;
        }
    }

    private static boolean categoryHas(int mask, int c) {
        return ((1 << Character.getType(c)) & mask) != 0;
    }

    private static int bit(int type) {
        return 1 << type;
    }

    static int categoryMask(String n) {
        switch (n) {
            case "L": return bit(1) | bit(2) | bit(3) | bit(4) | bit(5);
            case "Lu": return bit(Character.UPPERCASE_LETTER);
            case "Ll": return bit(Character.LOWERCASE_LETTER);
            case "Lt": return bit(Character.TITLECASE_LETTER);
            case "Lm": return bit(Character.MODIFIER_LETTER);
            case "Lo": return bit(Character.OTHER_LETTER);
            case "LC": return bit(1) | bit(2) | bit(3);
            case "M": return bit(6) | bit(7) | bit(8);
            case "Mn": return bit(Character.NON_SPACING_MARK);
            case "Me": return bit(Character.ENCLOSING_MARK);
            case "Mc": return bit(Character.COMBINING_SPACING_MARK);
            case "N": return bit(9) | bit(10) | bit(11);
            case "Nd": return bit(Character.DECIMAL_DIGIT_NUMBER);
            case "Nl": return bit(Character.LETTER_NUMBER);
            case "No": return bit(Character.OTHER_NUMBER);
            case "Z": return bit(12) | bit(13) | bit(14);
            case "Zs": return bit(Character.SPACE_SEPARATOR);
            case "Zl": return bit(Character.LINE_SEPARATOR);
            case "Zp": return bit(Character.PARAGRAPH_SEPARATOR);
            case "C": return bit(0) | bit(15) | bit(16) | bit(18) | bit(19);
            case "Cc": return bit(Character.CONTROL);
            case "Cf": return bit(Character.FORMAT);
            case "Co": return bit(Character.PRIVATE_USE);
            case "Cs": return bit(Character.SURROGATE);
            case "Cn": return bit(Character.UNASSIGNED);
            case "P": return bit(20) | bit(21) | bit(22) | bit(23) | bit(24) | bit(29) | bit(30);
            case "Pd": return bit(Character.DASH_PUNCTUATION);
            case "Ps": return bit(Character.START_PUNCTUATION);
            case "Pe": return bit(Character.END_PUNCTUATION);
            case "Pc": return bit(Character.CONNECTOR_PUNCTUATION);
            case "Po": return bit(Character.OTHER_PUNCTUATION);
            case "Pi": return bit(Character.INITIAL_QUOTE_PUNCTUATION);
            case "Pf": return bit(Character.FINAL_QUOTE_PUNCTUATION);
            case "S": return bit(25) | bit(26) | bit(27) | bit(28);
            case "Sm": return bit(Character.MATH_SYMBOL);
            case "Sc": return bit(Character.CURRENCY_SYMBOL);
            case "Sk": return bit(Character.MODIFIER_SYMBOL);
            case "So": return bit(Character.OTHER_SYMBOL);
            default: return 0;
        }
    }
}
