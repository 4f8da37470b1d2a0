package java.lang;

import myos.classlib.num.IntegerFormat;

/** Shared parsing of a char range for Integer/Long.parseXxx(CharSequence, int, int, int). */
final class Numbers {
    private Numbers() {}

    static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX)
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        if (radix > Character.MAX_RADIX)
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
    }

    /**
     * The JDK algorithm (negative accumulation against limit) for a signed value whose
     * minimum is minValue (Integer.MIN_VALUE or Long.MIN_VALUE), with the JDK's
     * "Error at index N in: ..." message.
     */
    static long parseSigned(CharSequence s, int beginIndex, int endIndex, int radix, long minValue) {
        if (s == null) throw new NullPointerException();
        String.checkFromToIndexIOOBE(beginIndex, endIndex, s.length());
        checkRadix(radix);
        if (beginIndex == endIndex) throw NumberFormatException.forInputString("", radix);
        int digit = ~0xFF;
        int i = beginIndex;
        char firstChar = s.charAt(i++);
        if (firstChar != '-' && firstChar != '+') digit = IntegerFormat.digit(firstChar, radix);
        if (digit >= 0 || digit == ~0xFF && endIndex - beginIndex > 1) {
            long limit = firstChar != '-' ? minValue + 1 : minValue;
            long multmin = limit / radix;
            long result = -(digit & 0xFF);
            boolean inRange = true;
            while (i < endIndex && (digit = IntegerFormat.digit(s.charAt(i++), radix)) >= 0
                    && (inRange = result > multmin || result == multmin && digit <= radix * multmin - limit)) {
                result = radix * result - digit;
            }
            if (inRange && i == endIndex && digit >= 0) return firstChar != '-' ? -result : result;
        }
        throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i - (digit < -1 ? 0 : 1));
    }

    /** Unsigned parse of a char range; bits is 32 or 64. */
    static long parseUnsigned(CharSequence s, int beginIndex, int endIndex, int radix, int bits) {
        if (s == null) throw new NullPointerException();
        String.checkFromToIndexIOOBE(beginIndex, endIndex, s.length());
        checkRadix(radix);
        if (beginIndex == endIndex) throw NumberFormatException.forInputString("", radix);
        String sub = s.subSequence(beginIndex, endIndex).toString();
        if (sub.charAt(0) == '-')
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + sub + ".");
        try {
            return bits == 32 ? Integer.parseUnsignedInt(sub, radix) & 0xFFFFFFFFL : Long.parseUnsignedLong(sub, radix);
        } catch (NumberFormatException e) {
            if (e.getMessage().startsWith("String value")) throw e;
            int i = beginIndex + (sub.charAt(0) == '+' ? 1 : 0);
            while (i < endIndex && IntegerFormat.digit(s.charAt(i), radix) >= 0) i++;
            throw NumberFormatException.forCharSequence(s, beginIndex, endIndex, i);
        }
    }

    /** Integer/Long.decode: sign, then 0x/0X/# (hex) or 0 (octal) prefix. */
    static long decode(String nm, boolean isLong) {
        int radix = 10, index = 0;
        boolean negative = false;
        if (nm.isEmpty()) throw new NumberFormatException("Zero length string");
        char firstChar = nm.charAt(0);
        if (firstChar == '-') { negative = true; index++; }
        else if (firstChar == '+') index++;
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) { index += 2; radix = 16; }
        else if (nm.startsWith("#", index)) { index++; radix = 16; }
        else if (nm.startsWith("0", index) && nm.length() > 1 + index) { index++; radix = 8; }
        if (nm.startsWith("-", index) || nm.startsWith("+", index))
            throw new NumberFormatException("Sign character in wrong position");
        long result;
        try {
            result = isLong ? Long.parseLong(nm, index, nm.length(), radix) : Integer.parseInt(nm, index, nm.length(), radix);
            result = negative ? -result : result;
        } catch (NumberFormatException e) {
            // MIN_VALUE lands here; any genuine format error is rethrown by the second parse.
            String constant = negative ? ("-" + nm.substring(index)) : nm.substring(index);
            result = isLong ? Long.parseLong(constant, radix) : Integer.parseInt(constant, radix);
        }
        return result;
    }
}
