package myos.kernel;

import myos.kernel.arch.x86_64.Asm;
import myos.kernel.arch.x86_64.CpuTables;
import myos.kernel.arch.x86_64.Descriptors;
import myos.kernel.arch.x86_64.TrapFrame;
import myos.kernel.mm.FrameAllocator;
import myos.kernel.mm.KernelStacks;
import myos.kernel.mm.Layout;
import myos.kernel.mm.PageTable;
import myos.kernel.sched.Scheduler;
import myos.kernel.sched.Task;
import myos.rt.Cpu;
import myos.rt.Mem;
import myos.rt.NoAllocation;
import myos.rt.ThreadBlock;

/**
 * The mechanism under the scheduler's policy: making tasks (a kernel stack with a guard
 * page, a thread block, a slot for the saved stack pointer) and switching between them.
 *
 * <p>A task that has never run has a stack laid out for myos_switch to "return" into its
 * start: six zero callee-saved registers, then the start address (cpu/switch.S); a user
 * task's start is myos_task_first_user with a ring-3 trap frame above it.
 */
final class Tasks {
    static final int STACK_PAGES = 4;
    private static final int SLOTS_PER_PAGE = 512;
    private static final long RFLAGS_IF = 1L << 9, RFLAGS_RESERVED1 = 1L << 1;
    private static final int FXSAVE_FCW = 0, FXSAVE_MXCSR = 24;

    private final FrameAllocator frames;
    private final KernelStacks stacks;
    private final CpuTables cpu;
    private long slotPage;
    private int slotsUsed = SLOTS_PER_PAGE;
    private int nextId = 1;

    Tasks(FrameAllocator frames, KernelStacks stacks, CpuTables cpu) {
        this.frames = frames;
        this.stacks = stacks;
        this.cpu = cpu;
    }

    /** The task record of the code running now (the boot thread): its stack and block already exist. */
    Task adoptCurrent(String name) {
        Task t = new Task(0, name);
        long tb = Mem.threadBlock();
        t.threadBlock = tb;
        t.stackLow = Mem.loadVolatile64(tb + ThreadBlock.STACK_LOW);
        t.stackHigh = Mem.loadVolatile64(tb + ThreadBlock.STACK_HIGH);
        t.spSlot = slot();
        t.cr3 = Cpu.readCr3();
        return t;
    }

    /** The idle task: runs myos_idle (sti; hlt) on its own small stack. */
    Task idle() {
        Task t = create("idle");
        long sp = t.stackHigh - 8;
        Mem.storeVolatile64(sp, Mem.loadVolatile64(Layout.BOOT_INFO + Layout.BI_IDLE));
        initialRegisters(t, sp);
        return t;
    }

    /** A task that enters ring 3 at {@code rip} with stack {@code rsp} and RDI = {@code arg}, in {@code space}. */
    Task user(String name, PageTable space, long rip, long rsp, long arg) {
        Task t = create(name);
        t.cr3 = space.root();
        t.addressSpace = space;
        long frame = t.stackHigh - TrapFrame.SIZE;
        Mem.zero(frame, TrapFrame.SIZE);
        TrapFrame.set(frame, TrapFrame.RDI, arg);
        TrapFrame.set(frame, TrapFrame.RIP, rip);
        TrapFrame.set(frame, TrapFrame.CS, Descriptors.USER_CS | Descriptors.RPL_USER);
        TrapFrame.set(frame, TrapFrame.RFLAGS, RFLAGS_IF | RFLAGS_RESERVED1);
        TrapFrame.set(frame, TrapFrame.RSP, rsp);
        TrapFrame.set(frame, TrapFrame.SS, Descriptors.USER_DS | Descriptors.RPL_USER);
        long sp = frame - 8;
        Mem.storeVolatile64(sp, Mem.loadVolatile64(Layout.BOOT_INFO + Layout.BI_TASK_FIRST_USER));
        initialRegisters(t, sp);
        return t;
    }

    /**
     * A kernel thread for a java.lang.Thread: it starts in myos_task_first_kernel, which calls
     * the runtime's thread entry. The return address sits 24 bytes below the top so the
     * stack is 16-byte aligned at that entry's calls (System V ABI §3.2.2).
     */
    Task kernelThread(String name, int stackPages) {
        Task t = create(name, stackPages);
        long sp = t.stackHigh - 24;
        Mem.storeVolatile64(sp, Mem.loadVolatile64(Layout.BOOT_INFO + Layout.BI_TASK_FIRST_KERNEL));
        initialRegisters(t, sp);
        return t;
    }

    private Task create(String name) {
        return create(name, STACK_PAGES);
    }

    private Task create(String name, int stackPages) {
        Task t = new Task(nextId++, name);
        long low = stacks.allocate(stackPages);
        long tbFrame = frames.allocZeroedFrame();
        if (low == 0 || tbFrame == 0) throw new IllegalStateException("out of memory creating task " + name);
        t.stackLow = low;
        t.stackHigh = low + stackPages * Layout.PAGE_SIZE;
        long tb = Layout.directMap(tbFrame);
        Mem.storeVolatile64(tb + ThreadBlock.SELF, tb);
        Mem.storeVolatile64(tb + ThreadBlock.STACK_LOW, t.stackLow);
        Mem.storeVolatile64(tb + ThreadBlock.STACK_HIGH, t.stackHigh);
        Mem.storeVolatile32(tb + ThreadBlock.ID, 1000 + t.id);
        Mem.storeVolatile64(tb + Layout.TB_KERNEL_RSP, t.stackHigh);
        // x87/SSE power-on defaults (SDM Vol. 1 §8.1.5, §10.2.3.1): all exceptions masked.
        Mem.storeVolatile16(tb + Layout.TB_FXSAVE + FXSAVE_FCW, (short) 0x037f);
        Mem.storeVolatile32(tb + Layout.TB_FXSAVE + FXSAVE_MXCSR, 0x1f80);
        t.threadBlock = tb;
        t.spSlot = slot();
        return t;
    }

    /** Six zero callee-saved registers below {@code sp} (rbp = 0 also ends backtraces). */
    private static void initialRegisters(Task t, long sp) {
        long top = sp - 6 * 8;
        Mem.zero(top, 6 * 8);
        Mem.storeVolatile64(t.spSlot, top);
    }

    private long slot() {
        if (slotsUsed == SLOTS_PER_PAGE) {
            long f = frames.allocZeroedFrame();
            if (f == 0) throw new IllegalStateException("out of memory for task slots");
            slotPage = Layout.directMap(f);
            slotsUsed = 0;
        }
        return slotPage + 8L * slotsUsed++;
    }

    /** Performs a scheduler decision: switch from {@code prev} to {@code next} (interrupts off). */
    @NoAllocation(reason = "context switch")
    void switchTo(Task prev, Task next) {
        cpu.setKernelStack(next.stackHigh);
        if (next.cr3 != 0 && next.cr3 != Cpu.readCr3()) Cpu.writeCr3(next.cr3);
        Asm.switchContext(prev.spSlot, Mem.loadVolatile64(next.spSlot), next.threadBlock);
    }

    /** Applies {@code decision} (from a Scheduler call) if it names another task. */
    @NoAllocation(reason = "context switch")
    void apply(Scheduler s, Task prev, Task decision) {
        if (decision != null && decision != prev) switchTo(prev, decision);
    }
}
