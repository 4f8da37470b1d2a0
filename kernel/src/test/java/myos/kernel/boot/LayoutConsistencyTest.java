package myos.kernel.boot;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import myos.kernel.arch.x86_64.TrapFrame;
import myos.kernel.mm.Layout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The boot-info block, the trap frame and the address layout exist in three languages
 * (kernel/src/main/asm/layout.h and cpu/frame.h, myos.kernel.mm.Layout and TrapFrame,
 * rt/src/kernel/java/myos/rt/KernelInfo.java). This test fails when they drift apart.
 */
@Tag("host")
class LayoutConsistencyTest {
    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.exists(p.resolve("myos"))) p = p.getParent();
        return p;
    }

    /** #define NAME value (decimal or hex, optionally parenthesised sums of known names). */
    private static Map<String, Long> defines(Path header) throws Exception {
        Map<String, Long> m = new HashMap<>();
        Pattern def = Pattern.compile("^#define\\s+(\\w+)\\s+\\(?\\s*(\\w+)(?:\\s*\\+\\s*(\\w+))?\\s*\\)?");
        for (String line : Files.readAllLines(header)) {
            Matcher x = def.matcher(line);
            if (!x.find()) continue;
            Long a = value(x.group(2), m), b = x.group(3) == null ? Long.valueOf(0) : value(x.group(3), m);
            if (a != null && b != null) m.put(x.group(1), a + b);
        }
        return m;
    }

    private static Long value(String s, Map<String, Long> known) {
        if (known.containsKey(s)) return known.get(s);
        try {
            return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Test
    void bootInfoOffsetsAgreeInAssemblyKernelAndRuntime() throws Exception {
        Map<String, Long> h = defines(root().resolve("kernel/src/main/asm/layout.h"));
        int checked = 0;
        for (Field f : Layout.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) continue;
            String name = f.getName();
            if (h.containsKey(name)) {
                assertEquals(h.get(name).longValue(), ((Number) f.get(null)).longValue(), "Layout." + name + " vs layout.h");
                checked++;
            }
        }
        assertTrue(checked >= 35, "most constants are shared: " + checked);
        // The runtime's copy (its names drop the BI_ prefix).
        String rt = Files.readString(root().resolve("rt/src/kernel/java/myos/rt/KernelInfo.java"));
        Matcher m = Pattern.compile("\\b([A-Z_0-9]+) = (\\d+)[,;]").matcher(rt);
        int rtChecked = 0;
        while (m.find()) {
            Long v = h.get("BI_" + m.group(1));
            if (v == null) continue;
            assertEquals(v.longValue(), Long.parseLong(m.group(2)), "KernelInfo." + m.group(1) + " vs layout.h");
            rtChecked++;
        }
        assertTrue(rtChecked >= 15, "runtime offsets checked: " + rtChecked);
        assertTrue(rt.contains("0x100040L") && h.get("BOOT_INFO_PHYS") == 0x100040L);
    }

    @Test
    void trapFrameOffsetsAgreeWithFrameH() throws Exception {
        Map<String, Long> h = defines(root().resolve("kernel/src/main/asm/cpu/frame.h"));
        int checked = 0;
        for (Field f : TrapFrame.class.getFields()) {
            Long v = h.get("TF_" + f.getName());
            if (v == null) continue;
            assertEquals(v.longValue(), ((Number) f.get(null)).longValue(), "TrapFrame." + f.getName());
            checked++;
        }
        assertEquals(24, checked, "every frame word");
        assertEquals(Layout.TB_KERNEL_RSP, h.get("TB_KERNEL_RSP").intValue());
        assertEquals(Layout.TB_USER_RSP, h.get("TB_USER_RSP").intValue());
        assertEquals(TrapFrame.SYSCALL_VECTOR, h.get("SYSCALL_VECTOR").intValue());
    }
}
