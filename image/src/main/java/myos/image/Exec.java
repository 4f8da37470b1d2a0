package myos.image;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Runs a host tool with a fixed environment; a failure is an error quoting its output. */
final class Exec {
    private Exec() {
    }

    static String run(List<String> cmd, File dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir);
        }
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("TZ", "UTC");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + cmd.get(0) + " (is it installed? ./myos setup): " + e.getMessage());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        int rc;
        try {
            rc = p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            throw new IOException("interrupted while running " + cmd.get(0));
        }
        String text = out.toString("UTF-8");
        if (rc != 0) {
            throw new IOException(String.join(" ", cmd) + " failed (exit " + rc + "):\n" + text);
        }
        return text;
    }
}
