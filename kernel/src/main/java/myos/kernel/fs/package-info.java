/**
 * File-system plumbing shared by every file system: the {@link myos.kernel.fs.BlockDevice}
 * they sit on, the {@link myos.kernel.fs.TimeSource} that stamps their metadata and the
 * errno-carrying {@link myos.kernel.fs.FsException}. Portable Java only: the same classes
 * run in the kernel, in JUnit and in the host image builder (DESIGN.md §1, §7).
 */
package myos.kernel.fs;
