package myos.kernel.mm;

/**
 * Where the kernel image's parts are (virtual addresses at {@link Layout#KERNEL_VMA},
 * page-aligned), as kernel.ld placed them and the boot-info block reports them.
 */
public final class ImageLayout {
    public final long textStart;
    public final long textEnd;
    public final long rodataStart;
    public final long rodataEnd;
    public final long dataStart;
    public final long imageEnd;
    /** The page below the boot stack, left unmapped so an overflow faults (#PF on IST). */
    public final long stackGuard;

    public ImageLayout(long textStart, long textEnd, long rodataStart, long rodataEnd,
                       long dataStart, long imageEnd, long stackGuard) {
        this.textStart = textStart;
        this.textEnd = textEnd;
        this.rodataStart = rodataStart;
        this.rodataEnd = rodataEnd;
        this.dataStart = dataStart;
        this.imageEnd = imageEnd;
        this.stackGuard = stackGuard;
    }
}
