package corpus.util;

import java.util.*;

/** java.util.HexFormat (JDK 17): formatting with delimiters/prefix/suffix/case, parsing, digit helpers, errors. @gcstress */
public class HexFormatOps {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        byte[] data = {0, 1, 15, 16, 127, -128, -1, 0x5a};
        HexFormat hf = HexFormat.of();
        System.out.println(hf.formatHex(data) + " " + hf.withUpperCase().formatHex(data) + " " + hf.formatHex(data, 2, 5));
        HexFormat fancy = HexFormat.ofDelimiter(", ").withPrefix("0x").withSuffix("h").withUpperCase();
        String s = fancy.formatHex(data);
        System.out.println(s + " | " + fancy + " | " + fancy.delimiter() + fancy.prefix() + fancy.suffix() + fancy.isUpperCase());
        System.out.println(Arrays.toString(fancy.parseHex(s)) + " " + Arrays.toString(hf.parseHex("00ff10")) + " " + Arrays.toString(HexFormat.ofDelimiter(":").parseHex("de:AD:be:ef")));
        System.out.println(hf.toHexDigits((byte) -2) + " " + hf.toHexDigits('A') + " " + hf.toHexDigits((short) -1) + " " + hf.toHexDigits(0xCAFE) + " " + hf.toHexDigits(-2L) + " " + hf.toHexDigits(0x1234L, 3) + " " + hf.toHighHexDigit(0xab) + hf.toLowHexDigit(0xab));
        System.out.println(HexFormat.isHexDigit('f') + " " + HexFormat.isHexDigit('g') + " " + HexFormat.fromHexDigit('C') + " " + HexFormat.fromHexDigits("7fffffff") + " " + HexFormat.fromHexDigits("ffffffff") + " " + HexFormat.fromHexDigitsToLong("123456789abcdef0") + " " + HexFormat.fromHexDigits("xx12yy", 2, 4));
        System.out.println(hf.equals(HexFormat.of()) + " " + hf.equals(hf.withUpperCase()) + " " + (hf.hashCode() == HexFormat.of().hashCode()) + " " + hf.formatHex(new byte[0]).isEmpty());
        t("odd length", () -> hf.parseHex("abc"));
        t("bad digit", () -> hf.parseHex("zz"));
        t("missing delimiter", () -> HexFormat.ofDelimiter(":").parseHex("aabb"));
        t("wrong delimiter", () -> HexFormat.ofDelimiter(":").parseHex("aa;bb"));
        t("too many digits", () -> HexFormat.fromHexDigits("123456789"));
        t("digits 17", () -> hf.toHexDigits(1L, 17));
        t("range", () -> hf.formatHex(data, 5, 2));
    }
}
