package myos.kernel.qemu;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Java kernel's boot sequence and its debug= self-tests in QEMU (issue 4, "How it is
 * proved").
 */
@Tag("qemu")
class JavaKernelQemuTest {
    private static Qemu.Result boot(String cmdline, String... extra) throws Exception {
        return boot(60, cmdline, extra);
    }

    private static Qemu.Result boot(int timeoutSeconds, String cmdline, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("-append", cmdline, "-m", "256M"));
        args.addAll(List.of(extra));
        Qemu.Result r = Qemu.boot(Qemu.kernel(), args, timeoutSeconds);
        assertFalse(r.timedOut(), "QEMU did not power off; serial:\n" + r.serial());
        return r;
    }

    @Test
    void bootSequenceInOrderWithTimesSinceReset() throws Exception {
        String s = boot("").serial();
        String[] stages = {"MyOS2026 v0.1.0", "[1] UART ok", "[2] mm ok (", "[3] interrupts ok", "[4] timer ok",
            "[5] heap ok", "[6] syscall ok", "kernel ready"};
        int at = 0;
        long lastMicros = -1;
        Pattern stamp = Pattern.compile("\\[\\s*(\\d+)\\.(\\d{6})\\] (.*)");
        for (String stage : stages) {
            int i = s.indexOf(stage, at);
            assertTrue(i >= 0, "missing or out of order: " + stage + "\n" + s);
            int lineStart = s.lastIndexOf('\n', i) + 1;
            Matcher m = stamp.matcher(s.substring(lineStart, s.indexOf('\n', i)));
            assertTrue(m.matches(), "no time stamp on: " + stage);
            long micros = Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2));
            assertTrue(micros >= lastMicros, "time goes forwards");
            lastMicros = micros;
            at = i;
        }
        Matcher mib = Pattern.compile("\\[2\\] mm ok \\((\\d+) MiB usable\\)").matcher(s);
        assertTrue(mib.find());
        int usable = Integer.parseInt(mib.group(1));
        assertTrue(usable > 200 && usable < 256, "256 MiB guest: " + usable + " MiB usable");
    }

    @Test
    void pageFaultPanicShowsCr2AndAJavaBacktrace() throws Exception {
        String s = boot("debug=pagefault").serial();
        assertTrue(s.contains("KERNEL PANIC: page fault (#PF)"), s);
        assertTrue(s.contains("cr2=0x0000000000000010"), s);
        assertTrue(s.contains("(kernel write to an unmapped page)"), s);
        assertTrue(s.contains("last kernel messages:"), s);
        assertTrue(s.contains("debug=pagefault: writing to 0x0000000000000010"), s);
        assertTrue(Pattern.compile("at myos\\.kernel\\.DebugTests\\.pageFault\\(DebugTests\\.java:\\d+\\)").matcher(s).find(), s);
        assertTrue(Pattern.compile("at myos\\.kernel\\.Kernel\\.main\\(Kernel\\.java:\\d+\\)").matcher(s).find(), s);
        assertFalse(s.contains("kernel ready"), s);
    }

    @Test
    void failedAssertionPanicsWithBacktrace() throws Exception {
        String s = boot("debug=assert").serial();
        assertTrue(s.contains("KERNEL PANIC: assertion failed: debug=assert"), s);
        assertTrue(Pattern.compile("at myos\\.kernel\\.DebugTests\\.run\\(DebugTests\\.java:\\d+\\)").matcher(s).find(), s);
    }

    @Test
    void kernelStackOverflowHitsTheGuardPage() throws Exception {
        String s = boot("debug=stackoverflow").serial();
        assertTrue(s.contains("KERNEL PANIC: kernel stack overflow (guard page hit)"), s);
        assertTrue(s.contains("at myos.kernel.DebugTests.recurse(DebugTests.java:"), s);
    }

    @Test
    void ring3TaskWritesAndGetsEfaultWithSmepAndSmapOn() throws Exception {
        String s = boot("debug=user", "-cpu", "max", "-machine", "q35").serial();
        assertTrue(s.contains("SMEP on, SMAP on"), s);
        int hello = s.indexOf("hello from ring 3\n");
        int efault = s.indexOf("write(bad pointer) = -EFAULT\n");
        assertTrue(hello >= 0 && efault > hello, s);
        assertTrue(s.contains("ring-3 demo exited with status 0"), s);
        assertTrue(s.contains("ring-3 SSE tasks exited with status 0 (XMM state kept per task)"), s);
        assertTrue(s.indexOf("kernel ready") > efault, s);
    }

    @Test
    void sleepingThreadsWakeInDeadlineOrder() throws Exception {
        String s = boot("debug=sleep").serial();
        Matcher m = Pattern.compile("sleep: thread (\\d) wake (\\d) deadline (\\d+) ms").matcher(s);
        List<Long> deadlines = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            deadlines.add(Long.parseLong(m.group(3)));
            seen.add(m.group(1) + "/" + m.group(2));
        }
        assertEquals(9, seen.size(), "3 threads x 3 wake-ups:\n" + s);
        for (int i = 1; i < deadlines.size(); i++) {
            assertTrue(deadlines.get(i) >= deadlines.get(i - 1), "wake-ups follow the timer: " + deadlines);
        }
        assertTrue(s.indexOf("sleep: done") < s.indexOf("kernel ready"), s);
    }

    @Test
    void preemptedThreadsChurnTenTimesTheHeapWithVerification() throws Exception {
        String s = boot(300, "debug=threads myos.gcverify=1").serial();
        Matcher m = Pattern.compile("threads: 4 threads allocated (\\d+) MiB \\(10x the (\\d+) MiB heap\\) in \\d+ ms; "
            + "live data intact; progress marks interleaved (\\d+) times").matcher(s);
        assertTrue(m.find(), s);
        assertEquals(10 * Long.parseLong(m.group(2)), Long.parseLong(m.group(1)));
        assertTrue(Integer.parseInt(m.group(3)) >= 3, "the threads never yield: interleaving means the timer preempted them");
        assertTrue(s.contains("kernel ready"), s);
        assertFalse(s.contains("myos: fatal"), "heap verification found nothing: " + s);
    }
}
