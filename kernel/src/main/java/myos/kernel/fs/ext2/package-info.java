/**
 * ext2, revision 1 — the root file system of MyOS2026, written and read by the same code
 * in the host image builder, in JUnit and (compiled by aot) in the kernel.
 *
 * <p><b>What it is.</b> A volume ({@link myos.kernel.fs.ext2.Ext2}) over a
 * {@link myos.kernel.fs.BlockDevice}: {@link myos.kernel.fs.ext2.Ext2Format} lays out block
 * groups, then every object is made by the operations a kernel driver calls — mkdir, create,
 * write, symlink, mknod, link, unlink, rmdir, rename, truncate — and read back by lookup,
 * list, read and readlink. The image builder
 * is just another caller of those operations; there is no separate one-pass writer that could
 * drift from what the kernel does.
 *
 * <p><b>On-disk format.</b> "The Second Extended File System" (Dave Poirier) and Linux
 * fs/ext2/ext2.h. Features: sparse_super, large_file (read-only compatible) and filetype
 * (incompatible) — what mke2fs -t ext2 sets minus dir_index, ext_attr and resize_inode, which
 * we neither need nor may ignore when writing. A volume with any other incompatible feature is
 * refused at mount time. Block sizes 1, 2 and 4 KiB.
 *
 * <p><b>Invariants</b> (all checked by e2fsck in the image tests): group descriptor and
 * superblock free counts equal the bitmaps after {@link myos.kernel.fs.ext2.Ext2#sync};
 * bitmap bits past the end of a group are set; i_blocks counts every data and indirect block
 * in 512-byte units; directory records tile each block exactly; a symlink shorter than 60
 * bytes lives in i_block (fast), a longer one in one data block.
 *
 * <p><b>Portability.</b> Plain Java: java.util lists and the fs interfaces only. No
 * java.nio, reflection, streams or charsets (names are encoded by {@code Utf8}), so the aot
 * compiler can take it into the kernel. Errors are {@link myos.kernel.fs.FsException}s
 * carrying Linux errno values. Determinism: placement depends only on the sequence of calls
 * and the time comes from a {@link myos.kernel.fs.TimeSource}.
 *
 * <p><b>Volumes made elsewhere.</b> Bytes of an inode this code does not model (the xattr
 * block pointer, extra fields of 256-byte inodes) are preserved; an htree-indexed directory
 * loses its index flag on insert (it stays a valid linear directory); unknown read-only
 * compatible features make the volume read-only (EROFS).
 *
 * <p><b>Not yet.</b> A block cache; crash consistency (bitmaps and counts reach the
 * disk at sync); locking is the caller's (one lock per volume).
 */
package myos.kernel.fs.ext2;
