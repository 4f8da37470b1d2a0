package myos.image;

import java.io.IOException;
import java.io.RandomAccessFile;
import myos.kernel.fs.BlockDevice;
import myos.kernel.fs.FsException;

/**
 * The host implementation of the kernel's {@link BlockDevice}: a window of 512-byte sectors
 * inside the raw disk image file, so the ext2 code writes its partition in place.
 */
final class FileWindow implements BlockDevice {
    static final int SECTOR = 512;

    private final RandomAccessFile file;
    private final long firstSector;
    private final long sectors;

    FileWindow(RandomAccessFile file, long firstSector, long sectors) {
        this.file = file;
        this.firstSector = firstSector;
        this.sectors = sectors;
    }

    @Override
    public int blockSize() {
        return SECTOR;
    }

    @Override
    public long blockCount() {
        return sectors;
    }

    @Override
    public void read(long block, byte[] dst, int off, int count) {
        check(block, count);
        try {
            file.seek((firstSector + block) * SECTOR);
            file.readFully(dst, off, count * SECTOR);
        } catch (IOException e) {
            throw new FsException(FsException.EIO, "reading the image: " + e.getMessage());
        }
    }

    @Override
    public void write(long block, byte[] src, int off, int count) {
        check(block, count);
        try {
            file.seek((firstSector + block) * SECTOR);
            file.write(src, off, count * SECTOR);
        } catch (IOException e) {
            throw new FsException(FsException.EIO, "writing the image: " + e.getMessage());
        }
    }

    @Override
    public void flush() {
        // The builder closes (and the OS flushes) the file once; nothing is durable before that anyway.
    }

    private void check(long block, int count) {
        if (block < 0 || count < 0 || block + count > sectors) {
            throw new FsException(FsException.EIO, "write outside the partition: sector " + block);
        }
    }
}
