package myos.image;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Name-based UUIDs (RFC 9562 §5.5, version 5, SHA-1) under a namespace derived from the
 * digest of every build input, so each identifier in the image is a function of the content:
 * the same sources give the same UUIDs and any change gives new ones.
 */
final class Uuids {
    /** RFC 9562 needs a namespace UUID; this one is ours (v5 of "myos2026" in the URL namespace). */
    private static final byte[] MYOS_NS = v5(hex("6ba7b8119dad11d180b400c04fd430c8"), "https://myos2026/".getBytes(StandardCharsets.UTF_8));

    private final byte[] namespace;

    /** A generator whose namespace is derived from {@code contentDigest}. */
    Uuids(byte[] contentDigest) {
        this.namespace = v5(MYOS_NS, contentDigest);
    }

    /** The UUID for {@code purpose} (e.g. "disk", "root-fs"), big-endian as RFC 9562 writes it. */
    byte[] uuid(String purpose) {
        return v5(namespace, purpose.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] v5(byte[] ns, byte[] name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ns);
            sha1.update(name);
            byte[] h = sha1.digest();
            byte[] u = new byte[16];
            System.arraycopy(h, 0, u, 0, 16);
            u[6] = (byte) ((u[6] & 0x0f) | 0x50);   // version 5
            u[8] = (byte) ((u[8] & 0x3f) | 0x80);   // RFC variant
            return u;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
        }
    }

    /** GPT stores GUIDs mixed-endian (UEFI 2.10 Appendix A): the first three fields little-endian. */
    static byte[] toGuidBytes(byte[] u) {
        byte[] g = u.clone();
        g[0] = u[3]; g[1] = u[2]; g[2] = u[1]; g[3] = u[0];
        g[4] = u[5]; g[5] = u[4];
        g[6] = u[7]; g[7] = u[6];
        return g;
    }

    /** Parses "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" into big-endian bytes. */
    static byte[] parse(String s) {
        return hex(s.replace("-", ""));
    }

    static String format(byte[] u) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                sb.append('-');
            }
            sb.append(String.format("%02x", u[i] & 0xff));
        }
        return sb.toString();
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
