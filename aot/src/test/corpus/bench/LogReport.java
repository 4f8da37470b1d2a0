package corpus.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A short-lived command-line tool, the kind a CI machine runs by the hundred: it makes a
 * synthetic access log, parses it (split, parseInt, a regular expression), aggregates per
 * host and per path (HashMap, TreeMap, records, lambdas), sorts with comparator combinators
 * and prints a formatted report (String.format). Much code runs a moderate number of times,
 * so on a JVM most of the run is class loading, interpretation and JIT compilation.
 * args[0] = log lines (thousands).
 */
public final class LogReport {
    record Hit(String host, String method, String path, int status, int bytes, int millis) {}

    record Stats(String key, int hits, long bytes, int errors, int maxMillis) {
        Stats add(Hit h) {
            return new Stats(key, hits + 1, bytes + h.bytes(), errors + (h.status() >= 500 ? 1 : 0), Math.max(maxMillis, h.millis()));
        }
    }

    private static final String[] METHODS = {"GET", "GET", "GET", "POST", "PUT", "DELETE"};
    private static final String[] PATHS = {"/", "/index.html", "/api/v1/items", "/api/v1/items/42", "/login", "/static/app.js", "/static/style.css", "/health"};
    private static final int[] STATUS = {200, 200, 200, 200, 201, 204, 301, 304, 404, 500, 503};

    public static void main(String[] args) {
        int n = (args.length > 0 ? Integer.parseInt(args[0]) : 20) * 1000;
        List<String> log = makeLog(n);
        List<Hit> hits = new ArrayList<>();
        int malformed = 0;
        for (String line : log) {
            Hit h = parse(line);
            if (h == null) malformed++;
            else hits.add(h);
        }
        Map<String, Stats> byHost = new HashMap<>();
        Map<String, Stats> byPath = new TreeMap<>();
        for (Hit h : hits) {
            byHost.merge(h.host(), new Stats(h.host(), 0, 0, 0, 0).add(h), (a, b) -> a.add(h));
            byPath.compute(h.method() + " " + h.path(), (k, s) -> (s == null ? new Stats(k, 0, 0, 0, 0) : s).add(h));
        }
        List<Stats> hosts = new ArrayList<>(byHost.values());
        hosts.sort(Comparator.comparingInt(Stats::hits).reversed().thenComparing(Stats::key));
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d lines, %d malformed, %d hosts, %d endpoints%n", n, malformed, byHost.size(), byPath.size()));
        out.append(String.format("%-16s %8s %12s %7s %6s%n", "host", "hits", "bytes", "err%", "max"));
        for (int i = 0; i < Math.min(10, hosts.size()); i++) {
            Stats s = hosts.get(i);
            out.append(String.format("%-16s %8d %12d %6.2f%% %5dms%n", s.key(), s.hits(), s.bytes(), 100.0 * s.errors() / s.hits(), s.maxMillis()));
        }
        long total = 0;
        for (Stats s : byPath.values()) {
            out.append(String.format("%-28s %7d %10.1f KiB avg %8.3f%n", s.key(), s.hits(), s.bytes() / 1024.0, (double) s.bytes() / s.hits()));
            total += s.bytes();
        }
        long checksum = 0;
        for (Hit h : hits) checksum = checksum * 31 + String.format("%s|%d|%x", h.path(), h.status(), h.bytes()).hashCode();
        out.append(String.format("total %,d bytes, checksum %016x%n", total, checksum));
        System.out.print(out);
    }

    /** Lines like: 10.1.7.33 - - [26/Nov/2026:17:03:09 +0000] "GET /index.html HTTP/1.1" 200 5123 17ms */
    private static List<String> makeLog(int n) {
        List<String> log = new ArrayList<>(n);
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < n; i++) {
            x ^= x << 13; x ^= x >>> 7; x ^= x << 17;
            int r = (int) (x >>> 33);
            String host = "10." + (r & 3) + "." + ((r >>> 2) & 15) + "." + ((r >>> 6) & 63);
            int sec = i % 60, min = (i / 60) % 60;
            String method = METHODS[(r >>> 12) % METHODS.length];
            String path = PATHS[(r >>> 15) % PATHS.length];
            int status = STATUS[(r >>> 18) % STATUS.length];
            if (i % 997 == 0) log.add("garbage line " + i);
            else log.add(host + " - - [26/Nov/2026:17:" + (min < 10 ? "0" : "") + min + ":" + (sec < 10 ? "0" : "") + sec + " +0000] \""
                + method + " " + path + " HTTP/1.1\" " + status + " " + ((r >>> 4) & 0xFFFF) + " " + (r % 250) + "ms");
        }
        return log;
    }

    private static Hit parse(String line) {
        int q1 = line.indexOf('"'), q2 = line.lastIndexOf('"');
        if (q1 < 0 || q2 <= q1) return null;
        String[] request = line.substring(q1 + 1, q2).split(" ");
        String[] tail = line.substring(q2 + 1).trim().split("\\s+");
        if (request.length != 3 || tail.length != 3 || !tail[2].matches("\\d+ms")) return null;
        String host = line.substring(0, line.indexOf(' '));
        return new Hit(host, request[0], request[1], Integer.parseInt(tail[0]), Integer.parseInt(tail[1]),
            Integer.parseInt(tail[2].substring(0, tail[2].length() - 2)));
    }
}
