package myos.kernel.mm;

/** Where page-table code gets its frames: one zeroed 4 KiB physical frame, or 0 if none. */
public interface FrameSource {
    long allocZeroedFrame();
}
