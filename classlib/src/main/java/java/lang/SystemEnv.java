package java.lang;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import myos.rt.Os;

/**
 * System.getenv(): the environment as an unmodifiable map, read once at first use. Built
 * like the JDK's ProcessEnvironment (a HashMap keyed by the names' bytes, hashed with
 * Arrays.hashCode, filled back to front so that earlier entries win) so that iteration
 * order and toString() are the JDK's.
 */
final class SystemEnv {
    private SystemEnv() {}

    private static Map<String, String> env;

    static synchronized Map<String, String> get() {
        if (env == null) {
            byte[][] raw = Os.environment();
            HashMap<Name, String> m = new HashMap<>(raw.length + 3);
            for (int i = raw.length - 1; i >= 0; i--) {
                byte[] e = raw[i];
                int eq = -1;
                for (int k = 0; k < e.length; k++) if (e[k] == '=') { eq = k; break; }
                if (eq < 0) continue;
                byte[] name = new byte[eq];
                System.arraycopy(e, 0, name, 0, eq);
                m.put(new Name(name), new String(e, eq + 1, e.length - eq - 1));
            }
            env = Collections.unmodifiableMap(new Strings(m));
        }
        return env;
    }

    /** A variable name: equality and hash of its bytes (Arrays.hashCode, as the JDK). */
    private static final class Name {
        final byte[] bytes;
        final String str;

        Name(byte[] bytes) {
            this.bytes = bytes;
            this.str = new String(bytes);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Name)) return false;
            byte[] b = ((Name) o).bytes;
            if (b.length != bytes.length) return false;
            for (int i = 0; i < b.length; i++) if (b[i] != bytes[i]) return false;
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (byte b : bytes) h = 31 * h + b;
            return h;
        }
    }

    /** The Name-keyed map seen with String keys. */
    private static final class Strings extends AbstractMap<String, String> {
        private final HashMap<Name, String> m;

        Strings(HashMap<Name, String> m) {
            this.m = m;
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public String get(Object key) {
            if (!(key instanceof String)) {
                if (key == null) throw new NullPointerException();
                throw new ClassCastException();
            }
            return m.get(new Name(((String) key).getBytes()));
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<Map.Entry<String, String>>() {
                @Override
                public int size() {
                    return m.size();
                }

                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    Iterator<Map.Entry<Name, String>> it = m.entrySet().iterator();
                    return new Iterator<Map.Entry<String, String>>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            Map.Entry<Name, String> e = it.next();
                            return new AbstractMap.SimpleImmutableEntry<>(e.getKey().str, e.getValue());
                        }
                    };
                }
            };
        }
    }
}
