package myos.aot;

/**
 * C identifiers for Java names. The mapping is injective: '_' and every character that
 * C does not allow are escaped (JNI-like: '_' -> "_1", '/' -> "_", others "_0xxxx").
 */
final class Names {
    private Names() {}

    static String ident(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) b.append(c);
            else if (c == '/') b.append('_');
            else if (c == '_') b.append("_1");
            else if (c == ';') b.append("_2");
            else if (c == '[') b.append("_3");
            else if (c == '(') b.append("_4");
            else if (c == ')') b.append("_5");
            else b.append("_0").append(String.format("%04x", (int) c));
        }
        return b.toString();
    }

    static String cls(String internalName) { return ident(internalName); }

    static String method(String owner, String name, String desc) {
        String n = name.equals("<init>") ? "_init_" : name.equals("<clinit>") ? "_clinit_" : ident(name);
        return "M_" + ident(owner) + "__" + n + "__" + ident(desc);
    }
}
