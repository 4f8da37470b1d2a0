package corpus.bench;

/** String/StringBuilder-heavy workload: building, concatenation, number formatting, parsing, searching, hashing. args[0] = rounds (thousands). */
public final class StringBench {
    public static void main(String[] args) {
        int n = (args.length > 0 ? Integer.parseInt(args[0]) : 50) * 1000;
        long checksum = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            sb.append("item ").append(i).append(':').append(i * 0.25).append(',').append((long) i * i).append(i % 2 == 0);
            String s = sb.toString();
            checksum += s.hashCode();
            String t = "k" + i + "=" + (i ^ 0x5555) + ";" + (char) ('a' + i % 26);
            checksum += t.length() + t.indexOf('=') + t.charAt(t.length() - 1);
            int eq = t.indexOf('=');
            checksum += Integer.parseInt(t.substring(eq + 1, t.length() - 2));
            if (s.contains("99")) checksum++;
            checksum += s.toUpperCase().charAt(0) + s.replace('e', 'E').lastIndexOf('E');
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < n / 10; i++) big.append(Integer.toHexString(i)).append(' ');
        String bs = big.toString();
        int words = 0;
        for (int i = bs.indexOf(' '); i >= 0; i = bs.indexOf(' ', i + 1)) words++;
        checksum += words + bs.length() + big.reverse().toString().hashCode();
        String[] parts = new String[64];
        for (int i = 0; i < parts.length; i++) parts[i] = Integer.toString(i * 37);
        for (int r = 0; r < n / 100; r++) checksum += String.join(",", parts).hashCode() + String.valueOf(r * 1.5).length();
        System.out.println("checksum " + checksum);
    }
}
