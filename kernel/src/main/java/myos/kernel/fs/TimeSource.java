package myos.kernel.fs;

/**
 * Where a file system gets "now" for inode and superblock timestamps: the kernel's
 * wall clock in the VM, a fixed SOURCE_DATE_EPOCH in the reproducible image builder.
 */
public interface TimeSource {
    /** Seconds since 1970-01-01T00:00:00Z. */
    long nowSeconds();
}
