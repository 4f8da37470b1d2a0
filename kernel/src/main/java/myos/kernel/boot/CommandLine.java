package myos.kernel.boot;

/**
 * The kernel command line, parsed the way Linux's parse_args (kernel/params.c) splits it:
 * words separated by blanks, each {@code name} or {@code name=value}; a value may be
 * double-quoted to hold blanks. Understood here:
 * <ul>
 * <li>{@code console=ttyS<n>[,<baud>]} — the serial console (Linux
 *     Documentation/admin-guide/serial-console.rst); default ttyS0 at 115200;</li>
 * <li>{@code loglevel=<0..8>} — messages with a level below it reach the console (Linux
 *     console_loglevel semantics); bare {@code debug} means 8 (everything), {@code quiet} 4;</li>
 * <li>{@code debug=<flag>[,<flag>...]} — self-tests and fault injection for the integration
 *     tests, see the {@code DEBUG_*} bits.</li>
 * </ul>
 * Anything else is kept ({@link #value}) for later subsystems ({@code root=}, {@code init=}).
 * Problems (a bad number, an unknown debug flag) never stop the boot: they are collected
 * in {@link #warnings()} and logged.
 */
public final class CommandLine {
    public static final int DEFAULT_LOGLEVEL = 7;
    public static final int DEFAULT_BAUD = 115200;

    /** Trigger a kernel page fault after boot (panic with CR2 + backtrace). */
    public static final int DEBUG_PAGEFAULT = 1;
    /** Fail a kernel assertion after boot. */
    public static final int DEBUG_ASSERT = 1 << 1;
    /** Overflow a kernel stack into its guard page. */
    public static final int DEBUG_STACKOVERFLOW = 1 << 2;
    /** Allocation stress: kernel threads churn the heap under preemption. */
    public static final int DEBUG_THREADS = 1 << 3;
    /** Sleep/wakeup interleaving test. */
    public static final int DEBUG_SLEEP = 1 << 4;
    /** Run the embedded ring-3 program. */
    public static final int DEBUG_USER = 1 << 5;
    /** Collect often (runtime GC-stress mode). */
    public static final int DEBUG_GCSTRESS = 1 << 6;
    /** Verify the heap after every collection. */
    public static final int DEBUG_HEAPVERIFY = 1 << 7;

    private static final String[] FLAG_NAMES = {
        "pagefault", "assert", "stackoverflow", "threads", "sleep", "user", "gcstress", "heapverify"
    };

    private final byte[] raw;
    private final int[] nameStart = new int[64];
    private final int[] nameEnd = new int[64];
    private final int[] valueStart = new int[64];   // -1: no '='
    private final int[] valueEnd = new int[64];
    private int words;
    private int loglevel = DEFAULT_LOGLEVEL;
    private int serialPort;
    private int baud = DEFAULT_BAUD;
    private int debugFlags;
    private final StringBuilder warnings = new StringBuilder();

    public CommandLine(byte[] raw) {
        this.raw = raw;
        split();
        for (int w = 0; w < words; w++) interpret(w);
    }

    public int loglevel() {
        return loglevel;
    }

    /** n of ttyS<n>. */
    public int serialPort() {
        return serialPort;
    }

    public int baud() {
        return baud;
    }

    public int debugFlags() {
        return debugFlags;
    }

    public boolean debug(int flag) {
        return (debugFlags & flag) != 0;
    }

    /** Problems found, one per line, empty if none. */
    public String warnings() {
        return warnings.toString();
    }

    /** The value of the last {@code name=value}, "" for a bare {@code name}, null if absent. */
    public String value(String name) {
        for (int w = words - 1; w >= 0; w--) {
            if (nameIs(w, name)) {
                return valueStart[w] < 0 ? "" : text(valueStart[w], valueEnd[w]);
            }
        }
        return null;
    }

    public String raw() {
        return text(0, raw.length);
    }

    private void split() {
        int i = 0, n = raw.length;
        while (i < n && words < nameStart.length) {
            while (i < n && isBlank(raw[i])) i++;
            if (i >= n) break;
            int w = words++;
            nameStart[w] = i;
            while (i < n && !isBlank(raw[i]) && raw[i] != '=') i++;
            nameEnd[w] = i;
            valueStart[w] = -1;
            if (i < n && raw[i] == '=') {
                i++;
                boolean quoted = i < n && raw[i] == '"';
                if (quoted) i++;
                valueStart[w] = i;
                while (i < n && (quoted ? raw[i] != '"' : !isBlank(raw[i]))) i++;
                valueEnd[w] = i;
                if (quoted && i < n) i++;
            }
        }
        if (words == nameStart.length) warn("more than 64 parameters; the rest is ignored");
    }

    private void interpret(int w) {
        if (nameIs(w, "loglevel")) {
            int v = number(valueStart[w], valueEnd[w]);
            if (v < 0 || v > 8) warn("loglevel: expected 0..8");
            else loglevel = v;
        } else if (nameIs(w, "quiet")) {
            loglevel = 4;
        } else if (nameIs(w, "debug")) {
            if (valueStart[w] < 0) loglevel = 8;
            else debugList(valueStart[w], valueEnd[w]);
        } else if (nameIs(w, "console")) {
            console(valueStart[w], valueEnd[w]);
        }
    }

    /** ttyS<n>[,<baud>[<parity><bits>]]; other consoles (tty0) are accepted and ignored. */
    private void console(int s, int e) {
        if (s < 0 || !startsWith(s, e, "ttyS")) return;
        int comma = s + 4;
        while (comma < e && raw[comma] != ',') comma++;
        int port = number(s + 4, comma);
        if (port < 0 || port > 3) {
            warn("console: expected ttyS0..ttyS3");
            return;
        }
        serialPort = port;
        if (comma < e) {
            int digitsEnd = comma + 1;
            while (digitsEnd < e && raw[digitsEnd] >= '0' && raw[digitsEnd] <= '9') digitsEnd++;
            int b = number(comma + 1, digitsEnd);
            if (b <= 0 || 115200 % b != 0) warn("console: baud rate must divide 115200");
            else baud = b;
        }
    }

    private void debugList(int s, int e) {
        int i = s;
        while (i < e) {
            int j = i;
            while (j < e && raw[j] != ',') j++;
            int bit = flagBit(i, j);
            if (bit == 0) warn("debug: unknown flag " + text(i, j));
            debugFlags |= bit;
            i = j + 1;
        }
    }

    private int flagBit(int s, int e) {
        for (int f = 0; f < FLAG_NAMES.length; f++) {
            if (equals(s, e, FLAG_NAMES[f])) return 1 << f;
        }
        return 0;
    }

    private void warn(String message) {
        warnings.append("cmdline: ").append(message).append('\n');
    }

    /** Decimal number in raw[s, e), or -1 if empty, not all digits, or above 1e9. */
    private int number(int s, int e) {
        if (s < 0 || s >= e || e - s > 9) return -1;
        int v = 0;
        for (int i = s; i < e; i++) {
            int d = raw[i] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    private boolean nameIs(int w, String name) {
        return equals(nameStart[w], nameEnd[w], name);
    }

    private boolean equals(int s, int e, String t) {
        return e - s == t.length() && startsWith(s, e, t);
    }

    private boolean startsWith(int s, int e, String t) {
        if (e - s < t.length()) return false;
        for (int i = 0; i < t.length(); i++) {
            if ((raw[s + i] & 0xff) != t.charAt(i)) return false;
        }
        return true;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** Bytes as Latin-1 characters (the command line is ASCII in practice). */
    private String text(int s, int e) {
        char[] c = new char[e - s];
        for (int i = s; i < e; i++) c[i - s] = (char) (raw[i] & 0xff);
        return new String(c);
    }
}
