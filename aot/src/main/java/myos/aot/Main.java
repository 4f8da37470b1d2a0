package myos.aot;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * {@code myos aot --cp <dirs-or-jars> --main <class> -o <executable> [--target linux-user|kernel]
 * [-O1|-O2] [--heap-max 256m] [--work <dir>]}: compiles a Java program to a native executable.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        try {
            compile(args);
        } catch (BuildError e) {
            System.err.println(e.getMessage().startsWith("error:") ? e.getMessage() : "error: " + e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println("aot: " + e.getMessage());
            System.err.println("usage: myos aot --cp <dirs-or-jars> --main <class> -o <executable> [--target linux-user|kernel] [-O1|-O2] [--heap-max <n[kmg]>]");
            System.exit(2);
        } catch (Exception e) {
            System.err.println("aot: internal error: " + e);
            e.printStackTrace();
            System.exit(3);
        }
    }

    /** The compiler as a library call (tests); throws BuildError on a program it rejects. */
    public static void compile(String... args) throws Exception {
        Compiler.Options o = new Compiler.Options();
        o.root = Paths.get(".").toAbsolutePath().normalize();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--root": o.root = Paths.get(value(args, ++i, a)).toAbsolutePath().normalize(); break;
                case "--cp": case "-cp": case "--classpath":
                    for (String p : value(args, ++i, a).split(File.pathSeparator)) if (!p.isEmpty()) o.classpath.add(Paths.get(p).toAbsolutePath());
                    break;
                case "--main": o.mainClass = value(args, ++i, a); break;
                case "-o": o.output = Paths.get(value(args, ++i, a)); break;
                case "--target":
                    o.target = value(args, ++i, a);
                    if (!o.target.equals("linux-user") && !o.target.equals("kernel")) throw new IllegalArgumentException("unknown target " + o.target);
                    break;
                case "-O0": case "-O1": case "-O2": case "-O3": case "-Os": o.opt = a; break;
                case "--heap-max": o.heapMax = size(value(args, ++i, a)); break;
                case "--work": o.workDir = Paths.get(value(args, ++i, a)).toAbsolutePath(); break;
                case "--cache": o.cacheDir = Paths.get(value(args, ++i, a)).toAbsolutePath(); break;
                case "--jobs": o.jobs = Integer.parseInt(value(args, ++i, a)); break;
                default: throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (o.mainClass == null) throw new IllegalArgumentException("--main is required");
        if (o.output == null) throw new IllegalArgumentException("-o is required");
        if (o.classpath.isEmpty() && !o.kernel()) throw new IllegalArgumentException("--cp is required");
        Path out = o.output.toAbsolutePath();
        o.output = out;
        new Compiler(o).run();
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) throw new IllegalArgumentException(opt + " needs a value");
        return args[i];
    }

    static long size(String s) {
        String t = s.trim().toLowerCase();
        long mul = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k') mul = 1L << 10;
        else if (last == 'm') mul = 1L << 20;
        else if (last == 'g') mul = 1L << 30;
        if (mul != 1) t = t.substring(0, t.length() - 1);
        try {
            return Long.parseLong(t) * mul;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad size '" + s + "'");
        }
    }
}
