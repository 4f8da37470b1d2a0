package corpus.util;

import java.util.*;

/** java.util.Base64: basic, URL-safe and MIME codecs, padding, line breaks, malformed input messages. @gcstress */
public class Base64Codec {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static byte[] bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return b;
    }

    public static void main(String[] args) {
        String[] inputs = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "hello, world"};
        for (String in : inputs) {
            String enc = Base64.getEncoder().encodeToString(bytes(in));
            String np = Base64.getEncoder().withoutPadding().encodeToString(bytes(in));
            byte[] back = Base64.getDecoder().decode(enc);
            byte[] backNp = Base64.getDecoder().decode(np);
            System.out.println("[" + in + "] " + enc + " " + np + " " + Arrays.equals(back, bytes(in)) + Arrays.equals(backNp, bytes(in)));
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        String b = Base64.getEncoder().encodeToString(all);
        String u = Base64.getUrlEncoder().encodeToString(all);
        String m = Base64.getMimeEncoder().encodeToString(all);
        System.out.println(b);
        System.out.println(u);
        System.out.println(m.replace("\r\n", "|"));
        System.out.println(Base64.getMimeEncoder(20, new byte[] {'\n'}).encodeToString(all).replace("\n", "/"));
        System.out.println(Arrays.equals(Base64.getDecoder().decode(b), all) + " " + Arrays.equals(Base64.getUrlDecoder().decode(u), all) + " " + Arrays.equals(Base64.getMimeDecoder().decode(m), all));
        System.out.println(Arrays.toString(Base64.getMimeDecoder().decode("Zm9v\r\nYm!!Fy")) + " " + Base64.getMimeEncoder(3, new byte[0]).encodeToString(bytes("xyz")));
        t("illegal char", () -> Base64.getDecoder().decode("Zm9v!mFy"));
        t("url char in basic", () -> Base64.getDecoder().decode("ab-_"));
        t("bad ending", () -> Base64.getDecoder().decode("Zm9vY="));
        t("too short", () -> Base64.getDecoder().decode("Z"));
        t("not enough bits", () -> Base64.getDecoder().decode("Zm9vY"));
        t("bytes after padding", () -> Base64.getDecoder().decode("Zg==Zg=="));
        t("bad separator", () -> Base64.getMimeEncoder(8, new byte[] {'A'}));
        byte[] dst = new byte[2];
        t("small dst", () -> Base64.getDecoder().decode(bytes("Zm9v"), dst));
        byte[] out = new byte[8];
        int n = Base64.getEncoder().encode(bytes("hi"), out);
        System.out.println(n + " " + new String(out, 0, n));
    }
}
