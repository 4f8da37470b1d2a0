package corpus.lang.arith;

/** long-heavy algorithms: modular exponentiation, Miller-Rabin with Math.multiplyHigh-free mulmod, gcd, sieve, 128-bit style carries. */
public class LongAlgorithms {
    static long mulmod(long a, long b, long m) {
        long r = 0;
        a %= m;
        while (b > 0) {
            if ((b & 1) == 1) {
                r += a;
                if (r >= m || r < 0) r -= m;
            }
            a <<= 1;
            if (a >= m || a < 0) a -= m;
            b >>= 1;
        }
        return r;
    }

    static long powmod(long b, long e, long m) {
        long r = 1 % m;
        b %= m;
        while (e > 0) {
            if ((e & 1) == 1) r = mulmod(r, b, m);
            b = mulmod(b, b, m);
            e >>= 1;
        }
        return r;
    }

    static boolean isPrime(long n) {
        if (n < 2) return false;
        for (long p : new long[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
            if (n % p == 0) return n == p;
        }
        long d = n - 1;
        int s = 0;
        while ((d & 1) == 0) {
            d >>= 1;
            s++;
        }
        outer:
        for (long a : new long[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
            long x = powmod(a, d, n);
            if (x == 1 || x == n - 1) continue;
            for (int i = 1; i < s; i++) {
                x = mulmod(x, x, n);
                if (x == n - 1) continue outer;
            }
            return false;
        }
        return true;
    }

    static long gcd(long a, long b) { return b == 0 ? Math.abs(a) : gcd(b, a % b); }

    public static void main(String[] args) {
        long[] cands = {1, 2, 97, 561, 1_000_000_007L, 1_000_000_007L * 3, 4_611_686_018_427_387_847L, 9_223_372_036_854_775_783L,
            Long.MAX_VALUE, 999_999_999_989L, 3_215_031_751L};
        for (long c : cands) System.out.println(c + " prime " + isPrime(c));
        System.out.println("powmod " + powmod(3, 1_000_000_006L, 1_000_000_007L) + " " + powmod(2, 62, Long.MAX_VALUE) + " " + powmod(12345, 67890, 998244353));
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(Long.MAX_VALUE, 49) + " " + gcd(-48, 18) + " " + gcd(0, 0));
        boolean[] composite = new boolean[200_001];
        int count = 0;
        long sum = 0;
        for (int i = 2; i < composite.length; i++) {
            if (composite[i]) continue;
            count++;
            sum += i;
            for (long j = (long) i * i; j < composite.length; j += i) composite[(int) j] = true;
        }
        System.out.println("primes below 200001: " + count + " sum " + sum);
        long hi = 0, lo = 0;
        for (int i = 0; i < 1000; i++) {
            long add = 0xFFFFFFFFFFFFL * i;
            long nlo = lo + add;
            if (Long.compareUnsigned(nlo, lo) < 0) hi++;
            lo = nlo;
        }
        System.out.println("128-bit sum hi " + hi + " lo " + Long.toUnsignedString(lo) + " mulhi " + Math.multiplyHigh(-1L, -1L) + " " + Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE));
        long fact = 1;
        for (int i = 1; i <= 25; i++) {
            fact *= i;
            if (i >= 19) System.out.print(i + "!=" + fact + " ");
        }
        System.out.println();
    }
}
