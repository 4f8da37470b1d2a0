package myos.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Finds class files by internal name. Library packages ({@code java/}, {@code myos/rt/})
 * come only from the library path: a program never gets the host JDK's classes, and a
 * program cannot replace the runtime.
 */
final class ClassPath {
    private final List<Path> library;
    private final List<Path> user;
    private final Map<String, ClassNode> cache = new HashMap<>();
    private final List<ZipFile> open = new ArrayList<>();

    ClassPath(List<Path> library, List<Path> user) {
        this.library = library;
        this.user = user;
    }

    static boolean isLibraryName(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("myos/rt/")
            || internalName.startsWith("myos/classlib/");
    }

    /** The parsed class, or null when no entry of the path has it. */
    ClassNode find(String internalName) {
        if (cache.containsKey(internalName)) return cache.get(internalName);
        byte[] bytes = read(isLibraryName(internalName) ? library : user, internalName);
        if (bytes == null && !isLibraryName(internalName)) bytes = read(library, internalName);
        ClassNode node = null;
        if (bytes != null) {
            node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.EXPAND_FRAMES);
        }
        cache.put(internalName, node);
        return node;
    }

    /** Adds a class made by the compiler itself (lambda classes, concatenation helpers). */
    void define(ClassNode node) {
        cache.put(node.name, node);
    }

    private byte[] read(List<Path> entries, String internalName) {
        String file = internalName + ".class";
        try {
            for (Path p : entries) {
                if (Files.isDirectory(p)) {
                    Path f = p.resolve(file);
                    if (Files.isRegularFile(f)) return Files.readAllBytes(f);
                } else if (Files.isRegularFile(p)) {
                    ZipFile z = zip(p);
                    ZipEntry e = z.getEntry(file);
                    if (e != null) try (InputStream in = z.getInputStream(e)) { return in.readAllBytes(); }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private ZipFile zip(Path p) throws IOException {
        for (ZipFile z : open) if (z.getName().equals(p.toString())) return z;
        ZipFile z = new ZipFile(p.toFile());
        open.add(z);
        return z;
    }
}
