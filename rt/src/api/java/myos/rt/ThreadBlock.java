package myos.rt;

/** Byte offsets in a thread block (docs/abi.md, "Threads: the thread block"). */
public final class ThreadBlock {
    private ThreadBlock() {}

    public static final int SELF = 0;
    public static final int PENDING_EXCEPTION = 8;
    public static final int THREAD = 16;
    public static final int STACK_LOW = 24;
    public static final int STACK_HIGH = 32;
    public static final int SAVED_SP = 40;
    public static final int STATE = 48;
    public static final int ID = 56;
    public static final int SPILL = 64;
    public static final int SCRATCH = 112;
    public static final int SIZE = 512;

    public static final int STATE_RUNNING = 0;
    public static final int STATE_BLOCKED = 1;
    public static final int STATE_PARKED = 2;
}
