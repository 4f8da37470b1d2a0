package myos.kernel.syscall;

import myos.kernel.mm.UserMemory;
import myos.rt.NoAllocation;

/**
 * The system-call table: the one source of truth for number, name and handler (DESIGN.md
 * §7; numbers are Linux x86-64's, arch/x86/entry/syscalls/syscall_64.tbl). Dispatch,
 * tracing and the compatibility report all read {@link #NAMES}. Handlers return the
 * result or -errno; bad user input never panics.
 */
public final class Syscalls {
    public static final int WRITE = 1, SCHED_YIELD = 24, GETPID = 39, EXIT = 60, EXIT_GROUP = 231;
    public static final int EBADF = 9, EFAULT = UserMemory.EFAULT, ENOSYS = 38;

    /** The Linux name of call {@code nr} if it is implemented here, else null (for traces). */
    public static String name(long nr) {
        switch ((int) nr == nr ? (int) nr : -1) {
            case WRITE: return "write";
            case SCHED_YIELD: return "sched_yield";
            case GETPID: return "getpid";
            case EXIT: return "exit";
            case EXIT_GROUP: return "exit_group";
            default: return null;
        }
    }

    private Syscalls() {}

    /**
     * Runs system call {@code nr} with the six argument registers. Allocation-free: a task
     * running a system call is not yet a thread the collector knows (docs/abi.md, open item 2).
     */
    @NoAllocation(reason = "system calls of tasks the runtime does not track yet")
    public static long dispatch(SyscallContext ctx, long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        switch ((int) nr == nr ? (int) nr : -1) {
            case WRITE: return write(ctx, (int) a0, a1, a2);
            case SCHED_YIELD: ctx.yield(); return 0;
            case GETPID: return ctx.pid();
            case EXIT:
            case EXIT_GROUP: ctx.exit((int) a0); return 0;
            default: return -ENOSYS;
        }
    }

    /**
     * write(2) to the console for fd 1 and 2. The whole buffer is validated first, so a bad
     * pointer writes nothing and returns -EFAULT (what Linux returns when no byte could be
     * written).
     */
    @NoAllocation(reason = "system-call path")
    static long write(SyscallContext ctx, int fd, long buf, long count) {
        if (fd != 1 && fd != 2) return -EBADF;
        if (count < 0) return -EFAULT;
        if (!UserMemory.accessible(ctx.addressSpace(), buf, count, false)) return -EFAULT;
        byte[] chunk = ctx.buffer();
        for (long done = 0; done < count; ) {
            int n = (int) Math.min(chunk.length, count - done);
            if (UserMemory.copyIn(ctx.addressSpace(), ctx.memory(), buf + done, chunk, 0, n) != 0) return done > 0 ? done : -EFAULT;
            ctx.console(chunk, 0, n);
            done += n;
        }
        return count;
    }
}
