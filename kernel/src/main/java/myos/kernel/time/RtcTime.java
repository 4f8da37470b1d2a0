package myos.kernel.time;

/**
 * Calendar arithmetic for the CMOS real-time clock: BCD decoding and civil date to Unix
 * time. The days-from-civil algorithm is the proleptic-Gregorian one of H. Hinnant
 * ("chrono-Compatible Low-Level Date Algorithms"), integer-only.
 */
public final class RtcTime {
    private RtcTime() {}

    /** A BCD byte (two decimal digits) as a number. */
    public static int bcd(int v) {
        return (v & 0x0f) + ((v >>> 4) & 0x0f) * 10;
    }

    /** Days since 1970-01-01 of the given date (month 1..12, day 1..31). */
    public static long daysFromCivil(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;                                  // [0, 399]
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;   // [0, 365]
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          // [0, 146096]
        return era * 146097 + doe - 719468;
    }

    /** Seconds since the Unix epoch (UTC) of a civil date and time. */
    public static long epochSeconds(long year, int month, int day, int hour, int minute, int second) {
        return daysFromCivil(year, month, day) * 86400L + hour * 3600L + minute * 60L + second;
    }

    /**
     * The hour register in 24-hour form. In 12-hour mode (status B bit 1 clear) bit 7 is PM
     * and 12 means 0 (MC146818 data sheet, "Hours" register).
     */
    public static int hour24(int raw, boolean binary, boolean twentyFour) {
        boolean pm = !twentyFour && (raw & 0x80) != 0;
        int h = raw & 0x7f;
        h = binary ? h : bcd(h);
        if (!twentyFour) h = (h % 12) + (pm ? 12 : 0);
        return h;
    }
}
