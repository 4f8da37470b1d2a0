package java.lang;

import myos.rt.Heap;
import myos.rt.Os;

/** Process-wide services: exit with shutdown hooks, heap statistics, processor count. */
public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    private static Thread[] hooks;
    private static int hookCount;
    private static boolean shuttingDown;

    private Runtime() {}

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    /**
     * Runs the shutdown hooks (each as a started thread, all joined, as the JDK), flushes
     * System.out and System.err, then ends the process. A second exit while the hooks run
     * blocks forever in the JDK; here it just ends the process with its status.
     */
    public void exit(int status) {
        Thread[] toRun = null;
        synchronized (Runtime.class) {
            if (!shuttingDown) {
                shuttingDown = true;
                if (hookCount > 0) {
                    toRun = new Thread[hookCount];
                    System.arraycopy(hooks, 0, toRun, 0, hookCount);
                }
            }
        }
        if (toRun != null) {
            for (Thread t : toRun) t.start();
            for (Thread t : toRun) {
                while (true) {
                    try {
                        t.join();
                        break;
                    } catch (InterruptedException ignored) {
                    }
                }
            }
        }
        System.out.flush();
        System.err.flush();
        Os.exit(status);
    }

    public void halt(int status) {
        Os.exit(status);
    }

    public void addShutdownHook(Thread hook) {
        if (hook == null) throw new NullPointerException();
        synchronized (Runtime.class) {
            if (shuttingDown) throw new IllegalStateException("Shutdown in progress");
            if (hook.isAlive()) throw new IllegalArgumentException("Hook already running");
            for (int i = 0; i < hookCount; i++) {
                if (hooks[i] == hook) throw new IllegalArgumentException("Hook previously registered");
            }
            if (hooks == null) hooks = new Thread[4];
            if (hookCount == hooks.length) {
                Thread[] bigger = new Thread[hookCount * 2];
                System.arraycopy(hooks, 0, bigger, 0, hookCount);
                hooks = bigger;
            }
            hooks[hookCount++] = hook;
        }
    }

    public boolean removeShutdownHook(Thread hook) {
        if (hook == null) throw new NullPointerException();
        synchronized (Runtime.class) {
            if (shuttingDown) throw new IllegalStateException("Shutdown in progress");
            for (int i = 0; i < hookCount; i++) {
                if (hooks[i] == hook) {
                    System.arraycopy(hooks, i + 1, hooks, i, hookCount - i - 1);
                    hooks[--hookCount] = null;
                    return true;
                }
            }
            return false;
        }
    }

    public int availableProcessors() {
        return Os.availableProcessors();
    }

    public long freeMemory() {
        return Heap.freeBytes();
    }

    public long totalMemory() {
        return Heap.totalBytes();
    }

    public long maxMemory() {
        return Heap.maxBytes();
    }

    public void gc() {
        Heap.collect();
    }

    public void runFinalization() {}
}
