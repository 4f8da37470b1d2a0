package corpus.bench;

/** spectral-norm (Computer Language Benchmarks Game), single-threaded. args[0] = n. Prints the norm with all its digits. */
public final class SpectralNorm {
    static double a(int i, int j) { return 1.0 / (((i + j) * (i + j + 1) >>> 1) + i + 1); }

    static void mulAv(double[] v, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += a(i, j) * v[j];
            out[i] = s;
        }
    }

    static void mulAtv(double[] v, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += a(j, i) * v[j];
            out[i] = s;
        }
    }

    static void mulAtAv(double[] v, double[] out, double[] tmp, int n) {
        mulAv(v, tmp, n);
        mulAtv(tmp, out, n);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < 10; i++) {
            mulAtAv(u, v, tmp, n);
            mulAtAv(v, u, tmp, n);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.println(Math.sqrt(vBv / vv));
    }
}
