package myos.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds @Export methods on the program's class path (directories): they are called from
 * assembly, so nothing in Java references them and reachability must start there too.
 */
final class Exports {
    private Exports() {}

    static List<MethodInfo> find(World w, List<Path> classpath) {
        List<MethodInfo> r = new ArrayList<>();
        for (Path root : classpath) {
            if (!Files.isDirectory(root)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path f : files) {
                ClassNode n = new ClassNode();
                try {
                    new ClassReader(Files.readAllBytes(f)).accept(n, ClassReader.SKIP_CODE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (MethodNode m : n.methods) {
                    if (Annotations.value(m, Annotations.EXPORT) == null) continue;
                    if ((m.access & org.objectweb.asm.Opcodes.ACC_STATIC) == 0) {
                        throw new BuildError(n.name.replace('/', '.') + "." + m.name + ": @Export methods must be static");
                    }
                    r.add(w.load(n.name, "@Export").methods.get(m.name + m.desc));
                }
            }
        }
        return r;
    }
}
