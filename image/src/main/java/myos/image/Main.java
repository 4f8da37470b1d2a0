package myos.image;

import java.io.File;

/**
 * Command line of the image builder (tools/build.d/50-image.sh runs it):
 * {@code --tree FILE --input NAME=FILE... --out FILE.qcow2 [--raw FILE] [--work DIR]
 * [--root-size MiB] [--esp-size MiB] [--block-size N] [--cmdline TEXT] [--grub-lib DIR]};
 * the epoch comes from SOURCE_DATE_EPOCH. Exit status 0 on success, 1 on a build error
 * (message on stderr, no output file left behind), 2 on a usage error.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        DiskImage.Options o = new DiskImage.Options();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[i + 1] : null;
                if (v == null) {
                    usage("missing value for " + a);
                }
                i++;
                switch (a) {
                    case "--tree": o.tree = new File(v); break;
                    case "--out": o.out = new File(v); break;
                    case "--raw": o.raw = new File(v); break;
                    case "--work": o.work = new File(v); break;
                    case "--grub-lib": o.grubLib = new File(v); break;
                    case "--root-size": o.rootMiB = Integer.parseInt(v); break;
                    case "--esp-size": o.espMiB = Integer.parseInt(v); break;
                    case "--block-size": o.blockSize = Integer.parseInt(v); break;
                    case "--cmdline": o.cmdline = v; break;
                    case "--input":
                        int eq = v.indexOf('=');
                        if (eq <= 0) {
                            usage("--input wants NAME=FILE");
                        }
                        o.inputs.put(v.substring(0, eq), new File(v.substring(eq + 1)));
                        break;
                    default: usage("unknown option " + a);
                }
            }
        } catch (NumberFormatException e) {
            usage("bad number: " + e.getMessage());
        }
        if (o.tree == null || o.out == null) {
            usage("--tree and --out are required");
        }
        if (o.work == null) {
            o.work = new File(o.out.getAbsoluteFile().getParentFile(), ".image-work");
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        try {
            if (epoch != null) {
                o.epoch = Long.parseLong(epoch.trim());
            }
            DiskImage.build(o);
        } catch (Exception e) {
            System.err.println("myos image: error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage(String why) {
        System.err.println("myos image: " + why);
        System.err.println("usage: myos.image.Main --tree FILE --out FILE.qcow2 [--input NAME=FILE]... [--raw FILE]"
                + " [--work DIR] [--root-size MiB] [--esp-size MiB] [--block-size N] [--cmdline TEXT] [--grub-lib DIR]");
        System.exit(2);
    }
}
