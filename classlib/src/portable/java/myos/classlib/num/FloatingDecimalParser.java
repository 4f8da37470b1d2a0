package myos.classlib.num;

/**
 * {@code Double.parseDouble} and {@code Float.parseFloat} with JDK 25's grammar, results
 * and exception messages.
 *
 * <p>Grammar ({@code Double.valueOf(String)} javadoc): optional leading and trailing
 * chars <= ' ', optional sign, then "NaN", "Infinity", a decimal significand with an
 * optional exponent, or a hexadecimal significand "0x..." with a mandatory binary
 * exponent "p..."; an optional suffix f/F/d/D. Errors: {@code "empty String"} for blank
 * input, {@code "multiple points"}, otherwise {@code For input string: "<input>"} (inputs
 * over 1000 chars are shortened to their first 497 and last 498 chars around " ... ").
 *
 * <p>The result is the input rounded once to the nearest value of the target format,
 * ties to even (IEEE 754 roundTiesToEven). The decimal conversion:
 * <ol>
 * <li>The significant digits f_1 .. f_n (no leading/trailing zeros) and the exponent e
 *     with x = 0.f_1...f_n * 10^e are found in one scan. If 10^e <= MIN_VALUE / 2 the
 *     result is zero, if 10^(e-1) > MAX_VALUE it is infinite.</li>
 * <li>Rounding boundaries (2c + 1) 2^(q-1) have no decimal digits beyond 10^-(1-q), so
 *     digits past that position of the smallest possible q (estimated from e) matter only
 *     through whether they are all zero: they are replaced by one sticky digit '3'.
 *     (The same cut as JDK 25's FloatingDecimal.)</li>
 * <li>Clinger's fast path when digits and power of ten are exact in the format, then
 *     {@link DecimalFastPath}, which decides almost all other inputs with a 64 x 126-bit
 *     product.</li>
 * <li>Otherwise exact: with F the digit integer and x = F 10^k, compute
 *     floor(x / 2^(q-1)) and whether a remainder is left, with {@link BigNat}, then round
 *     half-even. q = max(floor(log2 x) - (P-1), Q_MIN).</li>
 * </ol>
 */
public final class FloatingDecimalParser {
    private FloatingDecimalParser() {}

    /** Format parameters, index 0 = float (binary32), 1 = double (binary64). */
    private static final int[] P = {24, 53};
    private static final int[] Q_MIN = {-149, -1074};
    private static final int[] E_MIN = {-126, -1022};
    private static final int[] E_MAX = {127, 1023};
    /** x < 10^e <= 10^EP_ZERO rounds to zero; x >= 10^(e-1) >= 10^(EP_INF-1) overflows. */
    private static final int[] EP_ZERO = {-46, -324};
    private static final int[] EP_INF = {40, 310};
    /** Hex digits that hold P + 2 bits whatever the first digit. */
    private static final int[] HEX_COUNT = {8, 15};
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
        1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final float[] POW10F = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f,
        1e8f, 1e9f, 1e10f};

    /** {@code Double.parseDouble(s)}; a null s throws NullPointerException. */
    public static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, 1));
    }

    /** {@code Float.parseFloat(s)}; a null s throws NullPointerException. */
    public static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, 0));
    }

    /** The bits of the result (ix 0: float bits in the low 32, 1: double bits). */
    private static long parse(String in, int ix) {
        int len = in.length();
        int i = skipWhitespace(in, 0);
        if (i == len) {
            throw new NumberFormatException("empty String");
        }
        boolean neg = false;
        int ch = in.charAt(i);
        if (ch == '-' || ch == '+') {
            neg = ch == '-';
            i++;
        }
        boolean isDec = true;
        if (i < len) {
            ch = in.charAt(i);
            if (ch == 'I') {
                scanSymbolic(in, i, "Infinity");
                return infinity(ix, neg);
            }
            if (ch == 'N') {
                scanSymbolic(in, i, "NaN");
                return ix == 1 ? 0x7ff8000000000000L : 0x7fc00000L;   // sign ignored
            }
            if (ch == '0' && i < len - 1 && (in.charAt(i + 1) | 0x20) == 'x') {
                isDec = false;
                i += 2;
            }
        }
        int pt = 0;        // index after the point, 0 iff none
        int start = i;     // start of the significand
        while (i < len && ((ch = in.charAt(i)) == '0' || ch == '.')) {
            i++;
            if (ch == '.') {
                pt = point(pt, i);
            }
        }
        int lz = i;        // after the leading zeros (and point)
        int tnz = 0;       // after the last non-zero digit, 0 iff none
        while (i < len && (isDigit(ch = in.charAt(i), isDec) || ch == '.')) {
            i++;
            if (ch == '.') {
                pt = point(pt, i);
            } else if (ch != '0') {
                tnz = i;
            }
        }
        check(in, i - start > (pt != 0 ? 1 : 0));   // at least one digit
        int stop = i;
        long ep = 0;
        boolean hasExp = false;
        if (i < len && (((ch = in.charAt(i) | 0x20) == 'e' && isDec) || (ch == 'p' && !isDec))) {
            i++;
            int esign = ' ';
            if (i < len && ((ch = in.charAt(i)) == '-' || ch == '+')) {
                esign = ch;
                i++;
            }
            while (i < len && isDigit(ch = in.charAt(i), true)) {
                i++;
                ep = ep < 1_000_000_000L ? 10 * ep + (ch - '0') : 10_000_000_000L;   // clamp
            }
            check(in, i - stop >= 3 || (i - stop == 2 && esign == ' '));
            if (esign == '-') {
                ep = -ep;
            }
            hasExp = true;
        }
        check(in, isDec || hasExp);
        if (i < len && ((ch = in.charAt(i) | 0x20) == 'f' || ch == 'd')) {
            i++;
        }
        check(in, skipWhitespace(in, i) == len);

        if (tnz == 0) {
            return zero(ix, neg);
        }
        // Move the point virtually after the last non-zero digit: x = f * B^ep
        long emult = isDec ? 1 : 4;
        int n = tnz - lz;          // significant digits (minus one if a point is inside)
        if (pt == 0) {
            ep += emult * (stop - tnz);
        } else {
            ep += emult * (pt - tnz);
            if (pt > tnz) {
                ep -= emult;       // the point was counted as a position
            } else if (lz < pt) {
                n -= 1;            // the point lies among the digits
            }
        }
        return isDec ? decimal(in, ix, neg, lz, n, ep) : hex(in, ix, neg, lz, n, ep);
    }

    private static long hex(String in, int ix, boolean neg, int lz, int n, long ep) {
        int p = P[ix];
        long c = 0;
        int le = Math.min(n, HEX_COUNT[ix]);
        int i = lz;
        for (int j = 0; j < le; ) {
            int ch = in.charAt(i++);
            if (ch != '.') {
                j++;
                c = c << 4 | (ch <= '9' ? ch - '0' : (ch | 0x20) - ('a' - 10));
            }
        }
        if (n > le) {
            c |= 1;                // sticky: the dropped digits are not all zero
            ep += 4L * (n - le);
        }
        int bl = DecimalFastPath.bitLength(c);
        if (ep < Q_MIN[ix] - bl) {
            return zero(ix, neg);
        }
        if (ep > E_MAX[ix] - bl + 1) {
            return infinity(ix, neg);
        }
        int q = (int) ep;
        int shr;
        if (q > E_MIN[ix] - bl) {
            shr = bl - p;
            q += shr;
        } else {
            shr = Q_MIN[ix] - q;
            q = Q_MIN[ix];
        }
        if (shr > 0) {
            long thr = 1L << shr;
            long tail = (c & (thr - 1)) << 1;
            c >>>= shr;
            if (tail > thr || (tail == thr && (c & 1) != 0)) {
                c += 1;
                if (c >= 1L << p) {
                    c >>>= 1;
                    q += 1;
                }
            }
        } else {
            c <<= -shr;
        }
        return build(ix, neg, q, c);
    }

    private static long decimal(String in, int ix, boolean neg, int lz, int n, long ep) {
        long el = ep + n;          // x = 0.f_1...f_n * 10^e
        if (el <= EP_ZERO[ix]) {
            return zero(ix, neg);
        }
        if (el >= EP_INF[ix]) {
            return infinity(ix, neg);
        }
        int e = (int) el;
        int p = P[ix];
        int ql = Math.max(SchubfachTables.flog2pow10(e - 1) - (p - 1), Q_MIN[ix]);
        int keep = e + Math.max(1 - ql, 0);   // digits up to the last boundary digit
        int count = Math.min(n, keep + 1);
        byte[] digits = new byte[count];
        for (int i = lz, j = 0; j < count; ) {
            int ch = in.charAt(i++);
            if (ch != '.') {
                digits[j++] = (byte) ch;
            }
        }
        if (n > keep) {
            digits[keep] = '3';    // sticky digit for the dropped, non-zero tail
        }
        int k = e - count;         // x = F * 10^k
        if (count <= 15 && -22 <= k && k <= 22 && (ix == 1 || (count <= 7 && -10 <= k && k <= 10))) {
            long f = 0;
            for (int j = 0; j < count; j++) {
                f = 10 * f + (digits[j] - '0');
            }
            // Clinger's fast path: F and 10^|k| are exact, one correctly rounded operation
            if (ix == 1) {
                double v = k >= 0 ? (double) f * POW10[k] : (double) f / POW10[-k];
                return Double.doubleToRawLongBits(neg ? -v : v);
            }
            float v = k >= 0 ? (float) f * POW10F[k] : (float) f / POW10F[-k];
            return Float.floatToRawIntBits(neg ? -v : v) & 0xFFFF_FFFFL;
        }
        long w = 0;
        int wDigits = Math.min(count, 18);
        for (int j = 0; j < wDigits; j++) {
            w = 10 * w + (digits[j] - '0');
        }
        long fast = DecimalFastPath.round(w, count > wDigits ? 1 : 0, e - wDigits, p, Q_MIN[ix],
                E_MAX[ix]);
        if (fast != DecimalFastPath.UNDECIDED) {
            if (fast == 0x7ff0_0000_0000_0000L) {
                return infinity(ix, neg);
            }
            return neg ? fast | (ix == 1 ? 1L << 63 : 1L << 31) : fast;
        }
        return exact(ix, neg, digits, count, k);
    }

    /**
     * The exactly rounded bits of F * 10^k, F the integer with the given decimal digits:
     * q = max(floor(log2 x) - (P-1), Q_MIN) is found by comparing bit lengths, then
     * floor(x / 2^(q-1)) (the significand and one rounding bit) and whether anything
     * remains decide round-half-even.
     */
    static long exact(int ix, boolean neg, byte[] digits, int count, int k) {
        int p = P[ix];
        int[] f = BigNat.fromDigits(digits, count);
        long qq;                   // floor(x / 2^(q-1)), below 2^(P+1)
        boolean sticky;
        int q;
        if (k >= 0) {
            int[] x = BigNat.mulPow10(f, k);
            q = Math.max(BigNat.bitLength(x) - 1 - (p - 1), Q_MIN[ix]);
            if (q - 1 >= 0) {
                qq = BigNat.shiftRightToLong(x, q - 1);
                sticky = BigNat.lowBitsNonZero(x, q - 1);
            } else {
                qq = BigNat.shiftRightToLong(BigNat.shiftLeft(x, 1 - q), 0);
                sticky = false;
            }
        } else {
            int[] d = BigNat.mulPow10(new int[] {1}, -k);
            int t = BigNat.bitLength(f) - BigNat.bitLength(d);
            int cmp = t >= 0 ? BigNat.compare(f, BigNat.shiftLeft(d, t))
                             : BigNat.compare(BigNat.shiftLeft(f, -t), d);
            int floorLog2 = cmp >= 0 ? t : t - 1;
            q = Math.max(floorLog2 - (p - 1), Q_MIN[ix]);
            int[] a = 1 - q >= 0 ? BigNat.shiftLeft(f, 1 - q) : f;
            int[] b = 1 - q >= 0 ? d : BigNat.shiftLeft(d, q - 1);
            boolean[] rem = new boolean[1];
            qq = BigNat.divide(a, b, p + 1, rem);
            sticky = rem[0];
        }
        long c = qq >>> 1;
        if ((qq & 1) != 0 && (sticky || (c & 1) != 0)) {
            c++;
            if (c == 1L << p) {
                c >>>= 1;
                q++;
            }
        }
        if (q > E_MAX[ix] - (p - 1)) {
            return infinity(ix, neg);
        }
        return build(ix, neg, q, c);
    }

    /** The bits of c * 2^q: c < 2^(P-1) only when q = Q_MIN (subnormal or zero). */
    private static long build(int ix, boolean neg, int q, long c) {
        int p = P[ix];
        long mask = (1L << (p - 1)) - 1;
        long be = c < 1L << (p - 1) ? 0 : q - Q_MIN[ix] + 1;
        long bits = be << (p - 1) | (c & mask);
        if (ix == 1) {
            return neg ? bits | 1L << 63 : bits;
        }
        return neg ? bits | 1L << 31 : bits;
    }

    private static long zero(int ix, boolean neg) {
        return !neg ? 0 : ix == 1 ? 1L << 63 : 1L << 31;
    }

    private static long infinity(int ix, boolean neg) {
        if (ix == 1) {
            return neg ? 0xfff0000000000000L : 0x7ff0000000000000L;
        }
        return neg ? 0xff800000L : 0x7f800000L;
    }

    private static boolean isDigit(int ch, boolean isDec) {
        if ('0' <= ch && ch <= '9') {
            return true;
        }
        int lch = ch | 0x20;
        return !isDec && 'a' <= lch && lch <= 'f';
    }

    private static int skipWhitespace(String in, int i) {
        int len = in.length();
        while (i < len && in.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    /** "Infinity" or "NaN" at i, then only whitespace. */
    private static void scanSymbolic(String in, int i, String sub) {
        boolean ok = i + sub.length() <= in.length();
        for (int j = 0; ok && j < sub.length(); j++) {
            ok = in.charAt(i + j) == sub.charAt(j);
        }
        check(in, ok && skipWhitespace(in, i + sub.length()) == in.length());
    }

    private static int point(int pt, int i) {
        if (pt != 0) {
            throw new NumberFormatException("multiple points");
        }
        return i;
    }

    private static final int MAX_OUT = 1000;
    private static final String OMITTED = " ... ";

    private static void check(String in, boolean ok) {
        if (ok) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("For input string: \"");
        int len = in.length();
        if (len > MAX_OUT) {
            int left = (MAX_OUT - OMITTED.length()) / 2;
            int right = MAX_OUT - (left + OMITTED.length());
            appendRange(sb, in, 0, left);
            sb.append(OMITTED);
            appendRange(sb, in, len - right, len);
        } else {
            sb.append(in);
        }
        sb.append('"');
        throw new NumberFormatException(sb.toString());
    }

    private static void appendRange(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            sb.append(s.charAt(i));
        }
    }
}
