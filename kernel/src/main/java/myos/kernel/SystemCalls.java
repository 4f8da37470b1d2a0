package myos.kernel;

import myos.kernel.mm.DirectMap;
import myos.kernel.mm.FrameAllocator;
import myos.kernel.mm.Layout;
import myos.kernel.mm.PageTable;
import myos.kernel.mm.PhysicalMemory;
import myos.kernel.sched.Scheduler;
import myos.kernel.sched.Task;
import myos.kernel.sched.WaitQueue;
import myos.kernel.syscall.Ring3Demo;
import myos.kernel.syscall.Ring3Sse;
import myos.kernel.syscall.SyscallContext;
import myos.kernel.syscall.Syscalls;
import myos.rt.Cpu;
import myos.rt.NoAllocation;

/**
 * The kernel's side of the system-call door: turning SYSCALL on, the context handlers see,
 * and the ring-3 demo of issue 4. SYSCALL is enabled by EFER.SCE; STAR holds the segment
 * bases, LSTAR the entry (cpu/syscall.S), FMASK the RFLAGS bits cleared on entry: IF (no
 * interrupts until the kernel stack is in place), TF, DF (the ABI wants it clear) and AC
 * (so SMAP is enforced in the kernel whatever user space set). SDM Vol. 3A §5.8.8.
 */
final class SystemCalls implements SyscallContext {
    static final int MSR_EFER = 0xc0000080, MSR_STAR = 0xc0000081, MSR_LSTAR = 0xc0000082, MSR_FMASK = 0xc0000084;
    static final long EFER_SCE = 1;
    static final long FMASK = (1L << 8) | (1L << 9) | (1L << 10) | (1L << 18);   // TF, IF, DF, AC

    private final FrameAllocator frames;
    private final PageTable kernelTables;
    private final boolean nx;
    private final byte[] buffer = new byte[256];
    private final WaitQueue exited = new WaitQueue();

    SystemCalls(FrameAllocator frames, PageTable kernelTables, boolean nx) {
        this.frames = frames;
        this.kernelTables = kernelTables;
        this.nx = nx;
    }

    void enable(long star) {
        Cpu.wrmsr(MSR_STAR, star);
        Cpu.wrmsr(MSR_LSTAR, myos.rt.Mem.loadVolatile64(Layout.BOOT_INFO + Layout.BI_SYSCALL_ENTRY));
        Cpu.wrmsr(MSR_FMASK, FMASK);
        Cpu.wrmsr(MSR_EFER, Cpu.rdmsr(MSR_EFER) | EFER_SCE);
    }

    /** Runs the embedded ring-3 program to its exit; returns its exit status. */
    int runRing3Demo() {
        Task t = startUser("ring3-demo", Ring3Demo.code(), 0);
        awaitExit(t, t);
        return t.exitStatus;
    }

    /** Runs two copies of the SSE program at once; returns the worse exit status. */
    int runSseDemo() {
        Task a = startUser("ring3-sse-a", Ring3Sse.code(), 0x1111111111111111L);
        Task b = startUser("ring3-sse-b", Ring3Sse.code(), 0x2222222222222222L);
        awaitExit(a, b);
        return Math.max(a.exitStatus, b.exitStatus);
    }

    /** A user task in a fresh address space (sharing the kernel half) running {@code code}. */
    private Task startUser(String name, byte[] code, long arg) {
        PageTable pt = new PageTable(Kernel.mem, frames);
        pt.shareKernelHalf(kernelTables);
        if (!Ring3Demo.load(pt, Kernel.mem, frames, nx, code)) throw new IllegalStateException("no frames for " + name);
        Task t = Kernel.tasks.user(name, pt, Ring3Demo.ENTRY, Ring3Demo.STACK_TOP, arg);
        Cpu.cli();
        Kernel.scheduler.add(t);
        Cpu.sti();
        return t;
    }

    /** Blocks the calling task until both {@code a} and {@code b} have exited. */
    private void awaitExit(Task a, Task b) {
        Scheduler s = Kernel.scheduler;
        Cpu.cli();
        while (a.state() != Task.DEAD || b.state() != Task.DEAD) {
            Task me = s.current();
            Kernel.tasks.apply(s, me, s.block(exited));
            Cpu.cli();
        }
        Cpu.sti();
    }

    @NoAllocation(reason = "system-call path")
    long dispatch(long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        return Syscalls.dispatch(this, nr, a0, a1, a2, a3, a4, a5);
    }

    /** Ends the running task: wakes whoever waits for it and switches away for good. */
    @NoAllocation(reason = "exit path")
    void exitCurrent(int status) {
        Scheduler s = Kernel.scheduler;
        Cpu.cli();
        Task me = s.current();
        me.exitStatus = status;
        s.wakeAll(exited);
        Kernel.tasks.apply(s, me, s.exit());
    }

    @Override public PageTable addressSpace() { return Kernel.scheduler.current().addressSpace; }
    @Override public PhysicalMemory memory() { return Kernel.mem; }
    @Override public int pid() { return Kernel.scheduler.current().id; }
    @Override public byte[] buffer() { return buffer; }

    @Override
    @NoAllocation(reason = "system-call path")
    public void console(byte[] b, int off, int len) {
        Kernel.console.uart().write(b, off, len);
    }

    @Override
    @NoAllocation(reason = "system-call path")
    public void exit(int status) {
        exitCurrent(status);
    }

    @Override
    @NoAllocation(reason = "system-call path")
    public void yield() {
        Scheduler s = Kernel.scheduler;
        Cpu.cli();
        Task me = s.current();
        Kernel.tasks.apply(s, me, s.yield());
    }
}
