package java.lang;

import myos.rt.Mem;
import myos.rt.Monitor;
import myos.rt.ThreadBlock;
import myos.rt.Threads;

/**
 * A platform thread. The native thread, its stack and scheduling belong to the runtime
 * (myos.rt.Threads, docs/abi.md "Services the class library needs"); this class keeps the
 * Java-visible state: name, id, priority, daemon flag, interrupt status, life cycle,
 * uncaught-exception handling and the thread-local maps.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private static final int NEW = 0, ALIVE = 1, TERMINATED = 2;
    // What the thread is blocked in, for getState(); set around the waits this library makes.
    static final int RUNNING = 0, SLEEPING = 1, WAITING = 2, TIMED_WAITING = 3;

    private static long nextId = 2;      // 1 is the main thread
    private static int nextThreadNumber; // "Thread-N" names, from 0 as in the JDK
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    private volatile String name;
    private final long tid;
    private int priority;
    private boolean daemon;
    private final Runnable target;
    private final long stackSize;
    private ThreadGroup group;
    private volatile int lifecycle;
    volatile int blockState;
    private volatile boolean interrupted;
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    /** ThreadLocal values: alternating key/value slots, managed by ThreadLocal. */
    Object[] threadLocals;
    Object[] inheritableThreadLocals;

    private static synchronized long nextThreadId() {
        return nextId++;
    }

    private static synchronized int nextThreadNum() {
        return nextThreadNumber++;
    }

    /** The main thread's object (called by myos.rt.Start, not JDK API). */
    public static Thread newMainThread() {
        return new Thread("main", 1L);
    }

    private Thread(String name, long tid) {
        this.name = name;
        this.tid = tid;
        this.priority = NORM_PRIORITY;
        this.target = null;
        this.stackSize = 0;
        this.group = ThreadGroup.MAIN;
        this.lifecycle = ALIVE;
    }

    public Thread() { this(null, null, "Thread-" + nextThreadNum(), 0); }
    public Thread(Runnable task) { this(null, task, "Thread-" + nextThreadNum(), 0); }
    public Thread(ThreadGroup group, Runnable task) { this(group, task, "Thread-" + nextThreadNum(), 0); }
    public Thread(String name) { this(null, null, name, 0); }
    public Thread(ThreadGroup group, String name) { this(group, null, name, 0); }
    public Thread(Runnable task, String name) { this(null, task, name, 0); }
    public Thread(ThreadGroup group, Runnable task, String name) { this(group, task, name, 0); }

    public Thread(ThreadGroup group, Runnable task, String name, long stackSize) {
        this(group, task, name, stackSize, true);
    }

    public Thread(ThreadGroup group, Runnable task, String name, long stackSize, boolean inheritInheritableThreadLocals) {
        if (name == null) throw new NullPointerException("'name' is null");
        Thread parent = currentThread();
        this.name = name;
        this.tid = nextThreadId();
        this.target = task;
        this.stackSize = stackSize;
        this.group = group != null ? group : parent.getThreadGroup();
        if (this.group == null) this.group = ThreadGroup.MAIN;
        this.priority = Math.min(parent.getPriority(), this.group.getMaxPriority());
        this.daemon = parent.isDaemon();
        if (inheritInheritableThreadLocals && parent.inheritableThreadLocals != null)
            this.inheritableThreadLocals = ThreadLocal.inherit(parent.inheritableThreadLocals);
    }

    public static Thread currentThread() {
        return (Thread) Mem.objectAt(Mem.load64(Mem.threadBlock() + ThreadBlock.THREAD));
    }

    public static void yield() {
        Threads.yieldNow();
    }

    public static void onSpinWait() {
        Mem.pause();
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        sleepNanos(millis >= Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE : millis * 1_000_000L);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        long total = millis >= (Long.MAX_VALUE - nanos) / 1_000_000L ? Long.MAX_VALUE : millis * 1_000_000L + nanos;
        sleepNanos(total);
    }

    /** Sleeps the whole time unless interrupted (Threads.sleep may return early). */
    private static void sleepNanos(long nanos) throws InterruptedException {
        Thread self = currentThread();
        if (interrupted()) throw new InterruptedException("sleep interrupted");
        long start = System.nanoTime();
        long remaining = nanos;
        self.blockState = SLEEPING;
        try {
            while (remaining > 0) {
                Threads.sleep(remaining);
                if (interrupted()) throw new InterruptedException("sleep interrupted");
                long elapsed = System.nanoTime() - start;
                remaining = nanos - elapsed;
            }
        } finally {
            self.blockState = RUNNING;
        }
    }

    public synchronized void start() {
        if (lifecycle != NEW || tid == 1) throw new IllegalThreadStateException();
        lifecycle = ALIVE;
        try {
            Threads.start(this, stackSize);
        } catch (Throwable e) {
            lifecycle = NEW;
            throw e;
        }
    }

    /**
     * The body of a started thread, called by the runtime on the new native thread (not
     * JDK API): run(), report an uncaught exception, then terminate and wake joiners.
     */
    public final void runFromRuntime() {
        try {
            run();
        } catch (Throwable e) {
            dispatchUncaughtException(e);
        } finally {
            threadLocals = null;
            inheritableThreadLocals = null;
            synchronized (this) {
                lifecycle = TERMINATED;
                notifyAll();
            }
        }
    }

    /** As the JDK: exceptions thrown by the handler itself are ignored. */
    void dispatchUncaughtException(Throwable e) {
        try {
            getUncaughtExceptionHandler().uncaughtException(this, e);
        } catch (Throwable ignored) {
        }
    }

    @Override
    public void run() {
        Runnable task = target;
        if (task != null) task.run();
    }

    @Deprecated(since = "1.2", forRemoval = true)
    public final void stop() {
        throw new UnsupportedOperationException();
    }

    public void interrupt() {
        interrupted = true;
        if (lifecycle == ALIVE) Threads.interrupt(this);
    }

    public static boolean interrupted() {
        Thread t = currentThread();
        if (!t.interrupted) return false;
        t.interrupted = false;
        return true;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public final boolean isAlive() {
        return lifecycle == ALIVE;
    }

    @Deprecated(since = "1.2", forRemoval = true)
    public final void suspend() {
        throw new UnsupportedOperationException();
    }

    @Deprecated(since = "1.2", forRemoval = true)
    public final void resume() {
        throw new UnsupportedOperationException();
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) throw new IllegalArgumentException();
        ThreadGroup g = getThreadGroup();
        if (g != null) priority = Math.min(newPriority, g.getMaxPriority());
    }

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null) throw new NullPointerException("name cannot be null");
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    /** null once terminated, as in the JDK. */
    public final ThreadGroup getThreadGroup() {
        return lifecycle == TERMINATED ? null : group;
    }

    public static int activeCount() {
        return Threads.liveCount();
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        Thread self = currentThread();
        synchronized (this) {
            if (millis > 0) {
                if (isAlive()) {
                    long startTime = System.nanoTime();
                    long delay = millis;
                    self.blockState = TIMED_WAITING;
                    try {
                        do {
                            wait(delay);
                        } while (isAlive() && (delay = millis - (System.nanoTime() - startTime) / 1_000_000L) > 0);
                    } finally {
                        self.blockState = RUNNING;
                    }
                }
            } else {
                self.blockState = WAITING;
                try {
                    while (isAlive()) wait(0);
                } finally {
                    self.blockState = RUNNING;
                }
            }
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        if (nanos > 0 && millis < Long.MAX_VALUE) millis++;
        join(millis);
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    public final void setDaemon(boolean on) {
        if (isAlive()) throw new IllegalThreadStateException();
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final boolean isVirtual() {
        return false;
    }

    public final void checkAccess() {}

    public String toString() {
        StringBuilder sb = new StringBuilder("Thread[#");
        sb.append(threadId()).append(',').append(getName()).append(',').append(getPriority()).append(',');
        ThreadGroup g = getThreadGroup();
        if (g != null) sb.append(g.getName());
        return sb.append(']').toString();
    }

    /** No frames are recorded (see Throwable). */
    public StackTraceElement[] getStackTrace() {
        return new StackTraceElement[0];
    }

    public static boolean holdsLock(Object obj) {
        if (obj == null) throw new NullPointerException();
        return Monitor.holdsLock(obj);
    }

    @Deprecated(since = "19")
    public long getId() {
        return tid;
    }

    public final long threadId() {
        return tid;
    }

    public enum State { NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED }

    /**
     * NEW/RUNNABLE/TERMINATED from the life cycle; WAITING/TIMED_WAITING while in sleep,
     * join or Object.wait. Blocking on a contended monitor is reported as RUNNABLE (the
     * runtime's monitors do not publish it).
     */
    public State getState() {
        switch (lifecycle) {
            case NEW: return State.NEW;
            case TERMINATED: return State.TERMINATED;
            default:
                switch (blockState) {
                    case SLEEPING: case TIMED_WAITING: return State.TIMED_WAITING;
                    case WAITING: return State.WAITING;
                    default: return State.RUNNABLE;
                }
        }
    }

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
        defaultUncaughtExceptionHandler = ueh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    /** The thread's own handler, else its group (which defers to the default handler). */
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        if (lifecycle == TERMINATED) return null;
        UncaughtExceptionHandler ueh = uncaughtExceptionHandler;
        return (ueh != null) ? ueh : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
        uncaughtExceptionHandler = ueh;
    }
}
