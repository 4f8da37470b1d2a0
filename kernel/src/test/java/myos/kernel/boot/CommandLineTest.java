package myos.kernel.boot;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class CommandLineTest {
    private static CommandLine parse(String s) {
        return new CommandLine(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void defaults() {
        CommandLine c = parse("");
        assertEquals(CommandLine.DEFAULT_LOGLEVEL, c.loglevel());
        assertEquals(0, c.serialPort());
        assertEquals(115200, c.baud());
        assertEquals(0, c.debugFlags());
        assertEquals("", c.warnings());
        assertNull(c.value("root"));
    }

    @Test
    void consoleLoglevelAndOtherParameters() {
        CommandLine c = parse("  root=/dev/vda1 console=ttyS1,38400n8\tloglevel=3 ro init=\"/sbin/my init\"");
        assertEquals(1, c.serialPort());
        assertEquals(38400, c.baud());
        assertEquals(3, c.loglevel());
        assertEquals("/dev/vda1", c.value("root"));
        assertEquals("", c.value("ro"));
        assertEquals("/sbin/my init", c.value("init"));
        assertEquals("", c.warnings());
    }

    @Test
    void lastValueWinsAndBareDebugRaisesTheLoglevel() {
        CommandLine c = parse("loglevel=2 debug loglevel=5 root=a root=b");
        assertEquals(5, c.loglevel());
        assertEquals("b", c.value("root"));
        assertEquals(8, parse("quiet debug").loglevel());
        assertEquals(4, parse("debug quiet").loglevel());
    }

    @Test
    void debugFlags() {
        CommandLine c = parse("debug=pagefault,threads debug=user");
        assertTrue(c.debug(CommandLine.DEBUG_PAGEFAULT));
        assertTrue(c.debug(CommandLine.DEBUG_THREADS));
        assertTrue(c.debug(CommandLine.DEBUG_USER));
        assertFalse(c.debug(CommandLine.DEBUG_SLEEP));
        assertEquals(CommandLine.DEFAULT_LOGLEVEL, c.loglevel());
    }

    @Test
    void badValuesWarnAndKeepDefaults() {
        CommandLine c = parse("loglevel=9 loglevel=x console=ttyS7 console=ttyS0,1234 debug=nope,sleep");
        assertEquals(CommandLine.DEFAULT_LOGLEVEL, c.loglevel());
        assertEquals(0, c.serialPort());
        assertEquals(115200, c.baud());
        assertEquals(CommandLine.DEBUG_SLEEP, c.debugFlags());
        assertEquals("cmdline: loglevel: expected 0..8\n"
            + "cmdline: loglevel: expected 0..8\n"
            + "cmdline: console: expected ttyS0..ttyS3\n"
            + "cmdline: console: baud rate must divide 115200\n"
            + "cmdline: debug: unknown flag nope\n", c.warnings());
    }

    @Test
    void otherConsolesAreIgnoredAndTheRawLineIsKept() {
        CommandLine c = parse("console=tty0 console=ttyS2");
        assertEquals(2, c.serialPort());
        assertEquals("console=tty0 console=ttyS2", c.raw());
    }
}
