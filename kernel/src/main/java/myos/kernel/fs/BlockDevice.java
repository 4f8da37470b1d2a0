package myos.kernel.fs;

/**
 * A disk as the file systems see it: a fixed number of equally sized blocks, read and
 * written whole. The kernel's virtio-blk driver, a RAM disk in JUnit and the host image
 * builder's file window all implement it, so file-system code never knows which it runs on.
 *
 * <p>Errors are reported as {@link FsException} with {@link FsException#EIO}.
 */
public interface BlockDevice {
    /** Bytes per block: a power of two, at least 512. */
    int blockSize();

    /** Number of blocks on the device. */
    long blockCount();

    /** Reads {@code count} consecutive blocks starting at {@code block} into {@code dst[off..]}. */
    void read(long block, byte[] dst, int off, int count);

    /** Writes {@code count} consecutive blocks starting at {@code block} from {@code src[off..]}. */
    void write(long block, byte[] src, int off, int count);

    /** Makes every completed write durable (a cache flush on real hardware). */
    void flush();
}
