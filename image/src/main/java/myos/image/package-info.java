/**
 * The host-side image builder (DESIGN.md §4): turns dist/kernel.elf and the root tree
 * description (image/rootfs.tree) into dist/myos2026.qcow2. See docs/05-image.md. The ext2
 * root is written by the kernel's own {@code myos.kernel.fs.ext2} code over a file window;
 * GPT, the protective MBR, FAT16 and the GRUB installation are written here; grub-mkimage
 * and qemu-img are the only external tools. Everything is deterministic: same inputs, same
 * bytes.
 */
package myos.image;
