package corpus.lang.gc;

/** Allocates several GiB in total in short-lived objects while a small live set survives; checks the live set afterwards. */
public class GcChurn {
    static final class Obj {
        final long a, b;
        final Obj next;
        Obj(long a, long b, Obj next) { this.a = a; this.b = b; this.next = next; }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Obj[] live = new Obj[1000];
        long check = 0;
        long allocated = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < 1_000_000; i++) {
                Obj o = new Obj(i, r, null);          // 32 bytes each, dies at once
                check += o.a ^ o.b;
                if ((i & 1023) == 0) live[(i >> 10) % live.length] = new Obj(i, r, live[(i >> 10) % live.length] == null ? null : new Obj(r, i, null));
            }
            allocated += 1_000_000L * 32;
            byte[] chunk = new byte[1 << 20];         // 1 MiB arrays, short-lived too
            chunk[r] = (byte) r;
            check += chunk[r];
            allocated += 1 << 20;
        }
        long liveSum = 0;
        for (Obj o : live) {
            for (Obj p = o; p != null; p = p.next) liveSum += p.a + p.b;
        }
        System.out.println("check " + check);
        System.out.println("live " + liveSum);
        System.out.println("allocated at least " + (allocated >> 20) + " MiB");
    }
}
