package myos.kernel;

import myos.kernel.mm.Layout;
import myos.kernel.sched.Futex;
import myos.kernel.sched.Scheduler;
import myos.kernel.sched.Task;
import myos.rt.Cpu;
import myos.rt.Export;
import myos.rt.Mem;
import myos.rt.NoAllocation;

/**
 * What the runtime's kernel flavour needs from the scheduler (docs/abi.md, "Kernel target"):
 * its NativeThreads and Os primitives are {@code @Extern} declarations of these
 * {@code @Export}ed functions, since the runtime is compiled without the kernel's classes.
 * A java.lang.Thread in the kernel is thereby a kernel task: preempted by the timer,
 * blocking through {@link Futex}, its stack a guarded kernel stack the collector scans.
 *
 * <p>Tasks are found from their thread block through the kernel word {@link
 * Layout#TB_TASK_INDEX} (the block is a whole frame; the runtime owns only its first 512
 * bytes). No static initialisers: {@link #init} runs once the scheduler exists.
 */
public final class KernelThreads {
    private KernelThreads() {}

    static final int MAX_TASKS = 1024;
    static final int FUTEX_BUCKETS = 64;
    static final int DEFAULT_STACK_PAGES = 16;       // 64 KiB
    static final int EAGAIN = 11, ETIMEDOUT = 110;
    private static final long RFLAGS_IF = 1L << 9;

    private static Task[] tasks;
    private static Futex futex;
    private static int count;

    static void init() {
        tasks = new Task[MAX_TASKS];
        futex = new Futex(FUTEX_BUCKETS);
    }

    /** {@code NativeThreads.newThread}: a ready-to-spawn thread block, or 0. */
    @Export("myos_kthread_new")
    public static long newThread(long stackSize) {
        if (tasks == null || count == MAX_TASKS) return 0;
        int pages = stackSize <= 0 ? DEFAULT_STACK_PAGES : (int) Math.min(256, (stackSize + Layout.PAGE_SIZE - 1) / Layout.PAGE_SIZE);
        Task t = Kernel.tasks.kernelThread("java-thread", pages);
        int index = count++;
        tasks[index] = t;
        Mem.storeVolatile32(t.threadBlock + Layout.TB_TASK_INDEX, index);
        return t.threadBlock;
    }

    @NoAllocation(reason = "scheduler")
    private static Task taskOf(long tb) {
        return tasks[Mem.loadVolatile32(tb + Layout.TB_TASK_INDEX)];
    }

    /** {@code NativeThreads.spawn}: makes the thread runnable. */
    @Export("myos_kthread_spawn")
    @NoAllocation(reason = "scheduler")
    public static boolean spawn(long tb) {
        long flags = Cpu.readFlags();
        Cpu.cli();
        Kernel.scheduler.add(taskOf(tb));
        restore(flags);
        return true;
    }

    /** {@code NativeThreads.isGone}: the task has exited and will never run on its stack again. */
    @Export("myos_kthread_gone")
    @NoAllocation(reason = "runtime registry lock")
    public static boolean isGone(long tb) {
        return taskOf(tb).state() == Task.DEAD;
    }

    /** {@code NativeThreads.release}: stacks are not reused yet (KernelStacks is a bump allocator). */
    @Export("myos_kthread_release")
    @NoAllocation(reason = "runtime registry lock")
    public static void release(long tb) {
    }

    /** Called by myos_task_first_kernel when the thread's runtime entry returns. Never returns. */
    @Export("myos_kthread_exit")
    @NoAllocation(reason = "exit path")
    public static void exit() {
        Cpu.cli();
        Scheduler s = Kernel.scheduler;
        Task me = s.current();
        Kernel.tasks.apply(s, me, s.exit());
    }

    /** {@code Os.futexWait}: 0 when woken, -EAGAIN if the word differed, -ETIMEDOUT. */
    @Export("myos_futex_wait")
    @NoAllocation(reason = "runtime locks")
    public static long futexWait(long address, int expected, long timeoutNanos) {
        long flags = Cpu.readFlags();
        Cpu.cli();
        if (Mem.loadVolatile32(address) != expected) {
            restore(flags);
            return -EAGAIN;
        }
        Scheduler s = Kernel.scheduler;
        Task me = s.current();
        long deadline = timeoutNanos < 0 ? -1 : Kernel.console.now() + timeoutNanos;
        Kernel.tasks.apply(s, me, futex.wait(s, address, deadline));
        boolean timedOut = Scheduler.timedOut(me);
        restore(flags);
        return timedOut ? -ETIMEDOUT : 0;
    }

    /** {@code Os.futexWake}. */
    @Export("myos_futex_wake")
    @NoAllocation(reason = "runtime locks")
    public static void futexWake(long address, int n) {
        long flags = Cpu.readFlags();
        Cpu.cli();
        futex.wake(Kernel.scheduler, address, n);
        restore(flags);
    }

    /** {@code Os.yieldCpu}. */
    @Export("myos_kthread_yield")
    @NoAllocation(reason = "spinning")
    public static void yield() {
        long flags = Cpu.readFlags();
        Cpu.cli();
        Scheduler s = Kernel.scheduler;
        Task me = s.current();
        Kernel.tasks.apply(s, me, s.yield());
        restore(flags);
    }

    /** True once the scheduler runs (before that the runtime is single-threaded). */
    @Export("myos_kthreads_ready")
    @NoAllocation(reason = "runtime locks")
    public static boolean ready() {
        return futex != null && Kernel.scheduler != null;
    }

    @NoAllocation(reason = "scheduler")
    private static void restore(long flags) {
        if ((flags & RFLAGS_IF) != 0) Cpu.sti();
    }
}
