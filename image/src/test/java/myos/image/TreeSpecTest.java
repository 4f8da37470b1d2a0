package myos.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("host")
class TreeSpecTest {
    @TempDir
    File dir;

    private List<TreeSpec.Entry> parse(String text, Map<String, File> inputs) throws Exception {
        File spec = new File(dir, "t.tree");
        Files.writeString(spec.toPath(), text);
        return TreeSpec.parse(spec, inputs);
    }

    private String error(String text) {
        return assertThrows(TreeSpec.SpecException.class, () -> parse(text, new TreeMap<String, File>())).getMessage();
    }

    @Test
    void entriesComeBackSortedWithParentsFirst() throws Exception {
        Files.writeString(new File(dir, "f").toPath(), "x");
        List<TreeSpec.Entry> l = parse("file /a/b/f 0644 0 0 f  # comment\n\ndir /a/b 0755 0 0\ndir /a 0700 1 2\n"
                + "symlink /l 0777 0 0 /a/b/f\nchar /a/c 0600 0 5 4 64\n", new TreeMap<String, File>());
        assertEquals("/a", l.get(0).path);
        assertEquals("/a/b", l.get(1).path);
        assertEquals("/a/b/f", l.get(2).path);
        assertEquals("/a/c", l.get(3).path);
        assertEquals("/l", l.get(4).path);
        assertEquals(0700, l.get(0).mode);
        assertEquals(2, l.get(0).gid);
        assertEquals(64, l.get(3).minor);
        assertEquals("/a/b/f", l.get(4).arg);
    }

    @Test
    void mistakesAreNamedWithTheirLine() {
        assertTrue(error("dir /a 0755 0 0\nfile /a/k 0644 0 0 nothere\n").contains("t.tree:2: missing file"));
        assertTrue(error("file /k 0644 0 0 @kernel\n").contains("build input @kernel was not given"));
        assertTrue(error("dir /a/b 0755 0 0\n").contains("parent directory /a of /a/b is not listed"));
        assertTrue(error("dir /a 0755 0 0\ndir /a 0755 0 0\n").contains("t.tree:2: duplicate path /a"));
        assertTrue(error("pipe /a 0755 0 0\n").contains("unknown type"));
        assertTrue(error("dir /a 0855 0 0\n").contains("bad mode"));
        assertTrue(error("dir a 0755 0 0\n").contains("absolute"));
        assertTrue(error("dir /a/../b 0755 0 0\n").contains("normalised"));
        assertTrue(error("char /c 0600 0 0 1\n").contains("takes 7 fields"));
    }
}
