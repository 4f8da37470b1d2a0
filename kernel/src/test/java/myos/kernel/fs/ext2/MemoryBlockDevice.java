package myos.kernel.fs.ext2;

import myos.kernel.fs.BlockDevice;
import myos.kernel.fs.FsException;

/** A RAM disk for tests; starts filled with a pattern so code that forgets to zero is caught. */
final class MemoryBlockDevice implements BlockDevice {
    final byte[] data;
    private final int blockSize;

    MemoryBlockDevice(int blockSize, int blocks) {
        this.blockSize = blockSize;
        this.data = new byte[blockSize * blocks];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) 0xA5;
        }
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public long blockCount() {
        return data.length / blockSize;
    }

    @Override
    public void read(long block, byte[] dst, int off, int count) {
        check(block, count);
        System.arraycopy(data, (int) block * blockSize, dst, off, count * blockSize);
    }

    @Override
    public void write(long block, byte[] src, int off, int count) {
        check(block, count);
        System.arraycopy(src, off, data, (int) block * blockSize, count * blockSize);
    }

    @Override
    public void flush() {
    }

    private void check(long block, int count) {
        if (block < 0 || count < 0 || block + count > blockCount()) {
            throw new FsException(FsException.EIO, "I/O beyond the end of the device: block " + block);
        }
    }
}
