package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The root of everything thrown. Messages, causes, suppression and the printed format
 * follow the JDK. As in the JDK, fillInStackTrace records only the raw stack (the return
 * addresses, {@link myos.rt.StackWalk}); the StackTraceElements are made from the
 * executable's frame table ({@link myos.rt.FrameTable}) the first time getStackTrace or
 * printStackTrace needs them, so throwing stays cheap.
 */
public class Throwable implements java.io.Serializable {
    private static final StackTraceElement[] UNASSIGNED_STACK = new StackTraceElement[0];
    private static final Throwable[] EMPTY_THROWABLE_ARRAY = new Throwable[0];

    private String detailMessage;
    /** {@code this} means "not yet initialised" (initCause may still set it), as in the JDK. */
    private Throwable cause = this;
    private StackTraceElement[] stackTrace = UNASSIGNED_STACK;
    /** The raw stack fillInStackTrace captured, until it is symbolised (the JDK's backtrace field). */
    private transient long[] backtrace;
    private Throwable[] suppressed;
    private int suppressedCount;
    private final boolean suppressionEnabled;
    private final boolean stackWritable;

    public Throwable() {
        suppressionEnabled = true;
        stackWritable = true;
        fillInStackTrace(); // as the JDK: subclasses may override it
    }

    public Throwable(String message) {
        this();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        this();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        this();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        suppressionEnabled = enableSuppression;
        stackWritable = writableStackTrace;
        if (writableStackTrace) fillInStackTrace();
        else stackTrace = null;
        detailMessage = message;
        this.cause = cause;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this)
            throw new IllegalStateException("Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()), this);
        if (cause == this) throw new IllegalArgumentException("Self-causation not permitted", this);
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        synchronized (s) {
            print(new Out(s, null), null, "", "", new Throwable[8], 0);
        }
    }

    public void printStackTrace(PrintWriter s) {
        synchronized (s) {
            print(new Out(null, s), null, "", "", new Throwable[8], 0);
        }
    }

    /** PrintStream or PrintWriter, whichever printStackTrace got. */
    private static final class Out {
        final PrintStream ps;
        final PrintWriter pw;

        Out(PrintStream ps, PrintWriter pw) {
            this.ps = ps;
            this.pw = pw;
        }

        void println(Object o) {
            if (ps != null) ps.println(o);
            else pw.println(o);
        }
    }

    /**
     * The JDK's printEnclosedStackTrace: seen holds the throwables already printed (by
     * identity) so that cause/suppression cycles print "[CIRCULAR REFERENCE: ...]".
     */
    private int print(Out s, StackTraceElement[] enclosing, String caption, String prefix, Throwable[] seen, int seenCount) {
        for (int i = 0; i < seenCount; i++) {
            if (seen[i] == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return seenCount;
            }
        }
        if (seenCount == seen.length) {
            Throwable[] bigger = new Throwable[seenCount * 2];
            System.arraycopy(seen, 0, bigger, 0, seenCount);
            seen = bigger;
        }
        seen[seenCount++] = this;
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int framesInCommon = 0;
        if (enclosing != null) {
            int n = enclosing.length - 1;
            while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) { m--; n--; }
            framesInCommon = trace.length - 1 - m;
        }
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) s.println(prefix + "\tat " + trace[i]);
        if (framesInCommon != 0) s.println(prefix + "\t... " + framesInCommon + " more");
        for (Throwable se : getSuppressed()) seenCount = se.print(s, trace, "Suppressed: ", prefix + "\t", seen, seenCount);
        Throwable ourCause = getCause();
        if (ourCause != null) seenCount = ourCause.print(s, trace, "Caused by: ", prefix, seen, seenCount);
        return seenCount;
    }

    /**
     * Records the current stack (javadoc: "Fills in the execution stack trace"); a throwable
     * made with writableStackTrace false stays without one. Not synchronized (unlike the
     * JDK's): it runs in every exception's constructor, before the object is shared, and
     * would otherwise inflate a monitor per throw.
     */
    public Throwable fillInStackTrace() {
        if (stackTrace != null || backtrace != null) {
            backtrace = myos.rt.StackWalk.capture();
            stackTrace = UNASSIGNED_STACK;
        }
        return this;
    }

    /** The frames, symbolised on first use from the captured backtrace (as the JDK's getOurStackTrace). */
    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == UNASSIGNED_STACK || stackTrace == null) {
            if (backtrace == null) return UNASSIGNED_STACK;
            stackTrace = myos.rt.FrameTable.symbolise(backtrace, getClass());
            backtrace = null;
        }
        return stackTrace;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null) throw new NullPointerException("stackTrace[" + i + "]");
        }
        synchronized (this) {
            if (this.stackTrace == null && backtrace == null) return; // not writable
            this.stackTrace = defensiveCopy;
            backtrace = null;
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) throw new IllegalArgumentException("Self-suppression not permitted", exception);
        if (exception == null) throw new NullPointerException("Cannot suppress a null exception.");
        if (!suppressionEnabled) return;
        if (suppressed == null) suppressed = new Throwable[1];
        else if (suppressedCount == suppressed.length) {
            Throwable[] bigger = new Throwable[suppressedCount * 2];
            System.arraycopy(suppressed, 0, bigger, 0, suppressedCount);
            suppressed = bigger;
        }
        suppressed[suppressedCount++] = exception;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressedCount == 0) return EMPTY_THROWABLE_ARRAY;
        Throwable[] r = new Throwable[suppressedCount];
        System.arraycopy(suppressed, 0, r, 0, suppressedCount);
        return r;
    }
}
