package myos.kernel.sched;

/**
 * A schedulable kernel thread (later also the kernel side of a user thread). Holds what the
 * scheduler needs and the machine state the context switch saves: the saved stack pointer
 * (callee-saved registers sit on the task's own stack, where the collector scans them) and
 * the thread block that %gs points to while it runs.
 *
 * <p>The queue links are fields of the task itself (intrusive lists), so that enqueueing
 * and dequeueing never allocate: the timer interrupt does both.
 */
public final class Task {
    public static final int RUNNABLE = 0, RUNNING = 1, SLEEPING = 2, BLOCKED = 3, DEAD = 4;

    public final int id;
    public final String name;
    int state = RUNNABLE;
    /** Link in the run queue or a wait queue (a task is in at most one). */
    Task next;
    /** Link in the sleep list, ordered by {@link #wakeAt} (a timed wait is in a wait queue too). */
    Task sleepNext;
    boolean sleeping;
    /** TSC-clock nanoseconds at which a sleeping task becomes runnable. */
    long wakeAt;
    /** Set when a timed wait ended by its timeout rather than by a wake-up. */
    boolean timedOut;
    /** The futex word a task waits on (Futex), 0 otherwise. */
    long futexAddress;
    /** The wait queue a BLOCKED task is in, so a timeout or kill can take it out. */
    WaitQueue waitingOn;
    /** Timer ticks left in the current time slice. */
    int sliceLeft;
    /** Address of the word where the context switch saves this task's stack pointer. */
    public long spSlot;
    /** The task's address space (CR3), 0 for kernel threads (they run on any). */
    public long cr3;
    /** The page table behind {@link #cr3}, for checking user pointers; null for kernel threads. */
    public myos.kernel.mm.PageTable addressSpace;
    /** Exit status once DEAD. */
    public int exitStatus;
    /** The task's thread block (%gs base while it runs). */
    public long threadBlock;
    /** Stack bounds [stackLow, stackHigh), a guard page below stackLow. */
    public long stackLow, stackHigh;
    /** Times this task was switched to. */
    long switches;

    public Task(int id, String name) {
        this.id = id;
        this.name = name;
    }

    public int state() {
        return state;
    }

    public long switches() {
        return switches;
    }
}
