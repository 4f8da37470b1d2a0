package myos.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which GRUB modules go where (Grub.diskModules) and how they join the root tree. */
@Tag("host")
class GrubModulesTest {
    static File lst(String text) throws IOException {
        File f = new File(Fixtures.tempDir("moddep"), "moddep.lst");
        Files.write(f.toPath(), text.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void closureFollowsModdepTransitivelyAndOnce() throws Exception {
        Map<String, List<String>> deps = Grub.moddep(lst("a: b c\nb: c\nc:\nd: a\ne:\n"));
        assertEquals("[a, b, c]", Grub.closure(deps, Arrays.asList("a")).toString());
        assertEquals("[a, b, c, d]", Grub.closure(deps, Arrays.asList("d", "c")).toString());
        IOException e = assertThrows(IOException.class, () -> Grub.closure(deps, Arrays.asList("zz")));
        assertTrue(e.getMessage().contains("zz"), e.getMessage());
    }

    @Test
    void diskModulesAreTheBootClosureMinusTheCore() throws Exception {
        File lib = new File("/usr/lib/grub");
        List<String> disk = Grub.diskModules(lib);
        Map<String, List<String>> deps = Grub.moddep(new File(lib, "i386-pc/moddep.lst"));
        List<String> roots = new ArrayList<String>(Grub.BIOS_CONSOLE_MODULES);
        roots.addAll(Grub.BIOS_LOADER_MODULES);
        for (String m : roots) {
            assertTrue(disk.contains(m), m);
        }
        for (String m : Grub.closure(deps, Grub.BIOS_CORE_MODULES)) {
            assertFalse(disk.contains(m), m + " is in the core image already");
        }
        List<String> sorted = new ArrayList<String>(disk);
        sorted.sort(null);
        assertEquals(sorted, disk);
        String cfg = Grub.config(Grub.BIOS_CONSOLE_MODULES, Grub.BIOS_LOADER_MODULES, "/boot/kernel.elf", "console=ttyS0");
        assertEquals("insmod serial\ninsmod terminal\nserial --unit=0 --speed=115200\nterminal_input serial\n"
                + "terminal_output serial\ninsmod multiboot2\ninsmod boot\nset gfxpayload=keep\n"
                + "multiboot2 /boot/kernel.elf console=ttyS0\nboot\n", cfg);
    }

    @Test
    void modulesJoinTheTreeUnderBootGrubAndConflictsAreErrors() throws Exception {
        File dir = Fixtures.tempDir("grubmods");
        File spec = new File(dir, "tree");
        Files.write(spec.toPath(), "dir /boot 0755 0 0\ndir /etc 0755 0 0\n".getBytes(StandardCharsets.UTF_8));
        File lib = new File("/usr/lib/grub");
        List<TreeSpec.Entry> out = DiskImage.withGrubModules(TreeSpec.parse(spec, Map.of()), lib, Arrays.asList("boot", "serial"));
        List<String> paths = new ArrayList<String>();
        for (TreeSpec.Entry e : out) {
            paths.add(e.path);
        }
        assertEquals(Arrays.asList("/boot", "/boot/grub", "/boot/grub/i386-pc", "/boot/grub/i386-pc/boot.mod",
                "/boot/grub/i386-pc/serial.mod", "/etc"), paths);

        Files.write(spec.toPath(), "dir /boot 0755 0 0\ndir /boot/grub 0755 0 0\n".getBytes(StandardCharsets.UTF_8));
        IOException e = assertThrows(IOException.class,
                () -> DiskImage.withGrubModules(TreeSpec.parse(spec, Map.of()), lib, Arrays.asList("boot")));
        assertTrue(e.getMessage().contains("/boot/grub"), e.getMessage());
        Files.write(spec.toPath(), "dir /etc 0755 0 0\n".getBytes(StandardCharsets.UTF_8));
        e = assertThrows(IOException.class,
                () -> DiskImage.withGrubModules(TreeSpec.parse(spec, Map.of()), lib, Arrays.asList("boot")));
        assertTrue(e.getMessage().contains("/boot"), e.getMessage());
        e = assertThrows(IOException.class,
                () -> DiskImage.withGrubModules(TreeSpec.parse(new File(Fixtures.root(), "image/rootfs.tree"), Map.of("kernel", spec)), lib, Arrays.asList("no_such_module")));
        assertTrue(e.getMessage().contains("no_such_module"), e.getMessage());
    }
}
