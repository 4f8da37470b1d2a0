package corpus.lang.misc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** Reads stdin (fed from Stdin.stdin) line by line with BufferedReader: words, numbers, UTF-8, empty lines, no final newline. */
public class Stdin {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        String line;
        int lines = 0, words = 0;
        long numbers = 0;
        StringBuilder longest = new StringBuilder();
        while ((line = in.readLine()) != null) {
            lines++;
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                System.out.println(lines + ": (empty)");
                continue;
            }
            String[] parts = trimmed.split(" ");
            for (String p : parts) {
                if (p.isEmpty()) continue;
                words++;
                try {
                    numbers += Long.parseLong(p);
                } catch (NumberFormatException e) {
                    // a word
                }
            }
            if (line.length() > longest.length()) {
                longest.setLength(0);
                longest.append(line);
            }
            System.out.println(lines + ": [" + line + "] " + line.length() + " chars");
        }
        System.out.println("lines " + lines + " words " + words + " sum " + numbers + " longest " + longest);
        System.out.println("at EOF read() = " + System.in.read());
    }
}
