package corpus.util;

import java.util.*;

/** BitSet: set/clear/flip ranges, navigation, logic ops, size growth, conversions, messages. @gcstress */
public class BitSetOps {
    static void t(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        BitSet b = new BitSet();
        System.out.println(b + " " + b.size() + " " + b.length() + " " + b.isEmpty());
        for (int i = 0; i < 200; i += 7) b.set(i);
        System.out.println(b + " size=" + b.size() + " len=" + b.length() + " card=" + b.cardinality());
        b.set(10, 20);
        b.clear(14);
        b.flip(60, 70);
        b.set(300, false);
        b.set(5, 8, true);
        System.out.println(b + " " + b.size() + " " + b.get(15) + b.get(14) + b.get(999));
        System.out.println(b.nextSetBit(0) + " " + b.nextSetBit(71) + " " + b.nextClearBit(10) + " " + b.previousSetBit(100) + " " + b.previousClearBit(19) + " " + b.nextSetBit(500) + " " + b.previousSetBit(-1));
        BitSet sub = b.get(5, 66);
        System.out.println(sub + " " + sub.size() + " " + sub.length());
        BitSet c = new BitSet(10);
        System.out.println(c.size());
        c.set(3);
        c.set(64);
        c.set(130);
        System.out.println(c + " " + c.size() + " " + c.intersects(b) + " " + c.hashCode() + " " + b.hashCode());
        BitSet x = (BitSet) b.clone();
        x.and(c);
        BitSet y = (BitSet) b.clone();
        y.or(c);
        BitSet z = (BitSet) b.clone();
        z.xor(c);
        BitSet w = (BitSet) b.clone();
        w.andNot(c);
        System.out.println(x + " | " + y.cardinality() + " | " + z.cardinality() + " | " + w.cardinality() + " " + x.equals(BitSet.valueOf(new long[] {0})) + " " + b.equals(b.clone()));
        b.clear(0, 64);
        System.out.println(b + " " + Arrays.toString(b.toLongArray()) + " " + Arrays.toString(c.toByteArray()));
        BitSet fromBytes = BitSet.valueOf(new byte[] {1, (byte) 0x80, 0, 0});
        BitSet fromLongs = BitSet.valueOf(new long[] {5L, 0L, 0L});
        System.out.println(fromBytes + " " + fromBytes.size() + " " + fromLongs + " " + fromLongs.size() + " " + Arrays.toString(fromBytes.toByteArray()));
        t("set -1", () -> new BitSet().set(-1));
        t("get -1", () -> new BitSet().get(-1));
        t("range", () -> new BitSet().set(5, 2));
        t("range neg", () -> new BitSet().clear(-2, 2));
        t("nextSetBit -1", () -> new BitSet().nextSetBit(-1));
        t("previousSetBit -2", () -> new BitSet().previousSetBit(-2));
        t("new BitSet(-1)", () -> new BitSet(-1));
        b.clear();
        System.out.println(b + " " + b.isEmpty() + " " + b.length() + " " + b.size());
    }
}
