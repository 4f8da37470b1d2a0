package corpus.lang.misc;

import java.io.IOException;
import java.io.InputStream;

/** Reads stdin as raw bytes with System.in.read() and read(byte[]): counts, a checksum, byte values > 127. */
public class StdinBytes {
    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        int first = in.read();
        int second = in.read();
        byte[] buf = new byte[7];
        int n = in.read(buf, 0, 3);
        System.out.println("first " + first + " second " + second + " then " + n + ": " + buf[0] + " " + buf[1] + " " + buf[2]);
        long sum = 0;
        int count = 0, highBytes = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            for (int i = 0; i < r; i++) {
                sum = sum * 31 + (buf[i] & 0xFF);
                if (buf[i] < 0) highBytes++;
            }
            count += r;
        }
        System.out.println("rest " + count + " bytes, " + highBytes + " above 127, checksum " + sum + ", end " + r);
    }
}
