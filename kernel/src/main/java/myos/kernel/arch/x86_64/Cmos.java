package myos.kernel.arch.x86_64;

import myos.kernel.time.RtcTime;

/**
 * The CMOS real-time clock (Motorola MC146818 and its PC successors): registers read by
 * writing the index to port 0x70 (bit 7 = NMI disable, kept set while we poke) and reading
 * port 0x71. Seconds 0x00, minutes 0x02, hours 0x04, day 0x07, month 0x08, year 0x09,
 * century 0x32 (the ACPI FADT CENTURY default on PCs and QEMU), status A 0x0A (bit 7 = update
 * in progress), status B 0x0B (bit 2 = binary, bit 1 = 24-hour).
 *
 * <p>The clock updates once a second; reading during an update can mix two seconds, so the
 * time is read until two consecutive reads agree, each after UIP is clear (the method of
 * Linux's mc146818_get_time).
 */
public final class Cmos {
    static final int INDEX = 0x70, DATA = 0x71, NMI_DISABLE = 0x80;
    static final int SECONDS = 0x00, MINUTES = 0x02, HOURS = 0x04, DAY = 0x07, MONTH = 0x08, YEAR = 0x09;
    static final int STATUS_A = 0x0a, STATUS_B = 0x0b, CENTURY = 0x32;
    static final int UIP = 0x80, BINARY = 0x04, HOUR24 = 0x02;
    private static final int MAX_TRIES = 1_000_000;

    private final PortIo io;

    public Cmos(PortIo io) {
        this.io = io;
    }

    int read(int reg) {
        io.out8(INDEX, NMI_DISABLE | reg);
        return io.in8(DATA);
    }

    /** Seconds since the Unix epoch (the RTC is kept in UTC on our VMs), or -1 if it never settles. */
    public long epochSeconds() {
        int[] a = new int[7];
        int[] b = new int[7];
        if (!snapshot(a)) return -1;
        for (int tries = 0; tries < 10; tries++) {
            if (!snapshot(b)) return -1;
            if (same(a, b)) return decode(a, read(STATUS_B));
            int[] t = a;
            a = b;
            b = t;
        }
        return -1;
    }

    private static boolean same(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    private boolean snapshot(int[] r) {
        int i = 0;
        while ((read(STATUS_A) & UIP) != 0) {
            if (++i == MAX_TRIES) return false;
        }
        r[0] = read(SECONDS);
        r[1] = read(MINUTES);
        r[2] = read(HOURS);
        r[3] = read(DAY);
        r[4] = read(MONTH);
        r[5] = read(YEAR);
        r[6] = read(CENTURY);
        return true;
    }

    static long decode(int[] r, int statusB) {
        boolean binary = (statusB & BINARY) != 0;
        boolean h24 = (statusB & HOUR24) != 0;
        int sec = binary ? r[0] : RtcTime.bcd(r[0]);
        int min = binary ? r[1] : RtcTime.bcd(r[1]);
        int hour = RtcTime.hour24(r[2], binary, h24);
        int day = binary ? r[3] : RtcTime.bcd(r[3]);
        int month = binary ? r[4] : RtcTime.bcd(r[4]);
        int year = binary ? r[5] : RtcTime.bcd(r[5]);
        int century = binary ? r[6] : RtcTime.bcd(r[6]);
        if (century < 19 || century > 99) century = year < 70 ? 20 : 19;   // no century register
        return RtcTime.epochSeconds(century * 100L + year, month, day, hour, min, sec);
    }
}
