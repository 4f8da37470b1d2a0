package myos.image;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * GRUB 2 from Debian's packages, installed without grub-install (which wants a mounted
 * system and a real device). Both core images carry their whole configuration inside
 * (grub-mkimage -c): no grub.cfg, no menu — GRUB's rescue parser runs the embedded script,
 * which boots at once (the equivalent of timeout 0).
 *
 * <p>BIOS: the core image holds only what reading the root file system needs (biosdisk,
 * part_gpt, ext2: 46 KB with GRUB's kernel); the script insmods the rest from
 * /boot/grub/i386-pc on the root. i386-pc core images are always LZMA-compressed (grub-mkimage
 * ignores -C none for this platform) and multiboot2.mod drags in 340 KB of dependencies (linux,
 * normal, net, video_fb…); decompressing them in lzma_decompress.img cost 35 M guest
 * instructions and about 200 ms of the TCG boot, while reading them uncompressed from ext2 costs
 * about a tenth of that (measured: docs/benchmarks.md). UEFI loads its image through the firmware
 * without LZMA, so BOOTX64.EFI keeps every module inside.
 *
 * <p>The prefix "(,gptN)/boot" names a partition of the disk GRUB was loaded from, whatever
 * that disk's number (GRUB's kern/main.c fills in the boot device), so the same image boots as
 * any drive under SeaBIOS and OVMF.
 *
 * <p>BIOS installation does by hand what grub-bios-setup (util/setup.c) does for a core image
 * embedded in a BIOS boot partition: boot.img goes into the MBR code area with the LBA of
 * core.img at GRUB_BOOT_MACHINE_KERNEL_SECTOR, and the first blocklist of diskboot.img (the
 * first sector of core.img) lists the remaining sectors.
 */
final class Grub {
    static final int SECTOR = 512;
    // include/grub/i386/pc/boot.h
    static final int BOOT_KERNEL_SECTOR = 0x5c;
    static final int BOOT_DRIVE_CHECK = 0x66;
    static final int BOOT_WINDOWS_NT_MAGIC = 0x1b8;
    static final int BOOT_BPB_START = 0x3;
    static final int BOOT_BPB_END = 0x5a;
    /** grub_boot_blocklist {u64 start; u16 len; u16 segment} at the end of diskboot.img. */
    static final int BLOCKLIST = SECTOR - 12;

    /** In the BIOS core image: enough to read $prefix on the ext2 root. */
    static final List<String> BIOS_CORE_MODULES = Arrays.asList("biosdisk", "part_gpt", "ext2");
    /**
     * insmod'ed by the BIOS script from $prefix/i386-pc (their dependencies load with them):
     * the console first, so that an error loading the rest or the kernel reaches the serial
     * line, where `./myos run` shows it (no firmware text console is mirrored there).
     */
    static final List<String> BIOS_CONSOLE_MODULES = Arrays.asList("serial", "terminal");
    static final List<String> BIOS_LOADER_MODULES = Arrays.asList("multiboot2", "boot");
    /** Where the BIOS modules live on the root file system ($prefix is "(,gptN)" + this). */
    static final String MODULE_DIR = "/boot/grub";
    /** efi_gop: UEFI has no text mode, so the kernel's console needs the GOP framebuffer handed over. */
    static final List<String> EFI_MODULES = Arrays.asList("part_gpt", "ext2", "multiboot2", "serial", "terminal", "boot", "efi_gop");

    private Grub() {
    }

    /**
     * The embedded configuration: serial console, then load and boot the kernel.
     * gfxpayload=keep passes the display mode the firmware set up (multiboot2 framebuffer tag
     * under UEFI; VGA text stays VGA text under BIOS) instead of asking for a mode GRUB cannot set.
     */
    static String config(List<String> consoleModules, List<String> loaderModules, String kernelPath, String cmdline) {
        return insmod(consoleModules)
                + "serial --unit=0 --speed=115200\n"
                + "terminal_input serial\n"
                + "terminal_output serial\n"
                + insmod(loaderModules)
                + "set gfxpayload=keep\n"
                + "multiboot2 " + kernelPath + (cmdline.isEmpty() ? "" : " " + cmdline) + "\n"
                + "boot\n";
    }

    private static String insmod(List<String> modules) {
        StringBuilder b = new StringBuilder();
        for (String m : modules) {
            b.append("insmod ").append(m).append('\n');
        }
        return b.toString();
    }

    /**
     * The modules the BIOS script loads from disk: the closure of the console and loader modules
     * under moddep.lst (GRUB's own dependency list, written when its modules were built)
     * minus what the core image already has, sorted by name.
     */
    static List<String> diskModules(File grubLib) throws IOException {
        Map<String, List<String>> deps = moddep(new File(grubLib, "i386-pc/moddep.lst"));
        List<String> roots = new ArrayList<String>(BIOS_CONSOLE_MODULES);
        roots.addAll(BIOS_LOADER_MODULES);
        Set<String> all = closure(deps, roots);
        all.removeAll(closure(deps, BIOS_CORE_MODULES));
        return new ArrayList<String>(all);
    }

    static Map<String, List<String>> moddep(File lst) throws IOException {
        if (!lst.isFile()) {
            throw new IOException("GRUB module list " + lst + " not found (package grub-pc-bin)");
        }
        Map<String, List<String>> deps = new TreeMap<String, List<String>>();
        for (String line : Files.readAllLines(lst.toPath(), StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String rest = line.substring(colon + 1).trim();
            deps.put(line.substring(0, colon).trim(), rest.isEmpty() ? new ArrayList<String>() : Arrays.asList(rest.split("\\s+")));
        }
        return deps;
    }

    static Set<String> closure(Map<String, List<String>> deps, List<String> roots) throws IOException {
        Set<String> seen = new TreeSet<String>();
        ArrayDeque<String> work = new ArrayDeque<String>(roots);
        while (!work.isEmpty()) {
            String m = work.pop();
            if (!deps.containsKey(m)) {
                throw new IOException("GRUB module " + m + " is not in moddep.lst");
            }
            if (seen.add(m)) {
                work.addAll(deps.get(m));
            }
        }
        return seen;
    }

    /** Runs grub-mkimage for {@code format} (i386-pc or x86_64-efi) and returns the image. */
    static byte[] mkimage(File grubLib, String format, List<String> modules, String prefix, String config, File work)
            throws IOException {
        File dir = new File(grubLib, format);
        if (!new File(dir, "moddep.lst").isFile()) {
            throw new IOException("GRUB modules for " + format + " not found in " + dir + " (package grub-pc-bin / grub-efi-amd64-bin)");
        }
        File cfg = new File(work, "grub-" + format + ".cfg");
        Files.write(cfg.toPath(), config.getBytes("UTF-8"));
        File out = new File(work, "grub-" + format + ".img");
        List<String> cmd = new ArrayList<String>(Arrays.asList("grub-mkimage", "-O", format, "-d", dir.getPath(),
                "-o", out.getPath(), "-p", prefix, "-c", cfg.getPath()));
        cmd.addAll(modules);
        Exec.run(cmd, work);
        return Files.readAllBytes(out.toPath());
    }

    static byte[] bootImg(File grubLib) throws IOException {
        byte[] b = Files.readAllBytes(new File(grubLib, "i386-pc/boot.img").toPath());
        if (b.length != SECTOR) {
            throw new IOException("boot.img is not one sector");
        }
        return b;
    }

    /**
     * Fills the MBR's code area from boot.img (leaving the BPB area, disk signature and
     * partition table alone) pointing at core.img at {@code coreLba}.
     */
    static void installBootSector(byte[] mbr, byte[] bootImg, long coreLba) {
        for (int i = 0; i < BOOT_WINDOWS_NT_MAGIC; i++) {
            if (i < BOOT_BPB_START || i >= BOOT_BPB_END) {
                mbr[i] = bootImg[i];
            }
        }
        Gpt.putLe(mbr, BOOT_KERNEL_SECTOR, coreLba, 8);
        // A hard disk: replace the "is DL a floppy?" jump with two NOPs, so buggy BIOSes that
        // pass a wrong drive number still work (what grub-bios-setup does for non-floppies).
        mbr[BOOT_DRIVE_CHECK] = (byte) 0x90;
        mbr[BOOT_DRIVE_CHECK + 1] = (byte) 0x90;
    }

    /** Pads core.img to whole sectors and points its blocklist at the sectors after the first. */
    static byte[] placeCore(byte[] core, long coreLba, long maxSectors) throws IOException {
        int sectors = (core.length + SECTOR - 1) / SECTOR;
        if (sectors > maxSectors) {
            throw new IOException("GRUB core image (" + sectors + " sectors) does not fit the BIOS boot partition (" + maxSectors + ")");
        }
        if (sectors - 1 > 0xffff) {
            throw new IOException("GRUB core image too large for one blocklist");
        }
        byte[] out = Arrays.copyOf(core, sectors * SECTOR);
        Gpt.putLe(out, BLOCKLIST, coreLba + 1, 8);
        Gpt.putLe(out, BLOCKLIST + 8, sectors - 1, 2);
        return out;
    }
}
