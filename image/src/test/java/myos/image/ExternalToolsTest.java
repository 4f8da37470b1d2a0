package myos.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real tools agree with the image: sgdisk, e2fsck, debugfs, fsck.fat and qemu-img
 * check; two builds in different directories are byte-identical; bad inputs fail cleanly.
 */
@Tag("host")
class ExternalToolsTest {
    static File dir;
    static DiskImage.Options opts;
    static DiskImage.Layout layout;

    @BeforeAll
    static void build() throws Exception {
        dir = Fixtures.tempDir("tools");
        opts = Fixtures.options(dir, Fixtures.kernel());
        DiskImage.build(opts);
        layout = new DiskImage.Layout(opts.espMiB, opts.rootMiB);
    }

    static String run(String... cmd) throws IOException {
        return Exec.run(Arrays.asList(cmd), null);
    }

    @Test
    void gptVerifiesWithSgdisk() throws Exception {
        String v = run("sgdisk", "-v", opts.raw.getPath());
        assertTrue(v.contains("No problems found"), v);
        String p = run("sgdisk", "-p", opts.raw.getPath());
        assertTrue(p.matches("(?s).*1\\s+2048\\s+4095.*EF02\\s+BIOS boot.*"), p);
        assertTrue(p.matches("(?s).*2\\s+4096\\s+20479.*EF00\\s+EFI System.*"), p);
        assertTrue(p.matches("(?s).*3\\s+20480\\s+151551.*8300\\s+MyOS root.*"), p);
    }

    @Test
    void rootIsCleanForE2fsckAndDebugfsSeesTheTree() throws Exception {
        File root = Fixtures.extract(opts.raw, layout.rootStart, layout.rootSectors, new File(dir, "root.ext2"));
        String fsck = run("e2fsck", "-fn", root.getPath());   // non-zero exit (any problem) throws
        assertTrue(fsck.contains("Pass 5"), fsck);
        String ls = run("debugfs", "-R", "ls -l /", root.getPath());
        assertTrue(ls.matches("(?s).*41777 \\(2\\)\\s+0\\s+0\\s+4096\\s+1-Jan-2026 00:00 tmp.*"), ls);
        assertTrue(ls.matches("(?s).*40700 \\(2\\)\\s+0\\s+0\\s+4096\\s+1-Jan-2026 00:00 root.*"), ls);
        assertTrue(ls.matches("(?s).*40555 \\(2\\).* proc.*"), ls);
        String dev = run("debugfs", "-R", "stat /dev/console", root.getPath());
        assertTrue(dev.contains("Type: character special") && dev.contains("Device major/minor number: 05:01"), dev);
        assertTrue(dev.contains("Group:     5"), dev);
        File kernelOut = new File(dir, "kernel.out");
        run("debugfs", "-R", "dump /boot/kernel.elf " + kernelOut.getPath(), root.getPath());
        assertTrue(Arrays.equals(Files.readAllBytes(Fixtures.kernel().toPath()), Files.readAllBytes(kernelOut.toPath())));
        assertEquals("myos\n", run("debugfs", "-R", "cat /etc/hostname", root.getPath()).replaceAll("(?s)^debugfs [^\\n]*\\n", ""));
        // GRUB's BIOS modules, loaded by the core image's script from the root (Grub.java).
        String mods = run("debugfs", "-R", "ls -l /boot/grub/i386-pc", root.getPath());
        for (String m : Grub.diskModules(opts.grubLib)) {
            assertTrue(mods.matches("(?s).*100644 \\(1\\)\\s+0\\s+0\\s+\\d+\\s+1-Jan-2026 00:00 " + m + "\\.mod.*"), m + " in\n" + mods);
        }
        File mb2 = new File(dir, "multiboot2.mod");
        run("debugfs", "-R", "dump /boot/grub/i386-pc/multiboot2.mod " + mb2.getPath(), root.getPath());
        assertTrue(Arrays.equals(Files.readAllBytes(new File(opts.grubLib, "i386-pc/multiboot2.mod").toPath()), Files.readAllBytes(mb2.toPath())));
        String sb = run("dumpe2fs", "-h", root.getPath());
        assertTrue(sb.contains("Filesystem revision #:    1 (dynamic)"), sb);
        assertTrue(sb.contains("Filesystem features:      filetype sparse_super large_file"), sb);
        assertTrue(sb.contains("Last write time:          Thu Jan  1 00:00:00 2026"), sb);
    }

    @Test
    void espIsCleanForFsckFatAndHoldsTheEfiLoader() throws Exception {
        File esp = Fixtures.extract(opts.raw, DiskImage.ESP_START, layout.espSectors, new File(dir, "esp.fat"));
        String out = run("fsck.fat", "-n", "-v", esp.getPath());
        assertTrue(out.contains("2 FATs, 16 bit entries"), out);
        byte[] efi = Files.readAllBytes(new File(opts.work, "grub-x86_64-efi.img").toPath());
        File copy = new File(dir, "BOOTX64.EFI");
        ProcessBuilder pb = new ProcessBuilder("mcopy", "-n", "-i", esp.getPath(), "::/EFI/BOOT/BOOTX64.EFI", copy.getPath());
        pb.environment().put("MTOOLS_SKIP_CHECK", "1");
        assertEquals(0, pb.inheritIO().start().waitFor());
        assertTrue(Arrays.equals(efi, Files.readAllBytes(copy.toPath())));
        assertEquals('M', efi[0]);
        assertEquals('Z', efi[1]);
    }

    @Test
    void qcow2IsCleanAndMatchesTheRawDisk() throws Exception {
        String check = run("qemu-img", "check", opts.out.getPath());
        assertTrue(check.contains("No errors were found"), check);
        String cmp = run("qemu-img", "compare", "-f", "qcow2", "-F", "raw", opts.out.getPath(), opts.raw.getPath());
        assertTrue(cmp.contains("Images are identical"), cmp);
    }

    @Test
    void twoBuildsInDifferentDirectoriesAreByteIdentical() throws Exception {
        File other = Fixtures.tempDir("again");
        File kernelCopy = new File(other, "elsewhere/kernel.elf");
        Files.createDirectories(kernelCopy.getParentFile().toPath());
        Files.copy(Fixtures.kernel().toPath(), kernelCopy.toPath());
        DiskImage.Options o2 = Fixtures.options(new File(other, "out"), kernelCopy);
        o2.raw = null;
        DiskImage.build(o2);
        assertEquals(sha256(opts.out), sha256(o2.out));
    }

    @Test
    void aTreeTooLargeForTheRootIsAnErrorAndLeavesNoImage() throws Exception {
        File d = Fixtures.tempDir("toolarge");
        File big = new File(d, "big.bin");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big, "rw")) {
            f.setLength(80L << 20);   // 80 MiB kernel into a 64 MiB root
        }
        DiskImage.Options o = Fixtures.options(d, big);
        IOException e = assertThrows(IOException.class, () -> DiskImage.build(o));
        assertTrue(e.getMessage().contains("does not fit in the 64 MiB root partition"), e.getMessage());
        assertFalse(o.out.exists());
        assertFalse(o.raw.exists());
    }

    @Test
    void aMissingInputIsAnErrorAndLeavesNoImage() throws Exception {
        File d = Fixtures.tempDir("missing");
        DiskImage.Options o = Fixtures.options(d, new File(d, "no-such-kernel.elf"));
        TreeSpec.SpecException e = assertThrows(TreeSpec.SpecException.class, () -> DiskImage.build(o));
        assertTrue(e.getMessage().contains("rootfs.tree:") && e.getMessage().contains("missing file"), e.getMessage());
        assertFalse(o.out.exists());
    }

    static String sha256(File f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f.toPath())));
    }
}
