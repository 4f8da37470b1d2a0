package myos.kernel.arch.x86_64;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class Uart16550Test {
    @Test
    void initProgramsDivisorFrameFormatAndFifos() {
        FakeUart dev = new FakeUart(Uart16550.COM1);
        Uart16550 u = new Uart16550(dev, Uart16550.COM1);
        assertTrue(u.init(38400));
        assertEquals(3, dev.dll);
        assertEquals(0, dev.dlm);
        assertEquals(0x03, dev.lcr, "8N1 with DLAB cleared again");
        assertEquals(0xc7, dev.fcr);
        assertEquals(0x0b, dev.mcr, "loopback off after the probe");
        assertEquals(0, dev.ier, "polled: no UART interrupts");
        assertEquals(0, dev.sent.size(), "the probe byte never reaches the line");
        assertTrue(dev.rx.isEmpty(), "the probe byte was consumed");
    }

    @Test
    void slowBaudUsesTheHighDivisorByte() {
        FakeUart dev = new FakeUart(Uart16550.COM2);
        assertTrue(new Uart16550(dev, Uart16550.COM2).init(300));
        assertEquals(384 & 0xff, dev.dll);
        assertEquals(384 >>> 8, dev.dlm);
    }

    @Test
    void writeTranslatesNewlinesAndPollReadsInput() {
        FakeUart dev = new FakeUart(Uart16550.COM1);
        Uart16550 u = new Uart16550(dev, Uart16550.COM1);
        u.init(115200);
        byte[] msg = "kernel ready\n".getBytes(StandardCharsets.US_ASCII);
        u.write(msg, 0, msg.length);
        assertEquals("kernel ready\r\n", dev.sent.toString(StandardCharsets.US_ASCII));
        assertEquals(-1, u.poll());
        dev.rx.add((int) 'x');
        assertEquals('x', u.poll());
    }

    @Test
    void aMissingUartIsDetectedAndStaysSilent() {
        FakeUart dev = new FakeUart(Uart16550.COM1);          // answers only at COM1
        Uart16550 u = new Uart16550(dev, Uart16550.COM3);
        assertFalse(u.init(115200));
        int reads = dev.lsrReads;
        u.put('a');
        assertEquals(reads, dev.lsrReads, "no polling of a port without a UART");
        assertEquals(0x3e8, Uart16550.portOf(2));
    }
}
