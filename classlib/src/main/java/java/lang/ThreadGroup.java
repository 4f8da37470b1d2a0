package java.lang;

/**
 * A named group of threads. As in JDK 21+, groups no longer track their threads; what
 * remains is the name, the parent, the maximum priority and the default uncaught-exception
 * handling (which prints "Exception in thread ..." and the stack trace to System.err).
 */
public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    static final ThreadGroup SYSTEM = new ThreadGroup(null, "system", Thread.MAX_PRIORITY, false);
    static final ThreadGroup MAIN = new ThreadGroup(SYSTEM, "main", Thread.MAX_PRIORITY, false);

    private final ThreadGroup parent;
    private final String name;
    private volatile int maxPriority;
    private volatile boolean daemon;

    private ThreadGroup(ThreadGroup parent, String name, int maxPriority, boolean daemon) {
        this.parent = parent;
        this.name = name;
        this.maxPriority = maxPriority;
        this.daemon = daemon;
    }

    public ThreadGroup(String name) {
        this(Thread.currentThread().getThreadGroup(), name);
    }

    public ThreadGroup(ThreadGroup parent, String name) {
        this(checkParent(parent), name, parent.maxPriority, parent.daemon);
    }

    private static ThreadGroup checkParent(ThreadGroup parent) {
        if (parent == null) throw new NullPointerException();
        return parent;
    }

    public final String getName() { return name; }
    public final ThreadGroup getParent() { return parent; }
    public final int getMaxPriority() { return maxPriority; }

    @Deprecated(since = "16", forRemoval = true)
    public final boolean isDaemon() { return daemon; }

    @Deprecated(since = "16", forRemoval = true)
    public final void setDaemon(boolean daemon) { this.daemon = daemon; }

    public final void setMaxPriority(int pri) {
        if (pri >= Thread.MIN_PRIORITY && pri <= Thread.MAX_PRIORITY) {
            maxPriority = (parent != null) ? Math.min(pri, parent.maxPriority) : pri;
        }
    }

    public final boolean parentOf(ThreadGroup g) {
        for (; g != null; g = g.parent) if (g == this) return true;
        return false;
    }

    public final void checkAccess() {}

    /** The JDK's default: parent first, then the default handler, else print to System.err. */
    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (parent != null) {
            parent.uncaughtException(t, e);
        } else {
            Thread.UncaughtExceptionHandler ueh = Thread.getDefaultUncaughtExceptionHandler();
            if (ueh != null) {
                ueh.uncaughtException(t, e);
            } else {
                System.err.print("Exception in thread \"" + t.getName() + "\" ");
                e.printStackTrace(System.err);
            }
        }
    }

    public String toString() {
        return getClass().getName() + "[name=" + getName() + ",maxpri=" + getMaxPriority() + "]";
    }
}
