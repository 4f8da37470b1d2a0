package corpus.lang.gc;

/** Cyclic garbage (rings, doubly linked lists, self references, cycles through arrays) must be collected; a kept cycle must survive. @gcstress */
public class GcCycles {
    static final class Ring {
        Ring next, prev;
        Object payload;
        final int id;
        Ring(int id) { this.id = id; }
    }

    static Ring ring(int n) {
        Ring first = new Ring(0), last = first;
        for (int i = 1; i < n; i++) {
            Ring r = new Ring(i);
            r.prev = last;
            last.next = r;
            last = r;
        }
        last.next = first;
        first.prev = last;
        return first;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Ring kept = ring(100);
        kept.payload = new int[] {42};
        long total = 0;
        for (int r = 0; r < rounds; r++) {
            Ring g = ring(50 + r % 50);
            Object[] arr = new Object[3];
            arr[0] = arr;                  // an array containing itself
            arr[1] = g;
            g.payload = arr;
            Ring self = new Ring(-1);
            self.next = self;
            self.prev = self;
            total += g.prev.id + self.next.id;
        }
        int n = 0;
        Ring p = kept;
        do {
            n++;
            p = p.next;
        } while (p != kept);
        System.out.println("total " + total + " kept ring " + n + " payload " + ((int[]) kept.payload)[0] + " back " + kept.prev.prev.id);
    }
}
