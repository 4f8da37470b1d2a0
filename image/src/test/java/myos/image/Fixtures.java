package myos.image;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;

/** Shared test setup: the repository root, a kernel to boot and a built image. */
final class Fixtures {
    static final long EPOCH = 1767225600L;   // 2026-01-01T00:00:00Z, ./myos's default

    private Fixtures() {
    }

    static File root() {
        File d = new File("").getAbsoluteFile();
        while (d != null && !new File(d, "myos").isFile()) {
            d = d.getParentFile();
        }
        if (d == null) {
            throw new IllegalStateException("repository root (with ./myos) not found above " + new File("").getAbsolutePath());
        }
        return d;
    }

    /**
     * The kernel the boot tests use: the real dist/kernel.elf when it has been built,
     * otherwise the test fixture (src/test/resources/fixture-kernel), assembled here with gcc.
     */
    static synchronized File kernel() throws IOException {
        File real = new File(root(), "dist/kernel.elf");
        if (real.isFile()) {
            return real;
        }
        return fixtureKernel();
    }

    static synchronized File fixtureKernel() throws IOException {
        File dir = new File(root(), "image/src/test/resources/fixture-kernel");
        File out = new File(root(), "image/target/fixture-kernel.elf");
        if (!out.isFile()) {
            Exec.run(Arrays.asList("gcc", "-nostdlib", "-static", "-no-pie", "-Wl,--build-id=none", "-Wl,-n",
                    "-T", new File(dir, "link.ld").getPath(), "-o", out.getPath(), new File(dir, "fixture.S").getPath()), null);
        }
        return out;
    }

    static boolean usingFixture() throws IOException {
        return !kernel().getPath().endsWith("dist/kernel.elf");
    }

    /** Options for an image of the project's real tree with {@code kernel}, built under {@code dir}. */
    static DiskImage.Options options(File dir, File kernel) {
        DiskImage.Options o = new DiskImage.Options();
        o.tree = new File(root(), "image/rootfs.tree");
        o.inputs.put("kernel", kernel);
        o.out = new File(dir, "myos2026.qcow2");
        o.raw = new File(dir, "disk.raw");
        o.work = new File(dir, "work");
        o.epoch = EPOCH;
        return o;
    }

    /** Copies sectors [first, first+count) of a raw disk into their own file (for fsck tools). */
    static File extract(File raw, long first, long count, File out) throws IOException {
        byte[] all = Files.readAllBytes(raw.toPath());
        Files.write(out.toPath(), Arrays.copyOfRange(all, (int) (first * 512), (int) ((first + count) * 512)));
        return out;
    }

    private static boolean wiped;

    /**
     * A fresh directory under image/target/test-work. The first call in a test JVM removes
     * what the previous run left there (disk images are tens of MB), so the files of the
     * latest run stay for inspection and nothing accumulates.
     */
    static synchronized File tempDir(String name) throws IOException {
        File base = new File(root(), "image/target/test-work");
        if (!wiped) {
            deleteTree(base);
            wiped = true;
        }
        Files.createDirectories(base.toPath());
        return Files.createTempDirectory(base.toPath(), name).toFile();
    }

    private static void deleteTree(File f) throws IOException {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                if (!Files.isSymbolicLink(c.toPath())) {
                    deleteTree(c);
                } else {
                    Files.delete(c.toPath());
                }
            }
        }
        Files.deleteIfExists(f.toPath());
    }
}
