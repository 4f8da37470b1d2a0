package myos.classlib.fmt;

import java.util.Locale;
import myos.classlib.num.DoubleToDecimal;

/**
 * %e %f %g %a of java.util.Formatter (JDK 25): the value's shortest decimal (the digits of
 * Double.toString) is rounded HALF_UP to the requested precision, as the JDK's
 * FormattedFPDecimal does, then laid out with the sign, grouping and padding rules.
 */
final class FormatFloat {
    private FormatFloat() {}

    static void print(FormatSpec fs, StringBuilder out, double value, Locale l) {
        StringBuilder sb = new StringBuilder();
        boolean neg = Double.compare(value, 0.0) == -1;
        boolean upper = (fs.flags & FormatSpec.UPPER) != 0;
        if (!Double.isNaN(value)) {
            double v = Math.abs(value);
            fs.leadingSign(sb, neg);
            if (!Double.isInfinite(v)) printFinite(fs, sb, v, neg, l);
            else sb.append(upper ? "INFINITY" : "Infinity");
            if (neg && (fs.flags & FormatSpec.PAREN) != 0) sb.append(')');
        } else {
            sb.append(upper ? "NAN" : "NaN");
        }
        fs.justify(out, sb);
    }

    /** f * 10^e with n digits (f has no trailing zeros unless f == 0). */
    private long f;
    private int e;
    private int n;

    /** Splits the shortest decimal of v >= 0 (the digits of Double.toString) into f, e, n. */
    private static FormatFloat split(double v) {
        FormatFloat d = new FormatFloat();
        String s = DoubleToDecimal.toString(v);
        int exp = 0;
        int ePos = s.indexOf('E');
        if (ePos >= 0) {
            exp = Integer.parseInt(s.substring(ePos + 1));
            s = s.substring(0, ePos);
        }
        long digits = 0;
        int fracDigits = 0;
        boolean afterDot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') { afterDot = true; continue; }
            digits = digits * 10 + (c - '0');
            if (afterDot) fracDigits++;
        }
        exp -= fracDigits;
        while (digits != 0 && digits % 10 == 0) { digits /= 10; exp++; }
        d.f = digits;
        d.e = digits == 0 ? 0 : exp;
        d.n = digits == 0 ? 0 : Long.toString(digits).length();
        return d;
    }

    private int exponentRounded() {
        return n + e - 1;
    }

    /** Keeps pp significant digits, rounding half up (FormattedFPDecimal.round). */
    private void round(long pp) {
        if (n == 0 || pp < 0) {
            f = 0;
            e = 0;
            n = 1;
            return;
        }
        if (pp >= n) return;
        int p = (int) pp;
        e += n - p;
        long pow10 = pow10(n - p);
        f = (f + (pow10 >> 1)) / pow10;
        if (p == 0) {
            n = 1;
            if (f == 0) e = 0;
            return;
        }
        n = p;
        if (f == pow10(p)) {
            f /= 10;
            e += 1;
        }
    }

    private static long pow10(int k) {
        long r = 1;
        for (int i = 0; i < k; i++) r *= 10;
        return r;
    }

    /** The plain digits (FormattedFPDecimal.plainChars). */
    private String plain() {
        String digits = f == 0 ? "0" : Long.toString(f);
        if (n == 0) { digits = "0"; }
        if (e >= 0) {
            StringBuilder sb = new StringBuilder(digits);
            if (f != 0) for (int i = 0; i < e; i++) sb.append('0');
            return sb.toString();
        }
        int intDigits = n + e;
        if (intDigits > 0) return digits.substring(0, intDigits) + "." + digits.substring(intDigits);
        StringBuilder sb = new StringBuilder("0.");
        for (int i = 0; i < -intDigits; i++) sb.append('0');
        return sb.append(digits).toString();
    }

    /** d.ddd (scientific mantissa with prec fraction digits available). */
    private String scientificMantissa(int prec) {
        String digits = Long.toString(f);
        if (prec == 0) return digits.substring(0, 1);
        return digits.substring(0, 1) + "." + digits.substring(1);
    }

    private String exponentChars() {
        int er = exponentRounded();
        int aer = Math.abs(er);
        String d = Integer.toString(aer);
        if (aer < 10) d = "0" + d;
        return (er >= 0 ? "+" : "-") + d;
    }

    private static void addZeros(StringBuilder sb, int prec) {
        int len = sb.length();
        int i = sb.indexOf(".");
        boolean needDot = i < 0;
        if (needDot) i = len;
        int outPrec = len - i - (needDot ? 0 : 1);
        if (outPrec >= prec) return;
        if (needDot) sb.append('.');
        for (int k = outPrec; k < prec; k++) sb.append('0');
    }

    private static void printFinite(FormatSpec fs, StringBuilder sb, double value, boolean neg, Locale l) {
        int flags = fs.flags;
        boolean alt = (flags & FormatSpec.ALT) != 0;
        char c = fs.conversion;
        if (c == 'e') {
            int prec = fs.precision == -1 ? 6 : fs.precision;
            FormatFloat fd = split(value);
            fd.round(prec + 1L);
            StringBuilder mant = new StringBuilder(fd.scientificMantissa(prec));
            addZeros(mant, prec);
            if (alt && prec == 0) mant.append('.');
            String exp = value == 0.0 ? "+00" : fd.exponentChars();
            int newW = fs.width == -1 ? -1 : fs.adjustWidth(fs.width - exp.length() - 1, neg);
            fs.magnitude(sb, mant, 0, newW, l);
            sb.append((flags & FormatSpec.UPPER) != 0 ? 'E' : 'e').append(exp);
        } else if (c == 'f') {
            int prec = fs.precision == -1 ? 6 : fs.precision;
            FormatFloat fd = split(value);
            fd.round(fd.n + fd.e + (long) prec);
            StringBuilder mant = new StringBuilder(fd.plain());
            addZeros(mant, prec);
            if (alt && prec == 0) mant.append('.');
            fs.magnitude(sb, mant, 0, fs.width == -1 ? -1 : fs.adjustWidth(fs.width, neg), l);
        } else if (c == 'g') {
            int prec = fs.precision == -1 ? 6 : (fs.precision == 0 ? 1 : fs.precision);
            String exp = null;
            StringBuilder mant = new StringBuilder();
            int expRounded;
            if (value == 0.0) {
                mant.append('0');
                expRounded = 0;
            } else {
                FormatFloat fd = split(value);
                fd.round(prec);
                expRounded = fd.exponentRounded();
                if (-4 <= expRounded && expRounded < prec) {
                    mant.append(fd.plain());
                } else {
                    mant.append(fd.scientificMantissa(prec - 1));
                    exp = fd.exponentChars();
                }
            }
            if (exp != null) prec -= 1;
            else prec -= expRounded + 1;
            addZeros(mant, prec);
            if (alt && prec == 0) mant.append('.');
            int newW = fs.width;
            if (fs.width != -1) newW = exp != null ? fs.adjustWidth(fs.width - exp.length() - 1, neg) : fs.adjustWidth(fs.width, neg);
            fs.magnitude(sb, mant, 0, newW, l);
            if (exp != null) sb.append((flags & FormatSpec.UPPER) != 0 ? 'E' : 'e').append(exp);
        } else { // 'a': not localized
            int prec = fs.precision == -1 ? 0 : (fs.precision == 0 ? 1 : fs.precision);
            String s = hexDouble(value, prec);
            boolean up = (flags & FormatSpec.UPPER) != 0;
            sb.append(up ? "0X" : "0x");
            if ((flags & FormatSpec.ZERO) != 0) {
                int lead = ((flags & (FormatSpec.SPACE | FormatSpec.PLUS)) != 0 || neg) ? 3 : 2;
                for (int k = s.length() + lead; k < fs.width; k++) sb.append('0');
            }
            int idx = s.indexOf('p');
            StringBuilder mant = new StringBuilder(up ? LocaleRules.toUpperCase(s.substring(0, idx), null) : s.substring(0, idx));
            if (prec != 0) addZeros(mant, prec);
            sb.append(mant).append(up ? 'P' : 'p').append(s, idx + 1, s.length());
        }
    }

    /**
     * Double.toHexString(d) without "0x", its significand rounded half-even to prec hex
     * digits when 1 <= prec <= 12 (Formatter.hexDouble); a subnormal is first normalized
     * so that the digits kept are significant ones, and keeps a normalized exponent.
     */
    private static String hexDouble(double d, int prec) {
        if (!(d - d == 0) || d == 0.0 || prec == 0 || prec >= 13) return Double.toHexString(d).substring(2);
        int exponent = Math.getExponent(d);
        boolean subnormal = exponent == Double.MIN_EXPONENT - 1;
        if (subnormal) d *= 0x1p54;                    // exact: a subnormal times 2^54 is normal
        int shift = 53 - (1 + prec * 4);               // significand bits rounded away
        long bits = Double.doubleToRawLongBits(d);
        long signif = (bits & 0x7fffffffffffffffL) >> shift;
        long rest = bits & ~(~0L << shift);
        boolean leastZero = (signif & 1) == 0;
        boolean round = ((1L << (shift - 1)) & rest) != 0;
        boolean sticky = shift > 1 && (~(1L << (shift - 1)) & rest) != 0;
        if (leastZero && round && sticky || !leastZero && round) signif++;
        double r = Double.longBitsToDouble((bits & 0x8000000000000000L) | (signif << shift));
        if (Double.isInfinite(r)) return "1.0p1024";   // rounded up past MAX_VALUE
        String res = Double.toHexString(r).substring(2);
        if (!subnormal) return res;
        int idx = res.indexOf('p');
        return res.substring(0, idx) + "p" + (Integer.parseInt(res.substring(idx + 1)) - 54);
    }
}
