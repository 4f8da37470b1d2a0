package myos.kernel.qemu;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boots dist/kernel.elf through the PVH note with `qemu -kernel` on the configurations
 * issue 4 requires (pc and q35, -smp 2, -m 4G, -cpu max) and checks that it reaches
 * `kernel ready` and powers the machine off by itself (QEMU exits with status 0).
 * The assembly path (PVH note, long mode, higher half, stack, %gs) and the Java kernel's
 * ACPI poweroff.
 */
@Tag("qemu")
class BootQemuTest {
    private static Path kernel;

    @BeforeAll
    static void buildKernel() throws Exception {
        kernel = Qemu.kernel();
    }

    @ParameterizedTest(name = "{0} -m {1} -smp {2} -cpu {3}")
    @CsvSource({
        "pc, 256M, 1, qemu64",
        "q35, 256M, 1, qemu64",
        "pc, 4G, 2, qemu64",
        "q35, 4G, 2, max",
    })
    void bootsToKernelReadyAndPowersOff(String machine, String mem, int cpus, String cpu) throws Exception {
        Qemu.Result r = Qemu.boot(kernel, List.of("-machine", machine, "-m", mem, "-smp", String.valueOf(cpus), "-cpu", cpu), 60);
        assertFalse(r.timedOut(), "QEMU did not exit (no poweroff?); serial:\n" + r.serial());
        assertEquals(0, r.exitCode(), r.serial());
        assertTrue(r.serial().contains("MyOS2026 v0.1.0"), r.serial());
        assertTrue(r.serial().contains("booted by PVH"), r.serial());
        if (cpu.equals("max")) {
            assertTrue(r.serial().contains("SMEP on, SMAP on, UMIP on"), r.serial());
        }
        assertTrue(java.util.regex.Pattern.compile("(?m)^(\\[[ 0-9.]+\\] )?kernel ready$").matcher(r.serial()).find(), r.serial());
    }
}
