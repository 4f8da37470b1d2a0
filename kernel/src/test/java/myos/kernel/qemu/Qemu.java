package myos.kernel.qemu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Boots an ELF with `qemu-system-x86_64 -kernel` (TCG) and collects the serial console. */
final class Qemu {
    static final Path ROOT = findRoot();

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("myos"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("not inside the MyOS2026 checkout");
        return p;
    }

    private static Path kernel;

    /**
     * dist/kernel.elf, built once per test JVM by tools/build.d/20-kernel.sh; or the ELF named
     * by the system property {@code myos.kernel.elf} (to test a kernel built elsewhere).
     */
    static synchronized Path kernel() throws IOException, InterruptedException {
        String given = System.getProperty("myos.kernel.elf");
        if (given != null && !given.isEmpty()) return Path.of(given);
        if (kernel == null) {
            build("tools/build.d/20-kernel.sh");
            kernel = ROOT.resolve("dist/kernel.elf");
        }
        return kernel;
    }

    /** Runs a build script of the repository (bash), failing the test if it fails. */
    static void build(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", ROOT.resolve(script).toString())
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new AssertionError(script + " failed:\n" + out);
    }

    record Result(String serial, int exitCode, boolean timedOut) {}

    /** Boots and waits for QEMU to exit (the guest powers off) or the timeout. */
    static Result boot(Path kernel, List<String> extra, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("qemu-system-x86_64", "-kernel", kernel.toString(),
            "-display", "none", "-serial", "stdio", "-monitor", "none", "-no-reboot"));
        cmd.addAll(extra);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(p.getInputStream(), buf));
        reader.start();
        boolean exited = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!exited) p.destroyForcibly().waitFor();
        reader.join(5000);
        String serial;
        synchronized (buf) {
            serial = buf.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
        }
        return new Result(serial, exited ? p.exitValue() : -1, !exited);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] b = new byte[4096];
        try {
            for (int n; (n = in.read(b)) > 0; ) {
                synchronized (out) {
                    out.write(b, 0, n);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
