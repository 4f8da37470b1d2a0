package java.lang;

import myos.rt.Os;

/**
 * The system properties, built at first use (never at build time: user.dir and user.home
 * depend on the process). A small list, since there is no java.util.Properties here.
 */
final class SystemProps {
    private SystemProps() {}

    private static String[] keys;
    private static String[] values;
    private static int count;

    private static void init() {
        keys = new String[32];
        values = new String[32];
        put("java.version", "25");
        put("java.specification.version", "25");
        put("java.vm.specification.version", "25");
        put("java.class.version", "69.0");
        put("java.vendor", "MyOS2026");
        put("java.vm.name", "MyOS2026 AOT");
        put("os.name", "Linux");
        put("os.arch", "amd64");
        put("file.separator", "/");
        put("path.separator", ":");
        put("line.separator", "\n");
        put("file.encoding", "UTF-8");
        put("native.encoding", "UTF-8");
        put("stdout.encoding", "UTF-8");
        put("stderr.encoding", "UTF-8");
        put("sun.jnu.encoding", "UTF-8");
        put("java.io.tmpdir", "/tmp");
        put("user.dir", new String(Os.cwd()));
        String home = System.getenv("HOME");
        if (home != null) put("user.home", home);
        String user = System.getenv("USER");
        if (user != null) put("user.name", user);
    }

    private static void put(String k, String v) {
        set(k, v);
    }

    static synchronized String get(String key) {
        if (keys == null) init();
        for (int i = 0; i < count; i++) if (keys[i].equals(key)) return values[i];
        return null;
    }

    /** Sets (value != null) or removes (value == null) a property; returns the old value. */
    static synchronized String set(String key, String value) {
        if (keys == null) init();
        for (int i = 0; i < count; i++) {
            if (keys[i].equals(key)) {
                String old = values[i];
                if (value != null) values[i] = value;
                else {
                    count--;
                    keys[i] = keys[count];
                    values[i] = values[count];
                    keys[count] = null;
                    values[count] = null;
                }
                return old;
            }
        }
        if (value == null) return null;
        if (count == keys.length) {
            String[] k = new String[count * 2], v = new String[count * 2];
            System.arraycopy(keys, 0, k, 0, count);
            System.arraycopy(values, 0, v, 0, count);
            keys = k;
            values = v;
        }
        keys[count] = key;
        values[count++] = value;
        return null;
    }
}
